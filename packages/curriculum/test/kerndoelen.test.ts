import assert from 'node:assert/strict';
import {describe, it} from 'node:test';
import {isSuperseded, kerndoel, kerndoelen, kerndoelenForLevel} from '../src/index.js';

describe('kerndoelen', () => {
  it('finds a goal by id with its SLO URI', () => {
    const k = kerndoel('BU-PO-20B');
    assert.equal(k?.level, 'po');
    assert.equal(k?.subject, 'burgerschap');
    assert.match(k!.uri, /^https:\/\/opendata\.slo\.nl\/curriculum\/uuid\/[0-9a-f-]{36}$/);
    assert.equal(kerndoel('BESTAAT-NIET'), undefined);
  });

  it('has unique ids and separates po from vo', () => {
    assert.equal(new Set(kerndoelen.map((k) => k.id)).size, kerndoelen.length);
    assert.ok(kerndoelenForLevel('po').every((k) => k.level === 'po'));
    assert.ok(kerndoelenForLevel('vo').some((k) => k.id === 'BU-VO-19B'));
    assert.ok(kerndoelenForLevel('po').some((k) => k.id === 'PO-2006-37'));
  });

  it('marks superseded concept goals', () => {
    const superseded = kerndoelen.filter(isSuperseded);
    assert.ok(superseded.length > 0);
    assert.ok(!isSuperseded(kerndoel('DG-PO-24B-u1')!));
  });
});
