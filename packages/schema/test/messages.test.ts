import assert from 'node:assert/strict';
import {describe, it} from 'node:test';
import type {z} from 'zod';
import {MESSAGES, PROBLEM_CODES, message} from '@upstander/schema';
import {findingsFor} from '../src/issues.js';
import {term} from '../src/messages.js';

const placeholders = (template: string) => [...template.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();

describe('messages', () => {
  it('has the same placeholders in Dutch and English for every problem', () => {
    for (const code of PROBLEM_CODES) {
      assert.deepEqual(placeholders(MESSAGES[code].en), placeholders(MESSAGES[code].nl), code);
    }
  });

  it('fills placeholders and translates terms', () => {
    const params = {expected: term('array'), actual: term('string')};
    assert.equal(message('wrong-type', 'nl', params), 'hier hoort een lijst [ … ], maar er staat tekst tussen aanhalingstekens');
    assert.equal(message('wrong-type', 'en', params), 'this should be a list [ … ], but it is text in double quotes');
    // A value that looks like a placeholder is inserted as it is, never filled in again.
    assert.equal(message('unknown-field', 'en', {field: '{field}'}), 'unknown field "{field}"; check the spelling (case matters) or remove it');
  });
});

describe('findingsFor', () => {
  it('words an issue it has no special message for as "invalid value", never in zod\'s words', () => {
    const issue = {code: 'not_multiple_of', divisor: 5, path: ['durationMinutes'], message: 'Invalid number', input: 12} as z.core.$ZodIssue;
    assert.deepEqual(findingsFor(issue, {durationMinutes: 12}), [{code: 'invalid', path: ['durationMinutes'], params: {}}]);
    assert.equal(message('invalid', 'nl'), 'ongeldige waarde');
  });

  it('splits unknown fields into one finding per field, pointing at its key', () => {
    const issue = {code: 'unrecognized_keys', keys: ['a', 'b'], path: ['steps', 0], message: ''} as z.core.$ZodIssue;
    assert.deepEqual(findingsFor(issue, {}), [
      {code: 'unknown-field', path: ['steps', 0, 'a'], params: {field: 'a'}, at: 'key'},
      {code: 'unknown-field', path: ['steps', 0, 'b'], params: {field: 'b'}, at: 'key'},
    ]);
  });
});
