import assert from 'node:assert/strict';
import {readFileSync} from 'node:fs';
import {describe, it} from 'node:test';
import {ACTIVITY_TYPES} from '@upstander/schema';
import {jsonSchemaFiles} from '../src/json-schema.js';

describe('generated JSON Schema', () => {
  for (const [name, text] of Object.entries(jsonSchemaFiles())) {
    it(`packages/schema/${name} is up to date (run \`npm run schemas\` after changing the zod schema)`, () => {
      assert.equal(readFileSync(`packages/schema/${name}`, 'utf8'), text);
    });
  }

  it('describes every activity type and the fields authors leave out', () => {
    const lesson = JSON.parse(jsonSchemaFiles()['lesson.schema.json']);
    const types = Object.values<{properties?: {type?: {const?: string}}}>(lesson.definitions)
      .map((d) => d.properties?.type?.const)
      .filter((t) => t !== undefined);
    assert.deepEqual(types.sort(), [...ACTIVITY_TYPES].sort());
    // Defaults make fields optional for authors (the input side of the schema).
    assert.ok(!lesson.required.includes('dir'));
    assert.ok(!lesson.definitions.ChoiceActivity.required.includes('scored'));
    assert.equal(lesson.additionalProperties, false);
  });

  it('is the file the lessons name in "$schema"', () => {
    const lesson = JSON.parse(readFileSync('lessons/groep-7-8/wat-is-online-respect.json', 'utf8'));
    assert.equal(lesson.$schema, '../../packages/schema/lesson.schema.json');
  });
});
