// The SCORM 1.2 sink and the tracker against scorm-again playing the LMS, in Chromium.
import {expect, aTimeout} from '@open-wc/testing';
import {Scorm12API} from 'scorm-again';
import type {AnsweredDetail} from '@upstander/schema';
import {Scorm12Sink, Tracker, decodeState, findScorm12Api, scormTimespan} from '../src/index.js';
import type {Scorm12Api} from '../src/index.js';

const lesson = {id: 'les', title: 'Les', kerndoelen: ['BU-PO-19A-u3']};

type Lms = InstanceType<typeof Scorm12API>;
const newLms = (json?: object): Lms => {
  const lms = new Scorm12API({autocommit: false, lmsCommitUrl: false, logLevel: 5});
  if (json) lms.loadFromJSON(json);
  return lms;
};
const api = (lms: Lms) => lms as unknown as Scorm12Api;
// The LMS's data as it would store it (toJSON also reveals write-only elements such as cmi.core.exit).
const cmi = (lms: Lms) => JSON.parse(JSON.stringify((lms as unknown as {cmi: unknown}).cmi));

const answered = (activityId: string, response: string[], correct: boolean | null): AnsweredDetail => ({
  lessonId: 'les',
  stepId: `stap-${activityId}`,
  activityId,
  kind: 'choice',
  response,
  correctResponse: ['a', 'c'],
  correct,
  scored: correct !== null,
});

describe('findScorm12Api', () => {
  afterEach(() => delete (window as {API?: unknown}).API);

  it('finds the API in a parent frame', async () => {
    const lms = newLms();
    (window as {API?: unknown}).API = lms;
    const frame = document.createElement('iframe');
    document.body.append(frame);
    const inner = frame.contentWindow!;
    const nested = inner.document.createElement('iframe');
    inner.document.body.append(nested);
    expect(findScorm12Api(nested.contentWindow!)).to.equal(lms);
    frame.remove();
  });

  it('finds nothing when there is no LMS', () => {
    expect(findScorm12Api(window)).to.equal(undefined);
  });
});

describe('Scorm12Sink with the tracker', () => {
  it('writes location, interactions, score and status, and commits', () => {
    const lms = newLms();
    const tracker = new Tracker(new Scorm12Sink(api(lms), lesson));
    expect(tracker.start()).to.equal(undefined);
    expect(cmi(lms).core.lesson_status).to.equal('incomplete');
    tracker.progressed({lessonId: 'les', stepId: 'vraag-1', stepIndex: 1, stepCount: 3});
    tracker.answered(answered('q1', ['b'], false));
    tracker.answered(answered('q2', ['c'], true));
    tracker.answered(answered('mening', ['a'], null));
    tracker.completed({lessonId: 'les', score: {raw: 1, max: 2}});
    const data = cmi(lms);
    expect(data.core.lesson_location).to.equal('vraag-1');
    expect(data.core.lesson_status).to.equal('completed');
    expect(data.core.score.raw).to.equal('50');
    const interactions: any[] = Object.values(data.interactions);
    expect(interactions.map((i: any) => [i.id, i.type, i.student_response, i.result])).to.deep.equal([
      ['q1', 'choice', 'b', 'wrong'],
      ['q2', 'choice', 'c', 'correct'],
      ['mening', 'choice', 'a', 'neutral'],
    ]);
    expect(Object.values(interactions[0].correct_responses).map((p: any) => p.pattern)).to.deep.equal(['a', 'c']);
    expect(decodeState(data.suspend_data)).to.deep.equal({step: 1, completed: true, answers: {q1: ['b'], q2: ['c'], mening: ['a']}});
  });

  it('passes or fails against the mastery score the LMS gives', () => {
    const lms = newLms({student_data: {mastery_score: '80'}});
    const tracker = new Tracker(new Scorm12Sink(api(lms), lesson));
    tracker.start();
    tracker.completed({lessonId: 'les', score: {raw: 3, max: 4}});
    expect(cmi(lms).core.lesson_status).to.equal('failed');
  });

  it('resumes from the suspend data of an earlier session', () => {
    const lms = newLms({core: {lesson_status: 'incomplete', entry: 'resume'}, suspend_data: 'u1;s2;c0;q1=b'});
    const tracker = new Tracker(new Scorm12Sink(api(lms), lesson));
    expect(tracker.start()).to.deep.equal({step: 2, completed: false, answers: {q1: ['b']}});
    expect(tracker.state.step).to.equal(2);
  });

  it('sets exit suspend and a session time when the page goes away mid-lesson', () => {
    const lms = newLms();
    const tracker = new Tracker(new Scorm12Sink(api(lms), lesson));
    tracker.start();
    tracker.progressed({lessonId: 'les', stepId: 'b', stepIndex: 1, stepCount: 3});
    tracker.finish();
    expect(cmi(lms).core.exit).to.equal('suspend');
    expect(cmi(lms).core.session_time).to.match(/^\d{2,4}:\d{2}:\d{2}(\.\d{1,2})?$/);
  });

  it('keeps a refused commit and retries until the LMS accepts it, telling the learner meanwhile', async () => {
    const lms = newLms();
    const realCommit = lms.LMSCommit.bind(lms);
    let refuse = true;
    let commits = 0;
    (lms as any).LMSCommit = (arg: '') => {
      commits++;
      return refuse ? 'false' : realCommit(arg);
    };
    const statuses: boolean[] = [];
    const tracker = new Tracker(new Scorm12Sink(api(lms), lesson), {retryDelays: [10, 10], onSaveStatus: (ok) => statuses.push(ok)});
    tracker.start();
    tracker.completed({lessonId: 'les', score: {raw: 2, max: 2}});
    await aTimeout(60);
    expect(statuses).to.deep.equal([false]);
    refuse = false;
    await aTimeout(40);
    expect(statuses).to.deep.equal([false, true]);
    expect(commits).to.be.greaterThan(2);
    expect(cmi(lms).core.lesson_status).to.equal('completed');
    tracker.finish();
  });

  it('re-sends a write the LMS threw on, once it works again', async () => {
    const lms = newLms();
    const realSet = lms.LMSSetValue.bind(lms);
    let broken = false;
    (lms as any).LMSSetValue = (element: string, value: string) => {
      if (broken) throw new Error('LMS connection lost');
      return realSet(element, value);
    };
    const tracker = new Tracker(new Scorm12Sink(api(lms), lesson), {retryDelays: [10]});
    tracker.start();
    broken = true;
    tracker.completed({lessonId: 'les', score: {raw: 1, max: 1}});
    expect(cmi(lms).core.lesson_status).to.equal('incomplete');
    broken = false;
    await aTimeout(40);
    expect(cmi(lms).core.lesson_status).to.equal('completed');
    expect(cmi(lms).core.score.raw).to.equal('100');
    tracker.finish();
  });
});

describe('scormTimespan', () => {
  it('formats HH:MM:SS.SS', () => {
    expect(scormTimespan(3_723_450)).to.equal('01:02:03.45');
    expect(scormTimespan(0)).to.equal('00:00:00.00');
  });
});
