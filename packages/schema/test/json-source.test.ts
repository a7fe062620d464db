import assert from 'node:assert/strict';
import {describe, it} from 'node:test';
import fc from 'fast-check';
import {parseJson} from '@upstander/schema';
import {find, realLessonText} from './fixtures.js';

function jsonParse(text: string): {ok: true; value: unknown} | {ok: false} {
  try {
    return {ok: true, value: JSON.parse(text)};
  } catch {
    return {ok: false};
  }
}

/** Small edits of JSON text: the mistakes hand-written files have, and random ones. */
const mutated = (base: fc.Arbitrary<string>) =>
  fc.tuple(base, fc.nat(), fc.nat(), fc.constantFrom('', ',', '}', ']', '"', "'", ':', '\n', '//', 'True', '01', '\\', '\t', '{', '[', '-', '1e', ' ', '\u0000', '\ud800', '\u001f', '\u0001', '\u007f'))
    .map(([text, a, b, insert]) => {
      const at = text.length ? a % text.length : 0;
      const cut = b % 4;
      return text.slice(0, at) + insert + text.slice(at + cut);
    });

/** An insertion right before a closing bracket or right after an opening one or a comma: trailing commas, missing values. */
const nearBrackets = (base: fc.Arbitrary<string>) =>
  fc.tuple(base, fc.nat(), fc.boolean(), fc.constantFrom(',', ', ', ',,', '"', ':', '1', 'x', '}', ']'))
    .map(([text, pick, before, insert]) => {
      const spots = [...text.matchAll(before ? /[}\]]/g : /[{[,]/g)].map((m) => m.index! + (before ? 0 : 1));
      if (spots.length === 0) return text;
      const at = spots[pick % spots.length]!;
      return text.slice(0, at) + insert + text.slice(at);
    });

describe('parseJson', () => {
  it('gives the same value as JSON.parse for any JSON', () => {
    fc.assert(
      fc.property(fc.jsonValue(), fc.constantFrom(0, 2, '\t'), (value, indent) => {
        const text = JSON.stringify(value, null, indent);
        const parsed = parseJson(text);
        assert.ok(parsed.ok, text);
        assert.deepEqual(parsed.source.value, JSON.parse(text));
      }),
      {numRuns: 2000},
    );
  });

  it('accepts exactly what JSON.parse accepts, for mutated and random text', () => {
    const texts = fc.oneof(mutated(fc.json()), mutated(mutated(fc.json())), nearBrackets(fc.json()), nearBrackets(mutated(fc.json())), fc.string(), fc.string({unit: 'binary'}));
    fc.assert(
      fc.property(texts, (text) => {
        const mine = parseJson(text);
        const theirs = jsonParse(text);
        assert.equal(mine.ok, theirs.ok, `${JSON.stringify(text)}: ${mine.ok ? 'accepted' : mine.error.code}`);
        if (mine.ok && theirs.ok) assert.deepEqual(mine.source.value, theirs.value);
        if (!mine.ok) {
          const lines = text.split(/\r\n|\r|\n/);
          assert.ok(mine.error.line >= 1 && mine.error.line <= lines.length, `line ${mine.error.line} of ${lines.length}`);
          assert.ok(mine.error.column >= 1 && mine.error.column <= lines[mine.error.line - 1]!.length + 1);
        }
      }),
      {numRuns: 5000},
    );
  });

  it('keeps "__proto__" as an ordinary key, as JSON.parse does', () => {
    const parsed = parseJson('{"__proto__": {"polluted": true}, "a": 1}');
    assert.ok(parsed.ok);
    assert.deepEqual(Object.keys(parsed.source.value as object), ['__proto__', 'a']);
    assert.equal(({} as Record<string, unknown>)['polluted'], undefined);
    assert.equal(Object.getPrototypeOf(parsed.source.value), Object.prototype);
  });

  it('locates every value and key of the real lesson by path', () => {
    const text = realLessonText();
    const parsed = parseJson(text);
    assert.ok(parsed.ok);
    const {source} = parsed;
    // The question "respectvol-bericht" and its first right answer, found by content so lesson edits do not break this.
    const lesson = JSON.parse(text);
    const q = lesson.steps.findIndex((s: {activity: {id?: string}}) => s.activity.id === 'respectvol-bericht');
    const o = lesson.steps[q].activity.options.findIndex((option: {correct?: boolean}) => option.correct === true);
    const correct = text.indexOf('"correct": true', text.indexOf('"respectvol-bericht"')) + '"correct": '.length;
    const lines = text.slice(0, correct).split('\n');
    assert.deepEqual(source.locate(['steps', q, 'activity', 'options', o, 'correct']), {line: lines.length, column: lines.at(-1)!.length + 1});
    assert.deepEqual(source.locate(['durationMinutes']), find(text, '45'));
    assert.deepEqual(source.locate(['durationMinutes'], 'key'), find(text, '"durationMinutes"'));
    assert.deepEqual(source.locate(['facilitatorGuide', 'steps', 0]), {line: find(text, '"title": "Opening en afspraken"').line - 1, column: 7});
    // A path that is not there points at its nearest ancestor that is.
    assert.deepEqual(source.locate(['steps', 0, 'activity', 'nope', 3]), find(text, '{\n        "type": "information"'));
    assert.equal(source.has(['steps', 0, 'activity']), true);
    assert.equal(source.has(['steps', 0, 'nope']), false);
    assert.deepEqual(source.locate([]), {line: 1, column: 1});
  });

  it('records keys that appear twice, and locates the value that counts (the last)', () => {
    const parsed = parseJson('{"a": 1,\n "a": 2}');
    assert.ok(parsed.ok);
    assert.deepEqual(parsed.source.duplicateKeys, [['a']]);
    assert.deepEqual(parsed.source.locate(['a']), {line: 2, column: 7});
    assert.deepEqual(parsed.source.value, {a: 2});
  });

  it('tells a number key from an array index', () => {
    const parsed = parseJson('{"0": [true]}');
    assert.ok(parsed.ok);
    assert.deepEqual(parsed.source.locate(['0', 0]), {line: 1, column: 8});
    assert.equal(parsed.source.has([0]), false);
  });
});
