import assert from 'node:assert/strict';
import {describe, it} from 'node:test';
import {coverage, kerndoel} from '../src/index.js';

const lesson = (id: string, kerndoelen: string[], audience = 'po') => ({id, title: `Les ${id}`, audience, durationMinutes: 45, kerndoelen});

describe('coverage', () => {
  it('names every goal a lesson serves with its SLO title and set', () => {
    const c = coverage([lesson('a', ['BU-PO-19A-u3', 'PO-2006-37']), lesson('b', ['BU-PO-19A-u3'])]);
    assert.equal(c.level, 'po');
    assert.equal(c.totalMinutes, 90);
    assert.deepEqual(c.lessons[0]!.goals.map((g) => [g.id, g.set, g.title]), [
      ['BU-PO-19A-u3', '2025', kerndoel('BU-PO-19A-u3')!.text],
      ['PO-2006-37', '2006', kerndoel('PO-2006-37')!.text],
    ]);
    assert.deepEqual(c.covered.find((g) => g.id === 'BU-PO-19A-u3')!.lessons, ['a', 'b']);
  });

  it('leaves open the sibling goals under a touched kerndoel and the 2006 goals of the level, not the served ones', () => {
    const c = coverage([lesson('a', ['BU-PO-19A-u3', 'PO-2006-37'])]);
    const open = c.open.map((g) => g.id);
    assert.ok(open.includes('BU-PO-19A-u1'));
    assert.ok(open.includes('PO-2006-36'));
    assert.ok(!open.includes('BU-PO-19A-u3'));
    assert.ok(!open.includes('BU-PO-19A'), 'a goal above a served one is served');
    assert.ok(!open.includes('PO-2006-37'));
    assert.ok(!open.some((id) => id.startsWith('DG-PO')), 'kerndoelen no lesson touches are not relevant');
    assert.ok(open.every((id) => kerndoel(id)!.level === 'po'));
  });

  it('counts jongerenwerk as vo and cannot say what is open when levels mix', () => {
    assert.equal(coverage([lesson('a', ['BU-VO-19A'], 'jongerenwerk')]).level, 'vo');
    const mixed = coverage([lesson('a', ['BU-PO-19A-u3']), lesson('b', ['BU-VO-19A'], 'vo')]);
    assert.equal(mixed.level, undefined);
    assert.deepEqual(mixed.open, []);
  });

  it('reports ids it does not know', () => {
    assert.deepEqual(coverage([lesson('a', ['NOPE'])]).lessons[0]!.unknown, ['NOPE']);
  });
});
