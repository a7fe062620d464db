import assert from 'node:assert/strict';
import {describe, it} from 'node:test';
import {ACTIVITY_TYPES, DEFAULT_IRI_BASE, VERBS, anonymousHomePage, lessonIri} from '@upstander/schema/xapi';
import type {Agent} from '@upstander/schema/xapi';
import {
  answeredStatement,
  closedStatement,
  completionStatements,
  inTrack,
  openedStatement,
  progressedStatement,
  trackActivity,
} from '../../tracking/src/xapi/vocabulary.js';
import type {StatementScope} from '../../tracking/src/xapi/vocabulary.js';
import type {SinkAnswer} from '../../tracking/src/answers.js';
import {Aggregator, durationMs, formatCsv, formatHtml, formatText, readStatementsText, verbName} from '../src/index.js';

describe('verbName', () => {
  it('knows every verb of @upstander/schema/xapi and nothing else', () => {
    for (const [name, verb] of Object.entries(VERBS)) assert.equal(verbName(verb.id), name);
    assert.equal(verbName('http://adlnet.gov/expapi/verbs/experienced'), undefined);
    assert.equal(verbName(42), undefined);
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
  it('yields a statement that is not valid JSON as null (counted as malformed), and goes on', async () => {
    const out = [];
    for await (const s of readStatementsText('{"a":1}\n{"b": nope}\n{"c":3}\n')) out.push(s);
    assert.deepEqual(out, [{a: 1}, null, {c: 3}]);
  });
});

// Statements built by the tracker's own builders (packages/tracking/src/xapi/vocabulary.ts), exactly
// as the xAPI sink sends them; the e2e test (tests/e2e/report-lrs.test.ts) checks real lesson runs.
const lesson = {
  id: 'online-respect',
  title: 'Wat is online respect?',
  kerndoelen: ['BU-PO-19A-u3'],
  kerndoelUris: ['https://opendata.slo.nl/curriculum/uuid/9ca3158b'],
  track: 'groep-7-8',
  language: 'nl',
  stepCount: 4,
  activities: {
    q1: {type: 'choice', question: 'Welk bericht is respectvol?', options: [{id: 'a', text: 'Haha, loser'}, {id: 'b', text: 'Zullen we het samen vragen?'}, {id: 'c', text: 'Niets zeggen'}]},
    r1: {type: 'reflection', question: 'Wat zou jij doen?'},
    s1: {type: 'sort', question: 'Sorteer', options: [{id: 'x', text: 'Eerst'}, {id: 'y', text: 'Daarna'}]},
  },
};
let ids = 0;
const pupil = (name: string, klass: string): StatementScope => ({
  lesson,
  lessonIri: lessonIri(DEFAULT_IRI_BASE, lesson.id),
  iriBase: DEFAULT_IRI_BASE,
  actor: {objectType: 'Agent', account: {homePage: 'https://lms.example', name}} as Agent,
  registration: klass,
  newId: () => `id-${ids++}`,
});
const choice = (response: string[], correct: boolean): SinkAnswer => ({
  lessonId: lesson.id,
  stepId: 'step-1',
  activityId: 'q1',
  kind: 'choice',
  response,
  correctResponse: ['b'],
  correct,
  scored: true,
  anonymous: false,
  textWithheld: false,
});
const progressed = (scope: StatementScope, stepIndex: number) => progressedStatement(scope, {lessonId: lesson.id, stepId: `s${stepIndex}`, stepIndex, stepCount: 4});

/** Two classes: in 7A Ann finishes (right), Bob finishes (wrong); in 7B Cas stops after step 2. */
function classRun() {
  const ann = pupil('ann', 'class-7a');
  const bob = pupil('bob', 'class-7a');
  const cas = pupil('cas', 'class-7b');
  const reflection: SinkAnswer = {...choice([], false), activityId: 'r1', kind: 'text', correct: null, scored: false, correctResponse: [], textWithheld: true};
  const sort: SinkAnswer = {...choice(['x', 'y'], true), activityId: 's1', kind: 'sort', correctResponse: ['x', 'y']};
  return [
    openedStatement(ann, false),
    progressed(ann, 1),
    answeredStatement(ann, choice(['b'], true)),
    answeredStatement(ann, reflection),
    progressed(ann, 2),
    answeredStatement(ann, sort),
    progressed(ann, 3),
    ...completionStatements(ann, {lessonId: lesson.id, score: {raw: 2, max: 2}}, 'PT10M', 0.5),
    closedStatement(ann, true, 'PT11M'),
    openedStatement(bob, false),
    progressed(bob, 1),
    answeredStatement(bob, choice(['a'], false)),
    progressed(bob, 2),
    answeredStatement(bob, {...sort, response: ['y', 'x'], correct: false}),
    progressed(bob, 3),
    ...completionStatements(bob, {lessonId: lesson.id, score: {raw: 0, max: 2}}, 'PT8M', 0.5),
    closedStatement(bob, true, 'PT9M'),
    openedStatement(cas, false),
    progressed(cas, 1),
    answeredStatement(cas, choice(['b'], true)),
    progressed(cas, 2),
    closedStatement(cas, false, 'PT3M'),
  ];
}

describe('Aggregator over statements the tracker builds', () => {
  const report = () => new Aggregator().addAll(classRun()).then((a) => a.report());

  it('per lesson: started, completed, passed, failed, mean score, time, kerndoelen', async () => {
    const r = await report();
    assert.equal(r.statements, classRun().length);
    assert.equal(r.ignored + r.malformed, 0);
    assert.equal(r.lessons.length, 1);
    const l = r.lessons[0]!;
    assert.deepEqual(
      {learners: l.learners, started: l.started, completed: l.completed, passed: l.passed, failed: l.failed, scored: l.scored, meanScore: l.meanScore},
      {learners: 3, started: 3, completed: 2, passed: 1, failed: 1, scored: 2, meanScore: 0.5},
    );
    assert.deepEqual(l.scoreBands, [1, 0, 0, 0, 1]);
    assert.equal(l.timeSpentMs, (11 + 9 + 3) * 60_000, 'the session durations');
    assert.equal(l.name, 'Wat is online respect?');
    assert.equal(l.track, `${DEFAULT_IRI_BASE}/tracks/groep-7-8`);
    assert.deepEqual(l.kerndoelen, ['https://opendata.slo.nl/curriculum/uuid/9ca3158b']);
    assert.deepEqual(r.kerndoelen, [{kerndoel: 'https://opendata.slo.nl/curriculum/uuid/9ca3158b', name: 'BU-PO-19A-u3', lessons: 1, started: 3, completed: 2}]);
  });

  it('per step: how many got how far', async () => {
    const l = (await report()).lessons[0]!;
    assert.deepEqual(l.steps, [
      {progress: 25, reached: 3},
      {progress: 50, reached: 3},
      {progress: 75, reached: 2},
      {progress: 100, reached: 2},
    ]);
  });

  it('per class and learner', async () => {
    const r = await report();
    assert.deepEqual(
      r.classes.map((c) => [c.klass, c.learners, c.started, c.completed, c.passed, c.meanScore]),
      [
        ['class-7a', 2, 2, 2, 1, 0.5],
        ['class-7b', 1, 1, 0, 0, null],
      ],
    );
    assert.deepEqual(
      r.learners.map((l) => [l.learner, l.lessonsCompleted, l.meanScore]),
      [
        ['https://lms.example|ann', 1, 1],
        ['https://lms.example|bob', 1, 0],
        ['https://lms.example|cas', 0, null],
      ],
    );
  });

  it('per question: answers, correct, and how often each option was chosen (with its text)', async () => {
    const r = await report();
    const q1 = r.activities.find((a) => a.activity.endsWith('/activities/q1'))!;
    assert.deepEqual([q1.answered, q1.learners, q1.scored, q1.correct, q1.name, q1.interactionType], [3, 3, 3, 2, 'Welk bericht is respectvol?', 'choice']);
    assert.deepEqual(
      q1.distribution.map((d) => [d.response, d.label, d.count, d.correct]),
      [
        ['a', 'Haha, loser', 1, false],
        ['b', 'Zullen we het samen vragen?', 2, true],
        ['c', 'Niets zeggen', 0, false],
      ],
    );
    const s1 = r.activities.find((a) => a.activity.endsWith('/activities/s1'))!;
    assert.deepEqual(
      s1.distribution.map((d) => [d.label, d.count, d.correct]),
      [
        ['Eerst → Daarna', 1, true],
        ['Daarna → Eerst', 1, false],
      ],
    );
  });

  it('free text never appears: a withheld reflection is counted, a shared text is counted but not shown', async () => {
    const r1 = (await report()).activities.find((a) => a.activity.endsWith('/activities/r1'))!;
    assert.deepEqual([r1.answered, r1.withheld, r1.text, r1.distribution], [1, 1, 0, []]);
    const ann = pupil('ann', 'class-7a');
    const shared: SinkAnswer = {...choice([], false), activityId: 'r1', kind: 'text', correct: null, scored: false, correctResponse: [], text: {p: 'Ik zou iets zeggen'}};
    const agg = new Aggregator();
    agg.add(answeredStatement(ann, shared));
    // Even text that looks like an id, sent in a choice's response by a foreign tool, is no id list: not shown.
    const odd = answeredStatement(ann, choice(['b'], true));
    odd.result!.response = 'mijn antwoord: b';
    agg.add(odd);
    const report2 = agg.report();
    for (const out of [JSON.stringify(report2), formatText(report2), formatCsv(report2), formatHtml(report2)]) {
      assert.doesNotMatch(out, /Ik zou iets zeggen|mijn antwoord|mijn geheim/);
    }
    assert.equal(report2.activities.find((a) => a.activity.endsWith('/r1'))!.text, 1);
  });

  it('a track played as one unit: the track record, the lessons under it', async () => {
    const ann = pupil('ann', 'reg-t');
    const track = trackActivity(`${DEFAULT_IRI_BASE}/tracks/groep-7-8`, {title: 'Groep 7-8', language: 'nl'});
    const trackScope = {...ann, lesson: {...lesson, id: 'groep-7-8', title: 'Groep 7-8'}, lessonIri: track.id};
    const statements = [
      openedStatement(trackScope, false),
      progressed(ann, 1),
      ...completionStatements(ann, {lessonId: lesson.id, score: {raw: 1, max: 2}}, 'PT5M'),
      ...completionStatements(trackScope, {lessonId: 'groep-7-8', score: {raw: 1, max: 2}}, 'PT5M', 0.4),
      closedStatement(trackScope, true, 'PT6M'),
    ].map((s) => inTrack(s, track));
    const r = (await new Aggregator().addAll(statements)).report();
    assert.equal(r.lessons.length, 1, 'the track is no lesson');
    assert.deepEqual([r.lessons[0]!.completed, r.lessons[0]!.meanScore], [1, 0.5]);
    const t = r.tracks[0]!;
    assert.deepEqual([t.track, t.name, t.learners, t.lessons, t.completed, t.trackCompleted, t.trackPassed, t.meanScore], [track.id, 'Groep 7-8', 1, 1, 1, 1, 1, 0.5]);
  });

  it('anonymous survey answers: totals per class only, never a learner, nothing linkable', async () => {
    const scale = (activityId: string, response: string[]): SinkAnswer => ({...choice(response, false), activityId, kind: 'scale', correct: null, scored: false, correctResponse: [], anonymous: true});
    const lessonA = {...lesson, id: 'nulmeting-les'};
    const lessonD = {...lesson, id: 'nameting-les'};
    const agg = new Aggregator();
    let t = 0;
    const answer = (l: typeof lesson, activity: string, klass: string, response: string[]) => {
      const scope = {...pupil('ann', 'reg'), lesson: l, lessonIri: lessonIri(DEFAULT_IRI_BASE, l.id), now: () => new Date(Date.UTC(2026, 0, 1) + t++ * 60_000)};
      // Our packages keep anonymous answers on the device (decision 0009); another source may send them
      // under a fresh anonymous account per answer, as here.
      const s = {...answeredStatement(scope, scale(activity, response)), actor: {objectType: 'Agent' as const, account: {homePage: anonymousHomePage(DEFAULT_IRI_BASE), name: `anon-${ids++}`}}};
      // The class a launch gives as context.team (no registration: that would link the answers).
      s.context = {...s.context, team: {objectType: 'Group', name: klass}} as typeof s.context;
      agg.add(s);
    };
    answer(lessonA, 'nulmeting', '7A', ['2', '3']);
    answer(lessonA, 'nulmeting', '7A', ['4', '3']);
    answer(lessonA, 'nulmeting', '7B', ['3', '3']);
    answer(lessonD, 'nameting', '7A', ['4', '5']);
    answer(lessonD, 'nameting', '7A', ['5', '4']);
    answer(lessonD, 'nameting', '7B', ['3', '3']);
    const report = agg.report();
    assert.equal(report.learners.length, 0, 'anonymous answers are no learner');
    assert.equal(report.activities.length, 0, 'nor an activity row with learners');
    assert.ok(!JSON.stringify(report).includes('anon-'), 'no anonymous actor id in the report');
    const a = report.surveyChange.find((c) => c.klass === '7A')!;
    assert.equal(a.baseline, `${lessonIri(DEFAULT_IRI_BASE, 'nulmeting-les')}/activities/nulmeting`);
    assert.deepEqual(a.items.map((i) => i.change), [1.5, 1.5]);
    assert.deepEqual(a.items[0]!.baseline.counts, {'2': 1, '4': 1});
    assert.deepEqual(report.surveyChange.find((c) => c.klass === '7B')!.items.map((i) => i.change), [0, 0]);
    assert.deepEqual(report.surveyChange.find((c) => c.klass === '(all)')!.items.map((i) => i.baseline.answers), [3, 3]);
  });

  it('malformed statements are skipped and counted, foreign ones ignored, never a crash', async () => {
    const good = classRun();
    const agg = new Aggregator();
    const bad: unknown[] = [null, 42, 'text', [], {}, {actor: {}, verb: {id: 5}, object: {id: 'x'}}, {actor: {mbox: 'mailto:a@b'}, verb: {id: VERBS.answered.id}, object: null}];
    const foreign = {actor: {mbox: 'mailto:a@b'}, verb: {id: 'http://adlnet.gov/expapi/verbs/experienced'}, object: {id: 'https://elsewhere/x'}};
    const noLesson = {actor: {mbox: 'mailto:a@b'}, verb: {id: VERBS.answered.id}, object: {id: 'https://elsewhere/q', definition: {type: ACTIVITY_TYPES.interaction}}};
    const weird = {...good[2]!, result: {score: {scaled: 'high'}, extensions: null}, context: {contextActivities: {parent: 'nope', category: [null, 3]}}};
    await agg.addAll([...bad, foreign, noLesson, weird, ...good]);
    const r = agg.report();
    assert.equal(r.statements, bad.length + 3 + good.length);
    assert.equal(r.malformed, bad.length);
    assert.equal(r.ignored, 3);
    assert.deepEqual([r.lessons[0]!.completed, r.lessons[0]!.learners], [2, 3]);
  });

  it('gives the same report in two runs (a since cursor) as in one', async () => {
    const all = classRun();
    const whole = (await new Aggregator().addAll(all)).report();
    const agg = new Aggregator();
    await agg.addAll(all.slice(0, 9));
    await agg.addAll(all.slice(9));
    assert.deepEqual(agg.report(), whole);
  });
});
