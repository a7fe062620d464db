import type {CompletedDetail, ProgressedDetail} from '@upstander/schema';
import {interactionRecord} from './answers.js';
import type {SinkAnswer} from './answers.js';
import {ScormConnection, findApi} from './scorm.js';
import type {ScormDialect} from './scorm.js';
import {ScormSink, interactionResult, scaledScore} from './scorm-sink.js';
import type {Outcome} from './scorm-sink.js';
import type {LessonInfo} from './sink.js';
import type {StateCodec} from './state-codec.js';
import {isoDuration} from './time.js';

export {isoDuration} from './time.js';

/** The SCORM 2004 run-time API an LMS exposes as `window.API_1484_11` (SCORM 2004 4th ed. RTE §3.1). */
export interface Scorm2004Api {
  Initialize(arg: ''): string;
  Terminate(arg: ''): string;
  GetValue(element: string): string;
  SetValue(element: string, value: string): string;
  Commit(arg: ''): string;
  GetLastError(): string;
  GetErrorString(code: string): string;
  GetDiagnostic(code: string): string;
}

/** SCORM 2004 4th edition's smallest permitted maximum for cmi.suspend_data (characterstring SPM 64000). */
export const SUSPEND_DATA_LIMIT_2004 = 64000;

/**
 * SCORM 2004's names and error codes (RTE §3.1.7): 401 undefined, 402 unimplemented, 403 not
 * initialized (no value yet), 405 write only read as empty; 122/123/132/133/142/143 mean the
 * session is not (or no longer) open.
 */
export const scorm2004Dialect: ScormDialect<Scorm2004Api> = {
  apiName: 'API_1484_11',
  isApi: (candidate): candidate is Scorm2004Api => typeof (candidate as Scorm2004Api | null)?.Initialize === 'function',
  calls: (api) => ({
    initialize: () => api.Initialize(''),
    terminate: () => api.Terminate(''),
    getValue: (element) => api.GetValue(element),
    setValue: (element, value) => api.SetValue(element, value),
    commit: () => api.Commit(''),
    getLastError: () => api.GetLastError(),
    getErrorString: (code) => api.GetErrorString(code),
  }),
  emptyOnGet: new Set(['401', '402', '403', '405']),
  refused: new Set(['351', '404', '406', '407', '408']),
  sessionLost: new Set(['122', '123', '132', '133', '142', '143']),
};

/** Finds `window.API_1484_11` in this window, its parents, or the opener's (SCORM 2004 RTE §3.1.6). */
export function findScorm2004Api(win: Window): Scorm2004Api | undefined {
  return findApi(win, scorm2004Dialect);
}

/** SCORM 2004's time (second,10,0): `YYYY-MM-DDThh:mm:ss.sZ` (a zone only after a fraction). */
export function scormTimestamp(date: Date): string {
  return `${date.toISOString().slice(0, 21)}Z`;
}

/** A real(10,7) value as text. */
const real = (n: number) => String(Math.round(n * 1e7) / 1e7);

/**
 * SCORM 2004 4th edition sink: completion and success status, scaled score, progress measure,
 * location, interactions with their types, objectives named after the lesson's kerndoelen, resume
 * state, ISO 8601 session time and exit; the error code is read after every call.
 */
export class Scorm2004Sink extends ScormSink<Scorm2004Api> {
  readonly kind = 'scorm2004';
  protected readonly _elements = {
    learnerId: 'cmi.learner_id',
    entry: 'cmi.entry',
    mode: 'cmi.mode',
    location: 'cmi.location',
    exit: 'cmi.exit',
    sessionTime: 'cmi.session_time',
  };
  protected readonly _suspendLimit = SUSPEND_DATA_LIMIT_2004;
  protected readonly _normalExit = 'normal';

  /** `find` looks for the API again when it vanished (default: in this window and its parents). */
  /** `codec`: how the resume state is written to cmi.suspend_data (one lesson by default; TRACK_STATE for a track). */
  constructor(api: Scorm2004Api, lesson: LessonInfo, find?: () => Scorm2004Api | undefined, codec?: StateCodec) {
    super(new ScormConnection(api, scorm2004Dialect, find ?? (() => (typeof window === 'undefined' ? undefined : findScorm2004Api(window)))), lesson, codec);
  }

  protected _openAttempt(): void {
    const status = this._conn.get('cmi.completion_status');
    if (status !== 'completed' && status !== 'incomplete') this._conn.set('cmi.completion_status', 'incomplete');
  }

  protected _progress(detail: ProgressedDetail): void {
    if (detail.stepCount > 0) this._conn.set('cmi.progress_measure', real(Math.min(1, detail.stepIndex / detail.stepCount)));
  }

  protected _writeInteraction(at: string, detail: SinkAnswer): void {
    const lang = this._lesson.language ?? 'nl';
    const record = interactionRecord(detail, 'scorm2004');
    this._conn.set(`${at}.type`, record.type);
    this._conn.set(`${at}.timestamp`, scormTimestamp(new Date()));
    const question = this._question(detail.activityId);
    if (question) this._conn.set(`${at}.description`, `{lang=${lang}}${question.replace(/\s+/g, ' ').slice(0, 240)}`);
    const text = Object.values(detail.text ?? {}).join('\n');
    const response = detail.kind === 'text' ? (text ? `{lang=${lang}}${text.slice(0, 3980)}` : '') : record.response;
    if (response) this._conn.set(`${at}.learner_response`, response);
    record.patterns.forEach((pattern, i) => this._conn.set(`${at}.correct_responses.${i}.pattern`, pattern));
    if (detail.scored) this._conn.set(`${at}.weighting`, '1');
    this._conn.set(`${at}.result`, interactionResult(detail, 'incorrect'));
  }

  protected _complete(detail: CompletedDetail): Outcome {
    const scaled = scaledScore(detail);
    let passed: boolean | undefined;
    if (scaled !== undefined) {
      this._conn.set('cmi.score.scaled', real(scaled));
      this._conn.set('cmi.score.min', '0');
      this._conn.set('cmi.score.max', '100');
      this._conn.set('cmi.score.raw', real(Math.round(scaled * 10000) / 100));
      const mastery = this._mastery('cmi.scaled_passing_score', 1);
      if (mastery !== undefined) passed = scaled >= mastery;
    }
    this._conn.set('cmi.progress_measure', '1');
    this._conn.set('cmi.completion_status', 'completed');
    if (passed !== undefined) this._conn.set('cmi.success_status', passed ? 'passed' : 'failed');
    return scaled === undefined ? {} : {scaled, ...(passed === undefined ? {} : {passed})};
  }

  protected _writeObjective(at: string, outcome: Outcome): void {
    if (outcome.scaled !== undefined) this._conn.set(`${at}.score.scaled`, real(outcome.scaled));
    this._conn.set(`${at}.completion_status`, 'completed');
    if (outcome.passed !== undefined) this._conn.set(`${at}.success_status`, outcome.passed ? 'passed' : 'failed');
  }

  protected _sessionTime(ms: number): string {
    return isoDuration(ms);
  }
}
