// A track played as one unit of tracking (track.ts, track-state.ts), against scorm-again as the LMS:
// one session for every lesson, the whole track in one cmi.suspend_data, `<lesson>/<step>` as
// location, interaction ids prefixed with the lesson id, status and score by the completion rule.
import assert from 'node:assert/strict';
import {describe, it} from 'node:test';
import type {LearnerState} from '@upstander/schema';
import {
  SUSPEND_DATA_LIMIT,
  TrackSession,
  Tracker,
  byteLength,
  createTrackSink,
  decodeTrackState,
  encodeTrackState,
  encodeTrackStateWithin,
  trackInfo,
  trackProgress,
  LocalTrackSink,
} from '../src/index.js';
import type {LessonInfo, TrackState} from '../src/index.js';
import {answered, api12, api2004, cmiOf, faulty, list, newLms12, newLms2004} from './scorm-lms.js';
import {memoryStorage} from './memory-storage.js';

const lessonA: LessonInfo = {id: 'les-a', title: 'Les A', kerndoelen: ['BU-PO-19A-u3'], language: 'nl', stepCount: 4, activities: {q1: {type: 'choice', question: 'Vraag A?'}}};
const lessonB: LessonInfo = {id: 'les-b', title: 'Les B', kerndoelen: ['DG-PO-24B-u1'], language: 'nl', stepCount: 2};
const places = [{lesson: 'les-a'}, {lesson: 'les-b'}];
const info = (completion: Parameters<typeof trackInfo>[0]['completion']) =>
  trackInfo({id: 'leerlijn', title: 'Leerlijn', track: 'groep-7-8', lessons: places, completion}, [lessonA, lessonB]);

const SCORM12 = ['LMSInitialize', 'LMSFinish', 'LMSGetValue', 'LMSSetValue', 'LMSCommit', 'LMSGetLastError', 'LMSGetErrorString', 'LMSGetDiagnostic'];
const deps = () => ({storage: memoryStorage() as unknown as Storage, session: memoryStorage(), win: {} as Window});

async function play12(completion: Parameters<typeof info>[0], json?: object) {
  const lms = newLms12(json);
  const control = faulty(api12(lms), SCORM12);
  const trackInfo = info(completion);
  const session = new TrackSession(await createTrackSink({kind: 'scorm12', api: control.api}, trackInfo, deps()), trackInfo);
  await session.start();
  const tracker = async (lesson: LessonInfo) => {
    const t = new Tracker(session.lessonSink(lesson.id), {lessonId: lesson.id, retryDelays: [5]});
    await t.start();
    return t;
  };
  return {lms, control, session, a: await tracker(lessonA), b: await tracker(lessonB)};
}

describe('a track as one SCORM 1.2 SCO', () => {
  it('keeps one session for every lesson: location, prefixed interactions, one suspend_data, status by the rule', async () => {
    const {lms, control, session, a, b} = await play12({rule: 'all'});
    a.progressed({lessonId: 'les-a', stepId: 'stap-2', stepIndex: 1, stepCount: 4});
    a.answered(answered('q1', ['b'], false, {lessonId: 'les-a'}));
    a.completed({lessonId: 'les-a', score: {raw: 1, max: 2}});
    let cmi = cmiOf(lms);
    assert.equal(cmi.core.lesson_location, 'les-a/stap-2');
    assert.deepEqual(list(cmi.interactions).map((i) => i.id), ['les-a_q1']);
    assert.equal(cmi.core.lesson_status, 'incomplete', 'one of two lessons: not yet');
    assert.equal(cmi.core.score.raw, '');
    assert.deepEqual(decodeTrackState(cmi.suspend_data)?.lessons['les-a'], {state: {step: 1, answers: {q1: ['b']}, completed: true}, score: {raw: 1, max: 2}});

    b.progressed({lessonId: 'les-b', stepId: 'begin', stepIndex: 0, stepCount: 2});
    b.completed({lessonId: 'les-b', score: null});
    cmi = cmiOf(lms);
    assert.equal(cmi.core.lesson_location, 'les-b/begin');
    assert.equal(cmi.core.lesson_status, 'completed');
    assert.equal(cmi.core.score.raw, '50', 'the mean over the lessons with a score');
    assert.equal(decodeTrackState(cmi.suspend_data)?.completed, true);
    assert.equal(control.calls['LMSInitialize'], 1);
    assert.equal(control.calls['LMSFinish'] ?? 0, 0, 'never finished between lessons');

    session.finish();
    session.finish();
    assert.equal(control.calls['LMSFinish'], 1, 'finished once, when the page goes');
    assert.equal(cmiOf(lms).core.exit, '', 'every place finished: a normal exit');
  });

  it('resumes every lesson and the lesson the pupil was in', async () => {
    const first = await play12({rule: 'all'});
    first.a.completed({lessonId: 'les-a', score: {raw: 2, max: 2}});
    first.b.progressed({lessonId: 'les-b', stepId: 'tweede', stepIndex: 1, stepCount: 2});
    first.session.finish();
    const saved = cmiOf(first.lms);
    assert.equal(saved.core.exit, 'suspend');
    const again = await play12({rule: 'all'}, {core: {entry: 'resume', lesson_status: saved.core.lesson_status}, suspend_data: saved.suspend_data});
    assert.equal(again.session.state.current, 'les-b');
    assert.deepEqual(again.b.state, {step: 1, answers: {}, completed: false});
    assert.equal(again.a.state.completed, true);
    assert.deepEqual(again.session.progress(), {'les-a': {completed: true, score: 100}, 'les-b': {completed: false}});
  });

  it('count: complete after `count` places, and the pupil may go on (suspend until every place is finished)', async () => {
    const {lms, session, a} = await play12({rule: 'count', count: 1});
    a.completed({lessonId: 'les-a', score: null});
    assert.equal(cmiOf(lms).core.lesson_status, 'completed');
    session.finish();
    assert.equal(cmiOf(lms).core.exit, 'suspend');
  });

  it('mastery: every place finished below the mastery score fails the track (the LMS has the packager’s mastery score)', async () => {
    const {lms, a, b} = await play12({rule: 'mastery', score: 60}, {student_data: {mastery_score: '60'}});
    a.completed({lessonId: 'les-a', score: {raw: 1, max: 2}});
    assert.equal(cmiOf(lms).core.lesson_status, 'incomplete');
    b.completed({lessonId: 'les-b', score: {raw: 1, max: 4}});
    assert.equal(cmiOf(lms).core.lesson_status, 'failed');
    assert.equal(cmiOf(lms).core.score.raw, '38');
  });
});

describe('a track as one SCORM 2004 SCO', () => {
  it('writes the track’s progress measure, completion and scaled score', async () => {
    const lms = newLms2004();
    const trackInfo = info({rule: 'all'});
    const session = new TrackSession(await createTrackSink({kind: 'scorm2004', api: api2004(lms)}, trackInfo, deps()), trackInfo);
    await session.start();
    const a = new Tracker(session.lessonSink('les-a'), {lessonId: 'les-a'});
    const b = new Tracker(session.lessonSink('les-b'), {lessonId: 'les-b'});
    await a.start();
    await b.start();
    a.completed({lessonId: 'les-a', score: {raw: 3, max: 4}});
    b.progressed({lessonId: 'les-b', stepId: 'begin', stepIndex: 1, stepCount: 2});
    assert.equal(Number(cmiOf(lms).progress_measure), 0.75, 'one place of two, and half of the next');
    assert.equal(cmiOf(lms).location, 'les-b/begin');
    b.completed({lessonId: 'les-b', score: null});
    const cmi = cmiOf(lms);
    assert.equal(cmi.completion_status, 'completed');
    assert.equal(Number(cmi.score.scaled), 0.75);
  });
});

describe('a track in this browser (standalone)', () => {
  it('keeps the track as one record, and exports the pupil’s own record as the statements an LRS would get of the track', async () => {
    const completion = {rule: 'mastery', score: 60} as const;
    const track = info(completion);
    const storage = memoryStorage();
    const sink = await createTrackSink({kind: 'local'}, track, {storage: storage as unknown as Storage, session: memoryStorage(), win: {} as Window});
    assert.ok(sink instanceof LocalTrackSink);
    const session = new TrackSession(sink, track);
    await session.start();
    const [a, b] = [new Tracker(session.lessonSink('les-a'), {lessonId: 'les-a'}), new Tracker(session.lessonSink('les-b'), {lessonId: 'les-b'})];
    await a.start();
    await b.start();
    a.progressed({lessonId: 'les-a', stepId: 'stap-2', stepIndex: 1, stepCount: 4});
    a.answered(answered('q1', ['b'], true, {lessonId: 'les-a'}));
    a.completed({lessonId: 'les-a', score: {raw: 1, max: 1}});
    b.progressed({lessonId: 'les-b', stepId: 'begin', stepIndex: 0, stepCount: 2});
    b.completed({lessonId: 'les-b', score: null});
    assert.equal(decodeTrackState(storage.map.get('upstander:leerlijn:state'))?.completed, true, 'one record of the whole track');

    const base = 'https://example.org/up';
    const trackIri = `${base}/tracks/leerlijn`;
    const statements = await sink.exportStatements(base);
    const verb = (s: {verb: {id: string}}) => s.verb.id.split('/').at(-1);
    assert.deepEqual(
      statements.map((s) => `${verb(s)} ${s.object.id.slice(base.length)}`),
      [
        'initialized /tracks/leerlijn',
        'progressed /lessons/les-a',
        'answered /lessons/les-a/activities/q1',
        'completed /lessons/les-a',
        'progressed /lessons/les-b',
        'completed /lessons/les-b',
        'completed /tracks/leerlijn',
        'passed /tracks/leerlijn',
      ],
    );
    const about = (id: string) => statements.filter((s) => s.object.id === id);
    for (const s of about(trackIri)) assert.equal(s.object.definition?.type, 'http://adlnet.gov/expapi/activities/course', 'the track is a course');
    for (const s of [...about(`${base}/lessons/les-a`), ...about(`${base}/lessons/les-b`)]) {
      assert.deepEqual(s.context?.contextActivities?.parent?.map((p) => p.id), [trackIri], `${verb(s)}: the track is the lesson’s parent`);
    }
    const [answer] = about(`${base}/lessons/les-a/activities/q1`);
    assert.deepEqual(answer!.context?.contextActivities?.parent?.map((p) => p.id), [`${base}/lessons/les-a`], 'an answer belongs to its lesson');
    assert.ok(answer!.context?.contextActivities?.grouping?.some((g) => g.id === trackIri), 'and to the track');
    assert.deepEqual(answer!.result?.response, 'b');
    const [trackDone] = about(trackIri).filter((s) => verb(s) === 'completed');
    assert.equal(trackDone!.result?.score?.scaled, 1, 'the mean of the lessons with a score');
    const pupil = statements[0]!.actor.account;
    assert.equal(pupil?.homePage, `${base}/learners`);
    assert.ok(statements.every((s) => s.actor.account?.name === pupil?.name), 'one pseudonymous pupil');
  });
});

describe('the track’s progress', () => {
  it('counts a place finished by its lesson or a variant, and the others by the steps passed', () => {
    const variant: LessonInfo = {id: 'les-a-kort', title: 'Les A (kort)', kerndoelen: [], stepCount: 2};
    const withVariant = trackInfo({id: 't', title: 'T', track: 'groep-7-8', lessons: [{lesson: 'les-a', variants: ['les-a-kort']}, {lesson: 'les-b'}], completion: {rule: 'all'}}, [lessonA, variant, lessonB]);
    const state = (lessons: TrackState['lessons']): TrackState => ({step: 0, answers: {}, completed: false, lessons});
    assert.equal(trackProgress(withVariant, state({})), 0);
    assert.equal(trackProgress(withVariant, state({'les-a': {state: {step: 2, answers: {}, completed: false}}})), 0.25);
    assert.equal(trackProgress(withVariant, state({'les-a-kort': {state: {step: 1, answers: {}, completed: true}}, 'les-b': {state: {step: 1, answers: {}, completed: false}}})), 0.75);
    assert.deepEqual(Object.keys(withVariant.activities ?? {}), ['les-a_q1'], 'activities under their interaction ids');
  });
});

describe('the track state', () => {
  const lesson = (step: number, completed: boolean, answers: Record<string, string[]> = {}): LearnerState => ({step, completed, answers});

  it('round-trips, and a text cut short keeps what still parses', () => {
    const state: TrackState = {
      step: 0,
      answers: {},
      completed: false,
      current: 'les-b',
      lessons: {'les-a': {state: lesson(3, true, {q1: ['a', 'b']}), score: {raw: 2, max: 3}}, 'les-b': {state: lesson(1, false, {'s-1': ['x.y']})}},
    };
    const text = encodeTrackState(state);
    assert.equal(text, 't1;les-b;c0|les-a:2/3:u1;s3;c1;q1=a,b|les-b::u1;s1;c0;s-1=x.y');
    assert.deepEqual(decodeTrackState(text), state);
    assert.deepEqual(Object.keys(decodeTrackState(text.slice(0, text.indexOf('|les-b') + 4))!.lessons), ['les-a']);
    assert.equal(decodeTrackState('u1;s3;c0'), undefined, 'a lesson’s state is not a track’s');
    assert.equal(decodeTrackState(''), undefined);
  });

  it('leaves answers out whole to fit: finished lessons first, the current lesson last; where each lesson is always stays', () => {
    const many = (n: number) => Object.fromEntries(Array.from({length: n}, (_, i) => [`vraag-${'x'.repeat(40)}-${i}`, ['optie-a']]));
    const state: TrackState = {
      step: 0,
      answers: {},
      completed: false,
      current: 'nu',
      lessons: {klaar: {state: lesson(9, true, many(60)), score: {raw: 1, max: 1}}, nu: {state: lesson(4, false, many(30))}},
    };
    const text = encodeTrackStateWithin(state, SUSPEND_DATA_LIMIT);
    assert.ok(byteLength(text) <= SUSPEND_DATA_LIMIT);
    const decoded = decodeTrackState(text)!;
    assert.deepEqual(decoded.lessons['nu']!.state, state.lessons['nu']!.state, 'the current lesson keeps every answer');
    assert.equal(decoded.lessons['klaar']!.state.completed, true);
    assert.equal(decoded.lessons['klaar']!.state.step, 9);
    assert.deepEqual(decoded.lessons['klaar']!.score, {raw: 1, max: 1});
    assert.ok(Object.keys(decoded.lessons['klaar']!.state.answers).length < 60);
  });
});
