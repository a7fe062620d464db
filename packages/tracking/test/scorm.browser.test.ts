// Both SCORM sinks with the tracker, against scorm-again playing the LMS (SCORM 1.2 and SCORM 2004
// 4th edition), in Chromium: what the LMS holds, when it commits, and what happens when it fails.
import {aTimeout, expect} from '@open-wc/testing';
import {Scorm12Sink, Scorm2004Sink, Tracker, decodeState, isoDuration, scormTimestamp} from '../src/index.js';
import type {Sink, TrackerOptions} from '../src/index.js';
import {answered, api12, api2004, cmiOf, faulty, lesson, list, newLms12, newLms2004} from './scorm-lms.js';
import type {Fault} from './scorm-lms.js';
import {memoryStorage} from './memory-storage.js';

/** What a test reads back from the LMS, the same for both versions. */
interface Held {
  completion: string;
  success: string;
  raw: string;
  scaled: string;
  location: string;
  exit: string;
  sessionTime: string;
  suspend: string;
  progress: string;
  interactions: {id: string; type: string; response: string; result: string; patterns: string[]}[];
  objectives: {id: string; status: string}[];
}

interface Version {
  name: string;
  /** A fresh LMS (optionally seeded), wrapped so faults can be switched on. */
  lms(json?: object): {lms: object; control: ReturnType<typeof faulty>};
  sink(api: object, find?: () => object | undefined): Sink;
  held(lms: object): Held;
  commit: string;
  seedResume: object;
  seedMastery: object;
  wrong: string;
  /** The LMS data an LMS would keep after a commit, to seed a new API object (vanish). */
  keep(lms: object): object;
}

const SCORM12_METHODS = ['LMSInitialize', 'LMSFinish', 'LMSGetValue', 'LMSSetValue', 'LMSCommit', 'LMSGetLastError', 'LMSGetErrorString', 'LMSGetDiagnostic'];
const SCORM2004_METHODS = ['Initialize', 'Terminate', 'GetValue', 'SetValue', 'Commit', 'GetLastError', 'GetErrorString', 'GetDiagnostic'];

const versions: Version[] = [
  {
    name: 'SCORM 1.2',
    lms: (json) => {
      const lms = newLms12(json);
      return {lms, control: faulty(lms, SCORM12_METHODS)};
    },
    sink: (api, find) => new Scorm12Sink(api12(api as never), lesson, find as never),
    held: (lms) => {
      const c = cmiOf(lms as never);
      return {
        completion: c.core.lesson_status,
        success: c.core.lesson_status,
        raw: c.core.score.raw,
        scaled: '',
        location: c.core.lesson_location,
        exit: c.core.exit,
        sessionTime: c.core.session_time,
        suspend: c.suspend_data,
        progress: '',
        interactions: list(c.interactions).map((i) => ({id: i.id, type: i.type, response: i.student_response, result: i.result, patterns: list(i.correct_responses).map((p) => p.pattern)})),
        objectives: list(c.objectives).map((o) => ({id: o.id, status: o.status})),
      };
    },
    commit: 'LMSCommit',
    seedResume: {core: {lesson_status: 'incomplete', entry: 'resume'}, suspend_data: 'u1;s2;c0;q1=b'},
    seedMastery: {student_data: {mastery_score: '80'}},
    wrong: 'wrong',
    keep: (lms) => {
      const c = cmiOf(lms as never);
      return {core: {lesson_status: c.core.lesson_status, lesson_location: c.core.lesson_location, entry: 'resume'}, suspend_data: c.suspend_data};
    },
  },
  {
    name: 'SCORM 2004',
    lms: (json) => {
      const lms = newLms2004(json);
      return {lms, control: faulty(lms, SCORM2004_METHODS)};
    },
    sink: (api, find) => new Scorm2004Sink(api2004(api as never), lesson, find as never),
    held: (lms) => {
      const c = cmiOf(lms as never);
      return {
        completion: c.completion_status,
        success: c.success_status,
        raw: c.score.raw,
        scaled: c.score.scaled,
        location: c.location,
        exit: c.exit,
        sessionTime: c.session_time,
        suspend: c.suspend_data,
        progress: c.progress_measure,
        interactions: list(c.interactions).map((i) => ({id: i.id, type: i.type, response: i.learner_response, result: i.result, patterns: list(i.correct_responses).map((p) => p.pattern)})),
        objectives: list(c.objectives).map((o) => ({id: o.id, status: o.completion_status})),
      };
    },
    commit: 'Commit',
    seedResume: {completion_status: 'incomplete', entry: 'resume', suspend_data: 'u1;s2;c0;q1=b'},
    seedMastery: {scaled_passing_score: '0.8'},
    wrong: 'incorrect',
    keep: (lms) => {
      const c = cmiOf(lms as never);
      return {completion_status: c.completion_status, location: c.location, entry: 'resume', suspend_data: c.suspend_data};
    },
  },
];

const fast: TrackerOptions = {retryDelays: [10, 10, 10], autosaveMs: 60000};

for (const v of versions) {
  describe(`${v.name} sink with the tracker`, () => {
    it('writes location, interactions, score, status and kerndoel objectives', async () => {
      const {lms, control} = v.lms();
      const tracker = new Tracker(v.sink(control.api), fast);
      expect(await tracker.start()).to.equal(undefined);
      expect(v.held(lms).completion).to.equal('incomplete');
      tracker.progressed({lessonId: 'les', stepId: 'vraag-1', stepIndex: 1, stepCount: 4});
      tracker.answered(answered('q1', ['b'], false));
      tracker.answered(answered('q2', ['c'], true));
      tracker.answered(answered('mening', ['a'], null));
      tracker.completed({lessonId: 'les', score: {raw: 1, max: 2}});
      const held = v.held(lms);
      expect(held.location).to.equal('vraag-1');
      expect(held.completion).to.equal('completed');
      expect(held.raw).to.equal('50');
      if (v.name === 'SCORM 2004') {
        expect(held.scaled).to.equal('0.5');
        expect(held.progress).to.equal('1');
        expect(held.success).to.equal('unknown', 'no passing score from the LMS: success stays unknown');
      }
      expect(held.interactions.map((i) => [i.id, i.type, i.response, i.result])).to.deep.equal([
        ['q1', 'choice', 'b', v.wrong],
        ['q2', 'choice', 'c', 'correct'],
        ['mening', 'choice', 'a', 'neutral'],
      ]);
      expect(held.interactions[0]!.patterns).to.deep.equal(['a', 'c']);
      expect(held.interactions[2]!.patterns).to.deep.equal([]);
      expect(held.objectives.map((o) => o.id)).to.deep.equal(lesson.kerndoelen);
      expect(held.objectives.every((o) => o.status === 'completed')).to.equal(true);
      expect(decodeState(held.suspend)).to.deep.equal({step: 1, completed: true, answers: {q1: ['b'], q2: ['c'], mening: ['a']}});
    });

    it('commits on status change, on the timer and when hidden — not on every step', async () => {
      const {control} = v.lms();
      const tracker = new Tracker(v.sink(control.api), {...fast, autosaveMs: 40});
      await tracker.start();
      const commits = () => control.calls[v.commit] ?? 0;
      expect(commits()).to.equal(1, 'the attempt opened: status incomplete committed');
      const stop = tracker.connect(document.createElement('div'), window);
      tracker.progressed({lessonId: 'les', stepId: 'a', stepIndex: 1, stepCount: 4});
      tracker.progressed({lessonId: 'les', stepId: 'b', stepIndex: 2, stepCount: 4});
      tracker.answered(answered('q1', ['a'], true));
      expect(commits()).to.equal(1, 'steps and answers wait for the timer');
      await aTimeout(80);
      expect(commits()).to.equal(2, 'the timer committed once');
      await aTimeout(80);
      expect(commits()).to.equal(2, 'nothing new: no commit');
      tracker.completed({lessonId: 'les', score: {raw: 1, max: 1}});
      expect(commits()).to.equal(3, 'completion is a status change: committed at once');
      stop();
    });

    it('passes or fails against the mastery score the LMS gives', async () => {
      for (const [score, expected] of [[{raw: 3, max: 4}, 'failed'], [{raw: 4, max: 4}, 'passed']] as const) {
        const {lms, control} = v.lms(v.seedMastery);
        const tracker = new Tracker(v.sink(control.api), fast);
        await tracker.start();
        tracker.completed({lessonId: 'les', score});
        expect(v.held(lms).success).to.equal(expected);
        expect(v.held(lms).objectives.length).to.equal(2);
      }
    });

    it('resumes from the suspend data of an earlier session', async () => {
      const {control} = v.lms(v.seedResume);
      const tracker = new Tracker(v.sink(control.api), fast);
      expect(await tracker.start()).to.deep.equal({step: 2, completed: false, answers: {q1: ['b']}});
    });

    it('exits suspended with a session time mid-lesson, and normally after completion', async () => {
      for (const complete of [false, true]) {
        const {lms, control} = v.lms();
        const tracker = new Tracker(v.sink(control.api), fast);
        await tracker.start();
        expect(v.held(lms).exit).to.equal('suspend', 'suspend from the start: resume works without Terminate');
        tracker.progressed({lessonId: 'les', stepId: 'b', stepIndex: 1, stepCount: 3});
        if (complete) tracker.completed({lessonId: 'les', score: null});
        tracker.finish();
        const held = v.held(lms);
        expect(held.exit).to.equal(complete ? (v.name === 'SCORM 1.2' ? '' : 'normal') : 'suspend');
        expect(held.sessionTime).to.match(v.name === 'SCORM 1.2' ? /^\d{2,4}:\d{2}:\d{2}(\.\d{1,2})?$/ : /^PT(\d+H)?(\d+M)?[\d.]+S$/);
      }
    });

    for (const fault of ['false', 'throw'] as Fault[]) {
      it(`keeps every write while the LMS ${fault === 'false' ? 'answers false' : 'throws'}, tells the learner, and ends with the full state`, async () => {
        const {lms, control} = v.lms();
        const statuses: boolean[] = [];
        const tracker = new Tracker(v.sink(control.api), {...fast, onSaveStatus: (ok) => statuses.push(ok)});
        await tracker.start();
        tracker.progressed({lessonId: 'les', stepId: 'vraag-1', stepIndex: 1, stepCount: 3});
        control.fault = fault;
        tracker.answered(answered('q1', ['a'], true));
        tracker.progressed({lessonId: 'les', stepId: 'einde', stepIndex: 2, stepCount: 3});
        tracker.completed({lessonId: 'les', score: {raw: 1, max: 1}});
        await aTimeout(80);
        expect(statuses).to.deep.equal([false], 'the learner is told once');
        expect(v.held(lms).completion).to.equal('incomplete');
        const failedCommits = control.calls[v.commit] ?? 0;
        control.fault = 'none';
        await aTimeout(60);
        expect(statuses).to.deep.equal([false, true], 'and told again when it works');
        const held = v.held(lms);
        expect(held.completion).to.equal('completed');
        expect(held.raw).to.equal('100');
        expect(held.location).to.equal('einde');
        expect(held.interactions.map((i) => i.id)).to.deep.equal(['q1'], 'the answer is there exactly once');
        expect(decodeState(held.suspend)).to.deep.equal({step: 2, completed: true, answers: {q1: ['a']}});
        expect(control.calls[v.commit]! - failedCommits).to.equal(1, 'one successful commit after recovery, then quiet');
      });
    }

    it('reconnects when the LMS API vanishes mid-lesson and comes back as a new object', async () => {
      const first = v.lms();
      let current: object | undefined = first.control.api;
      const statuses: boolean[] = [];
      const tracker = new Tracker(v.sink(first.control.api, () => current), {...fast, onSaveStatus: (ok) => statuses.push(ok)});
      await tracker.start();
      tracker.answered(answered('q1', ['b'], false));
      tracker.flush('timer');
      // The LMS frame goes away: its API object is dead and there is none in the window.
      first.control.fault = 'vanish';
      current = undefined;
      tracker.progressed({lessonId: 'les', stepId: 'einde', stepIndex: 2, stepCount: 3});
      tracker.completed({lessonId: 'les', score: {raw: 0, max: 1}});
      await aTimeout(80);
      expect(statuses).to.deep.equal([false]);
      // The LMS comes back with a new API object holding what was committed before.
      const second = v.lms(v.keep(first.lms));
      current = second.control.api;
      await aTimeout(60);
      expect(statuses).to.deep.equal([false, true]);
      const held = v.held(second.lms);
      expect(held.completion).to.equal('completed');
      expect(held.raw).to.equal('0');
      expect(held.location).to.equal('einde');
      expect(decodeState(held.suspend)).to.deep.equal({step: 2, completed: true, answers: {q1: ['b']}});
      expect(held.objectives.map((o) => o.id)).to.deep.equal(lesson.kerndoelen);
    });

    it('replays what the LMS never confirmed on the next launch (the page was closed while it failed)', async () => {
      const storage = memoryStorage();
      const store = storage.map;
      const learner = v.name === 'SCORM 1.2' ? {core: {student_id: 'leerling-7'}} : {learner_id: 'leerling-7'};
      const first = v.lms(learner);
      const tracker = new Tracker(v.sink(first.control.api), {...fast, storage, lessonId: 'les'});
      await tracker.start();
      first.control.fault = 'throw';
      tracker.answered(answered('q1', ['a'], true));
      tracker.completed({lessonId: 'les', score: {raw: 1, max: 1}});
      tracker.finish(); // the page closes; nothing reached the LMS
      expect([...store.keys()].some((k) => k.includes(':journal:'))).to.equal(true);
      const second = v.lms({...v.keep(first.lms), ...learner});
      const again = new Tracker(v.sink(second.control.api), {...fast, storage, lessonId: 'les'});
      const resumed = await again.start();
      expect(resumed).to.deep.equal({step: 0, completed: true, answers: {q1: ['a']}});
      expect(v.held(second.lms).completion).to.equal('completed');
      expect([...store.keys()].some((k) => k.includes(':journal:'))).to.equal(false, 'journal cleared once the LMS confirmed');
      again.finish();
    });

    it('writes sorts as sequencing or matching in the version\'s own format', async () => {
      const {lms, control} = v.lms();
      const tracker = new Tracker(v.sink(control.api), fast);
      await tracker.start();
      tracker.answered(answered('volgorde', ['b', 'a', 'c'], false, {kind: 'sort', correctResponse: ['a', 'b', 'c']}));
      tracker.answered(answered('indeling', ['grapje.oke', 'schelden.niet-oke'], true, {kind: 'sort', correctResponse: ['grapje.oke', 'schelden.niet-oke']}));
      tracker.flush('timer');
      const [list, pair] = v.name === 'SCORM 1.2' ? [',', '.'] : ['[,]', '[.]'];
      // SCORM 2004 ids are short identifiers (Moodle 4.3 refuses `-`): niet-oke is written niet_oke.
      const niet = v.name === 'SCORM 1.2' ? 'niet-oke' : 'niet_oke';
      expect(v.held(lms).interactions.map((i) => [i.type, i.response, i.patterns])).to.deep.equal([
        ['sequencing', ['b', 'a', 'c'].join(list), [['a', 'b', 'c'].join(list)]],
        ['matching', `grapje${pair}oke${list}schelden${pair}${niet}`, [`grapje${pair}oke${list}schelden${pair}${niet}`]],
      ]);
    });

    it('never writes anonymous answers or withheld free text to the LMS', async () => {
      const {lms, control} = v.lms();
      const policy = {shareText: new Set<string>(), anonymous: new Set(['enquete']), localOnly: new Set(['check-in'])};
      const tracker = new Tracker(v.sink(control.api), {...fast, policy});
      await tracker.start();
      tracker.answered(answered('enquete', ['p4'], null, {kind: 'scale'}));
      tracker.answered(answered('check-in', ['p2'], null, {kind: 'scale'}));
      tracker.answered(answered('reflectie', [], null, {kind: 'text', text: {p1: 'Ik voelde me buitengesloten door Sam'}}));
      tracker.flush('timer');
      const held = v.held(lms);
      expect(held.interactions.map((i) => [i.id, i.type, i.response ?? ''])).to.deep.equal([['reflectie', v.name === 'SCORM 1.2' ? 'fill-in' : 'long-fill-in', '']]);
      expect(JSON.stringify(cmiOf(lms as never))).not.to.contain('buitengesloten');
      expect(decodeState(held.suspend)!.answers).to.deep.equal({});
    });
  });
}

describe('SCORM formats', () => {
  it('writes SCORM 2004 durations and timestamps', () => {
    expect(isoDuration(3_723_450)).to.equal('PT1H2M3.45S');
    expect(isoDuration(0)).to.equal('PT0S');
    expect(scormTimestamp(new Date('2026-11-21T10:11:12.345Z'))).to.equal('2026-11-21T10:11:12.3Z');
  });
});
