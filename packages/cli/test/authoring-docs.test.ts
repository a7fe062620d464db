// docs/authoring.md is the curriculum developers' reference: its examples must validate, and it must
// list every message the validator can print, worded as the validator words it.
import assert from 'node:assert/strict';
import {readFileSync} from 'node:fs';
import {describe, it} from 'node:test';
import {ACTIVITY_TYPES, Activity, MESSAGES, PROBLEM_CODES, checkFiles, formatProblem} from '@upstander/schema';
import type {ProblemCode} from '@upstander/schema';
import {curriculumLookup} from '../src/validate.js';

const DOC = readFileSync('docs/authoring.md', 'utf8');
const blocks = [...DOC.matchAll(/```json\n([\s\S]*?)```/g)].map((m) => m[1]!);
const encode = (text: string) => new TextEncoder().encode(text);

describe('docs/authoring.md', () => {
  it('has one or more valid examples of every activity type', () => {
    const activities = blocks.map((b) => JSON.parse(b)).filter((b) => 'type' in b);
    for (const example of activities) {
      const result = Activity.safeParse(example);
      assert.ok(result.success, `${example.type}: ${JSON.stringify(result.error?.issues)}`);
    }
    assert.deepEqual([...new Set(activities.map((a) => a.type))].sort(), [...ACTIVITY_TYPES].sort());
  });

  it('has a complete lesson and a track that validate, with each activity example as a step of that lesson', () => {
    const docs = blocks.map((b) => JSON.parse(b));
    const lesson = docs.find((d) => 'steps' in d);
    const track = docs.find((d) => 'lessons' in d);
    const real = readFileSync('lessons/groep-7-8/wat-is-online-respect.json');
    const files = [
      {name: 'lessons/groep-7-8/wat-is-online-respect.json', bytes: real},
      {name: 'doc-lesson.json', bytes: encode(JSON.stringify(lesson))},
      {name: 'doc-track.json', bytes: encode(JSON.stringify(track))},
      ...docs
        .filter((d) => 'type' in d)
        .map((activity, i) => {
          const copy = structuredClone(lesson);
          copy.id = `doc-voorbeeld-${i}`;
          copy.steps.push({id: 'voorbeeld', title: 'Voorbeeld', activity});
          return {name: `doc-example-${i}.json`, bytes: encode(JSON.stringify(copy))};
        }),
    ];
    const problems = checkFiles(files, {kerndoel: curriculumLookup});
    assert.deepEqual(problems.map((p) => formatProblem(p, 'en')), []);
  });

  it('lists every message, worded as the validator words it', () => {
    const rows = new Map<string, string>();
    const section = DOC.slice(DOC.indexOf('## Every message and its fix'));
    for (const [, code, text] of section.matchAll(/^\| `([a-z0-9-]+)` \| (.*?) \| .* \|$/gm)) rows.set(code!, text!);
    assert.deepEqual(PROBLEM_CODES.filter((code) => !rows.has(code)), [], 'codes missing from the docs');
    assert.deepEqual([...rows.keys()].filter((code) => !(PROBLEM_CODES as string[]).includes(code)), [], 'codes in the docs that do not exist');
    for (const [code, text] of rows) {
      const shown = text.replace(/ …$/, '').replace(/\\\|/g, '|');
      assert.ok(MESSAGES[code as ProblemCode].nl.startsWith(shown), `${code}: the docs say "${shown}", the validator "${MESSAGES[code as ProblemCode].nl}"`);
    }
  });
});
