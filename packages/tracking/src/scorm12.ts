import type {CompletedDetail, ProgressedDetail} from '@upstander/schema';
import {interactionRecord} from './answers.js';
import type {SinkAnswer} from './answers.js';
import {ScormConnection, findApi} from './scorm.js';
import type {ScormDialect} from './scorm.js';
import {ScormSink, interactionResult, scaledScore} from './scorm-sink.js';
import type {Outcome} from './scorm-sink.js';
import type {LessonInfo} from './sink.js';
import type {StateCodec} from './state-codec.js';

/** The SCORM 1.2 run-time API an LMS exposes as `window.API` (SCORM 1.2 RTE §3.3). */
export interface Scorm12Api {
  LMSInitialize(arg: ''): string;
  LMSFinish(arg: ''): string;
  LMSGetValue(element: string): string;
  LMSSetValue(element: string, value: string): string;
  LMSCommit(arg: ''): string;
  LMSGetLastError(): string;
  LMSGetErrorString(code: string): string;
  LMSGetDiagnostic(code: string): string;
}

/** SCORM 1.2's limit for cmi.suspend_data (CMIString4096). */
export const SUSPEND_DATA_LIMIT = 4096;

/** SCORM 1.2's names, and its error codes (RTE §3.3.4): 401 not implemented, 404 write only, 301 not initialized. */
export const scorm12Dialect: ScormDialect<Scorm12Api> = {
  apiName: 'API',
  isApi: (candidate): candidate is Scorm12Api => typeof (candidate as Scorm12Api | null)?.LMSInitialize === 'function',
  calls: (api) => ({
    initialize: () => api.LMSInitialize(''),
    terminate: () => api.LMSFinish(''),
    getValue: (element) => api.LMSGetValue(element),
    setValue: (element, value) => api.LMSSetValue(element, value),
    commit: () => api.LMSCommit(''),
    getLastError: () => api.LMSGetLastError(),
    getErrorString: (code) => api.LMSGetErrorString(code),
  }),
  emptyOnGet: new Set(['401', '404']),
  refused: new Set(['402', '403', '405']),
  sessionLost: new Set(['301']),
};

/** Finds `window.API` in this window, its parents, or the opener's (SCORM 1.2 RTE §3.3.6.1). */
export function findScorm12Api(win: Window): Scorm12Api | undefined {
  return findApi(win, scorm12Dialect);
}

/** HH:MM:SS.SS as SCORM 1.2's CMITimespan wants it. */
export function scormTimespan(ms: number): string {
  const centis = Math.max(0, Math.round(ms / 10));
  const h = Math.min(9999, Math.floor(centis / 360000));
  const m = Math.floor((centis % 360000) / 6000);
  const s = (centis % 6000) / 100;
  return `${String(h).padStart(2, '0')}:${String(m).padStart(2, '0')}:${s.toFixed(2).padStart(5, '0')}`;
}

const pad = (n: number) => String(n).padStart(2, '0');
const clockTime = (date: Date) => `${pad(date.getHours())}:${pad(date.getMinutes())}:${pad(date.getSeconds())}`;

/**
 * SCORM 1.2 sink: writes lesson status, score (0–100), location, interactions, objectives (the
 * lesson's kerndoelen) and resume state (≤ 4096 bytes) to the LMS, reading the error code after
 * every call.
 */
export class Scorm12Sink extends ScormSink<Scorm12Api> {
  readonly kind = 'scorm12';
  protected readonly _elements = {
    learnerId: 'cmi.core.student_id',
    entry: 'cmi.core.entry',
    mode: 'cmi.core.lesson_mode',
    location: 'cmi.core.lesson_location',
    exit: 'cmi.core.exit',
    sessionTime: 'cmi.core.session_time',
  };
  protected readonly _suspendLimit = SUSPEND_DATA_LIMIT;
  protected readonly _normalExit = '';

  /** `find` looks for the API again when it vanished (default: in this window and its parents). */
  /** `codec`: how the resume state is written to cmi.suspend_data (one lesson by default; TRACK_STATE for a track). */
  constructor(api: Scorm12Api, lesson: LessonInfo, find?: () => Scorm12Api | undefined, codec?: StateCodec) {
    super(new ScormConnection(api, scorm12Dialect, find ?? (() => (typeof window === 'undefined' ? undefined : findScorm12Api(window)))), lesson, codec);
  }

  protected _openAttempt(): void {
    const status = this._conn.get('cmi.core.lesson_status');
    if (status === '' || status === 'not attempted') this._conn.set('cmi.core.lesson_status', 'incomplete');
  }

  protected _progress(_detail: ProgressedDetail): void {}

  protected _writeInteraction(at: string, detail: SinkAnswer): void {
    const record = interactionRecord(detail, 'scorm12');
    this._conn.set(`${at}.type`, record.type);
    this._conn.set(`${at}.time`, clockTime(new Date()));
    const response = detail.kind === 'text' ? Object.values(detail.text ?? {}).join(' ').slice(0, 255) : record.response;
    if (response) this._conn.set(`${at}.student_response`, response);
    record.patterns.forEach((pattern, i) => this._conn.set(`${at}.correct_responses.${i}.pattern`, pattern));
    if (detail.scored) this._conn.set(`${at}.weighting`, '1');
    this._conn.set(`${at}.result`, interactionResult(detail, 'wrong'));
  }

  protected _complete(detail: CompletedDetail): Outcome {
    const scaled = scaledScore(detail);
    let status = 'completed';
    let passed: boolean | undefined;
    if (scaled !== undefined) {
      const raw = Math.round(scaled * 100);
      this._conn.set('cmi.core.score.min', '0');
      this._conn.set('cmi.core.score.max', '100');
      this._conn.set('cmi.core.score.raw', String(raw));
      const mastery = this._mastery('cmi.student_data.mastery_score', 100);
      if (mastery !== undefined) {
        passed = raw / 100 >= mastery;
        status = passed ? 'passed' : 'failed';
      }
    }
    this._conn.set('cmi.core.lesson_status', status);
    return scaled === undefined ? {} : {scaled, ...(passed === undefined ? {} : {passed})};
  }

  protected _writeObjective(at: string, outcome: Outcome): void {
    if (outcome.scaled !== undefined) {
      this._conn.set(`${at}.score.min`, '0');
      this._conn.set(`${at}.score.max`, '100');
      this._conn.set(`${at}.score.raw`, String(Math.round(outcome.scaled * 100)));
    }
    this._conn.set(`${at}.status`, outcome.passed === undefined ? 'completed' : outcome.passed ? 'passed' : 'failed');
  }

  protected _sessionTime(ms: number): string {
    return scormTimespan(ms);
  }
}
