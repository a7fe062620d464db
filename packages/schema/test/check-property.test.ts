// Thousands of random and mutated files go through the validator: it must never throw, and every
// problem it reports must have a known code, a real position in the file and a complete message.
import assert from 'node:assert/strict';
import {describe, it} from 'node:test';
import fc from 'fast-check';
import {LANGS, checkFiles, formatProblem} from '@upstander/schema';
import type {SourceFile} from '@upstander/schema';
import {isKnownCode, unfilled} from './property-helpers.js';
import {activityExamples, bytes, json, lessonWith, minimalTrack, realLessonText} from './fixtures.js';

type Json = null | boolean | number | string | Json[] | {[key: string]: Json};
type Path = (string | number)[];

/** Every path in a JSON value, the root included. */
function paths(value: Json, prefix: Path = []): Path[] {
  const out: Path[] = [prefix];
  if (Array.isArray(value)) value.forEach((v, i) => out.push(...paths(v, [...prefix, i])));
  else if (value !== null && typeof value === 'object') for (const [k, v] of Object.entries(value)) out.push(...paths(v, [...prefix, k]));
  return out;
}

/** A copy of `doc` with the value at `path` replaced (or removed when `replacement` is undefined). */
function edit(doc: Json, path: Path, replacement: Json | undefined): Json {
  if (path.length === 0) return replacement ?? null;
  const copy = structuredClone(doc);
  let parent: any = copy;
  for (const segment of path.slice(0, -1)) parent = parent[segment];
  const last = path[path.length - 1]!;
  if (replacement !== undefined) parent[last] = replacement;
  else if (Array.isArray(parent)) parent.splice(Number(last), 1);
  else delete parent[last];
  return copy;
}

const base = (): Json[] => [
  JSON.parse(realLessonText()),
  JSON.parse(json(minimalTrack())),
  ...Object.values(activityExamples()).map((a) => JSON.parse(json(lessonWith(a)))),
];

/** A valid document with up to four of its values replaced by random JSON, removed, or swapped for another of its values. */
const mutatedDocument = fc
  .tuple(fc.constantFrom(...base()), fc.array(fc.tuple(fc.nat(), fc.oneof(fc.jsonValue({maxDepth: 3}), fc.constant(undefined), fc.nat())), {minLength: 1, maxLength: 4}))
  .map(([doc, edits]) => {
    let current = doc;
    for (const [pick, replacement] of edits) {
      const all = paths(current);
      const path = all[pick % all.length]!;
      const value = typeof replacement === 'number' && Number.isInteger(replacement) && replacement >= 0 && all.length > 1
        ? (all[replacement % all.length]!.reduce<any>((v, k) => v[k], current) as Json)
        : (replacement as Json | undefined);
      current = edit(current, path, value);
    }
    return json(current);
  });

/** The real lesson's text with a few characters inserted or removed. */
const mutatedText = fc
  .tuple(fc.constant(realLessonText()), fc.array(fc.tuple(fc.nat(), fc.nat({max: 5}), fc.string({maxLength: 3, unit: 'binary'})), {minLength: 1, maxLength: 3}))
  .map(([text, edits]) => edits.reduce((t, [at, cut, insert]) => t.slice(0, at % (t.length + 1)) + insert + t.slice((at % (t.length + 1)) + cut), text));

const anyFile: fc.Arbitrary<Uint8Array> = fc.oneof(
  {weight: 4, arbitrary: mutatedDocument.map(bytes)},
  {weight: 2, arbitrary: mutatedText.map(bytes)},
  {weight: 1, arbitrary: fc.jsonValue().map((v) => bytes(JSON.stringify(v)))},
  {weight: 1, arbitrary: fc.uint8Array({maxLength: 300})},
  {weight: 1, arbitrary: fc.tuple(mutatedText, fc.nat()).map(([t, at]) => {
    const b = bytes(t);
    b[at % b.length] = 0xff; // never valid in UTF-8
    return b;
  })},
);

function checkInvariants(files: SourceFile[]): void {
  const problems = checkFiles(files, {kerndoel: (id) => (id.startsWith('BU-PO') ? {level: 'po', superseded: false} : undefined)});
  const lines = new Map(files.map((f) => [f.name, new TextDecoder().decode(f.bytes).split(/\r\n|\r|\n/)]));
  for (const problem of problems) {
    assert.ok(isKnownCode(problem.code), problem.code);
    const fileLines = lines.get(problem.file)!;
    assert.ok(problem.line >= 1 && problem.line <= fileLines.length, `${problem.code} at line ${problem.line} of ${fileLines.length}`);
    assert.ok(problem.column >= 1, `${problem.code} at column ${problem.column}`);
    for (const lang of LANGS) {
      assert.deepEqual(unfilled(problem, lang), [], formatProblem(problem, lang));
      assert.ok(formatProblem(problem, lang).length > 0);
    }
  }
}

describe('checkFiles on random and mutated files', () => {
  it('never throws on one file (3000 files)', () => {
    fc.assert(fc.property(anyFile, (file) => checkInvariants([{name: 'x.json', bytes: file}])), {numRuns: 3000});
  });

  it('never throws on sets of files checked together (500 sets)', () => {
    fc.assert(
      fc.property(fc.array(anyFile, {minLength: 1, maxLength: 5}), (files) =>
        checkInvariants(files.map((b, i) => ({name: `f${i}.json`, bytes: b})))),
      {numRuns: 500},
    );
  });
});
