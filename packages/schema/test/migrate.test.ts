import assert from 'node:assert/strict';
import {readFileSync} from 'node:fs';
import {describe, it} from 'node:test';
import {MIGRATIONS, SCHEMA_VERSION, documentVersion, migrate, parseLesson, parseTrack} from '@upstander/schema';
import type {JsonObject} from '@upstander/schema';
import {minimalLesson, minimalTrack} from './fixtures.js';

const V0_FIXTURE = 'packages/schema/test/fixtures/v0-lesson.json';
const v0 = (): JsonObject => JSON.parse(readFileSync(V0_FIXTURE, 'utf8'));

function deepFreeze<T>(value: T): T {
  if (typeof value === 'object' && value !== null) {
    Object.values(value).forEach(deepFreeze);
    Object.freeze(value);
  }
  return value;
}

describe('migrations', () => {
  it('has one step for every version below the current one, for lessons and tracks', () => {
    for (const [kind, steps] of Object.entries(MIGRATIONS)) {
      const from = steps.map((s) => s.from).sort((a, b) => a - b);
      assert.deepEqual(from, [...Array(SCHEMA_VERSION).keys()], `${kind} migrations`);
    }
  });

  it('reads a document without schemaVersion as version 0, and refuses a version that is not a whole number', () => {
    assert.equal(documentVersion({}), 0);
    assert.equal(documentVersion({schemaVersion: 1}), 1);
    assert.equal(documentVersion({schemaVersion: '1'}), null);
    assert.equal(documentVersion({schemaVersion: 1.5}), null);
    assert.equal(documentVersion({schemaVersion: -1}), null);
  });

  it('brings the v0 fixture to version 1 without changing its input, and the result is a valid lesson', () => {
    const input = deepFreeze(v0());
    const result = migrate(input, MIGRATIONS.lesson);
    assert.ok(result.ok);
    assert.equal(result.from, 0);
    assert.equal(result.applied.length, 1);
    assert.deepEqual(input, v0(), 'the input is unchanged');
    assert.deepEqual(result.document, {...v0(), schemaVersion: 1});
    assert.deepEqual(Object.keys(result.document).slice(0, 3), ['$schema', 'schemaVersion', 'id']);
    const parsed = parseLesson(v0());
    assert.ok(parsed.success, JSON.stringify(parsed.error?.issues));
    assert.equal(parsed.data.schemaVersion, 1);
  });

  it('puts schemaVersion first when there is no $schema', () => {
    const {$schema: _, schemaVersion: __, ...draft} = minimalTrack();
    const result = migrate(draft, MIGRATIONS.track);
    assert.ok(result.ok);
    assert.equal(Object.keys(result.document)[0], 'schemaVersion');
    assert.ok(parseTrack(draft).success);
  });

  it('returns a current document as it is', () => {
    const lesson = minimalLesson();
    const result = migrate(lesson, MIGRATIONS.lesson);
    assert.ok(result.ok);
    assert.equal(result.document, lesson);
    assert.deepEqual(result.applied, []);
  });

  it('refuses a version newer than it knows, or a gap in the steps', () => {
    assert.deepEqual(migrate({schemaVersion: 9}, MIGRATIONS.lesson), {ok: false, reason: 'too-new', version: 9});
    assert.deepEqual(migrate({schemaVersion: 'een'}, MIGRATIONS.lesson), {ok: false, reason: 'invalid', version: 'een'});
    assert.deepEqual(migrate({}, [], 1), {ok: false, reason: 'no-step', version: 0});
    const tooNew = parseLesson({...minimalLesson(), schemaVersion: 9});
    assert.equal(tooNew.success, false);
    assert.equal(tooNew.error?.issues[0]?.path.join('.'), 'schemaVersion');
    assert.match(tooNew.error?.issues[0]?.message ?? '', /nieuwer/);
  });

  it('chains several steps in order (a made-up version 2)', () => {
    const steps = [
      ...MIGRATIONS.lesson,
      {from: 1, describe: 'test: rename title to name', up: ({title, ...rest}: JsonObject) => ({...rest, schemaVersion: 2, name: title})},
    ];
    const result = migrate({title: 'T'}, steps, 2);
    assert.deepEqual(result, {ok: true, document: {schemaVersion: 2, name: 'T'}, from: 0, applied: steps});
  });
});
