import assert from 'node:assert/strict';
import {describe, it} from 'node:test';
import {decodeState, encodeState} from '../src/suspend.js';

describe('suspend data encoding', () => {
  const state = {step: 4, completed: false, answers: {'q-groepsapp': ['b'], 'q-helpen': ['a', 'c']}};

  it('round-trips a learner state compactly', () => {
    const text = encodeState(state);
    assert.equal(text, 'u1;s4;c0;q-groepsapp=b;q-helpen=a,c');
    assert.deepEqual(decodeState(text), state);
  });

  it('keeps what survives when an LMS cuts the value short', () => {
    const text = encodeState(state);
    assert.deepEqual(decodeState(text.slice(0, text.length - 5)), {...state, answers: {'q-groepsapp': ['b']}});
    assert.deepEqual(decodeState(text.slice(0, 6)), {step: 4, completed: false, answers: {}});
    assert.deepEqual(decodeState(text.slice(0, 4)), {step: 0, completed: false, answers: {}});
  });

  it('keeps item.category pairs of a classifying sort', () => {
    const sorted = {step: 1, completed: false, answers: {indeling: ['grapje.oke', 'schelden.niet-oke']}};
    assert.deepEqual(decodeState(encodeState(sorted)), sorted);
  });

  it('ignores empty or foreign data instead of throwing', () => {
    for (const junk of ['', null, undefined, '{"a":1}', 'u2;s1', 'u1;sX;c1;=;a=;;b=,']) {
      const decoded = decodeState(junk);
      assert.ok(decoded === undefined || Object.keys(decoded.answers).length === 0, String(junk));
    }
  });
});
