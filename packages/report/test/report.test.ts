import assert from 'node:assert/strict';
import {describe, it} from 'node:test';
import {ACTIVITY_TYPES as TRACKING_TYPES, PROGRESS_EXTENSION as TRACKING_PROGRESS, VERBS} from '../../tracking/src/xapi/vocabulary.js';
import {ACTIVITY_TYPES, ADL_VERB, Aggregator, PROGRESS_EXTENSION, VERB_NAMES, durationMs, readStatementsText} from '../src/index.js';

describe('report vocabulary', () => {
  it('is the vocabulary the lessons emit (tracking/src/xapi/vocabulary.ts)', () => {
    assert.deepEqual([...VERB_NAMES].sort(), Object.keys(VERBS).sort());
    for (const [name, verb] of Object.entries(VERBS)) assert.equal(verb.id, `${ADL_VERB}${name}`);
    assert.deepEqual(ACTIVITY_TYPES, TRACKING_TYPES);
    assert.equal(PROGRESS_EXTENSION, TRACKING_PROGRESS);
  });
});

describe('durationMs', () => {
  it('reads ISO 8601 durations', () => {
    assert.equal(durationMs('PT1M2.5S'), 62_500);
    assert.equal(durationMs('PT1H'), 3_600_000);
    assert.equal(durationMs('P1DT1S'), 86_401_000);
    assert.equal(durationMs('nonsense'), 0);
  });
});

describe('readStatementsText', () => {
  it('rejects a truncated file and an empty one', async () => {
    await assert.rejects(async () => {
      for await (const _ of readStatementsText('[{"id":"a"},{"id":')) void _;
    }, /middle of a statement/);
    await assert.rejects(async () => {
      for await (const _ of readStatementsText('  ')) void _;
    }, /no statements/);
  });
  it('keeps braces and quotes inside strings', async () => {
    const out = [];
    for await (const s of readStatementsText(['[{"a":"}{\\"[', '"},{"b":1}]'])) out.push(s);
    assert.deepEqual(out, [{a: '}{"['}, {b: 1}]);
  });
});

/**
 * Anonymous survey answers: totals only, baseline versus closing per class. Real lesson runs never
 * answer a survey (the e2e player passes them), so these statements are shaped exactly as
 * answeredStatement() in tracking builds them for an anonymous survey (a one-off actor under
 * `<base>/anonymous`, no registration, the class as context.team).
 */
describe('survey totals and change', () => {
  const base = 'https://w3id.org/xapi/upstander';
  const track = {objectType: 'Activity', id: `${base}/tracks/groep-7-8`, definition: {type: ACTIVITY_TYPES.course}};
  let n = 0;
  const answer = (lesson: string, survey: string, response: string, klass: string, timestamp: string) => ({
    id: `s${n++}`,
    actor: {objectType: 'Agent', account: {homePage: `${base}/anonymous`, name: `x${n}`}},
    verb: {id: `${ADL_VERB}answered`},
    object: {objectType: 'Activity', id: `${base}/lessons/${lesson}/activities/${survey}`, definition: {type: ACTIVITY_TYPES.interaction, interactionType: 'likert'}},
    result: {completion: true, response},
    context: {team: {objectType: 'Group', name: klass}, contextActivities: {parent: [{objectType: 'Activity', id: `${base}/lessons/${lesson}`, definition: {type: ACTIVITY_TYPES.lesson}}], grouping: [track]}},
    timestamp,
  });
  it('counts points per item and class, never learners, and computes the change', () => {
    const agg = new Aggregator();
    agg.add(answer('a', 'nulmeting', '2[,]3', '7A', '2026-01-01T09:00:00Z'));
    agg.add(answer('a', 'nulmeting', '4[,]3', '7A', '2026-01-01T09:01:00Z'));
    agg.add(answer('a', 'nulmeting', '3[,]3', '7B', '2026-01-01T09:02:00Z'));
    agg.add(answer('d', 'nameting', '4[,]5', '7A', '2026-02-01T09:00:00Z'));
    agg.add(answer('d', 'nameting', '5[,]4', '7A', '2026-02-01T09:00:00Z'));
    agg.add(answer('d', 'nameting', '3[,]3', '7B', '2026-02-01T09:00:00Z'));
    const report = agg.report();
    assert.equal(report.learners.length, 0, 'anonymous answers are no learner');
    const a = report.surveyChange.find((c) => c.klass === '7A')!;
    assert.equal(a.baseline, `${base}/lessons/a/activities/nulmeting`);
    assert.deepEqual(a.items.map((i) => i.change), [1.5, 1.5]);
    assert.deepEqual(a.items[0]!.baseline.counts, {'2': 1, '4': 1});
    const b = report.surveyChange.find((c) => c.klass === '7B')!;
    assert.deepEqual(b.items.map((i) => i.change), [0, 0]);
    const all = report.surveyChange.find((c) => c.klass === '(all)')!;
    assert.deepEqual(all.items.map((i) => i.baseline.answers), [3, 3]);
  });
});
