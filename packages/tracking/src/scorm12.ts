import type {AnsweredDetail, CompletedDetail, LearnerState, ProgressedDetail} from '@upstander/schema';
import type {LessonInfo, Sink} from './sink.js';
import {decodeState, encodeState} from './suspend.js';

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

/** SCORM 1.2's limit for cmi.suspend_data. */
export const SUSPEND_DATA_LIMIT = 4096;

function isApi(candidate: unknown): candidate is Scorm12Api {
  return typeof (candidate as Scorm12Api | null)?.LMSInitialize === 'function';
}

function apiOf(win: Window): Scorm12Api | undefined {
  try {
    const api = (win as Window & {API?: unknown}).API;
    return isApi(api) ? api : undefined;
  } catch {
    return undefined; // a cross-origin frame: not ours to read
  }
}

/**
 * Finds the LMS's API the way the SCORM 1.2 RTE describes: this window, then up through its parents
 * (at most 7 levels, as ADL's reference script), then the opener and the opener's parents.
 */
export function findScorm12Api(win: Window): Scorm12Api | undefined {
  const climb = (start: Window | null): Scorm12Api | undefined => {
    let current = start;
    for (let depth = 0; current && depth <= 7; depth++) {
      const api = apiOf(current);
      if (api) return api;
      if (current.parent === current) break;
      current = current.parent;
    }
    return undefined;
  };
  return climb(win) ?? climb(win.opener as Window | null);
}

/** An LMS call that failed: the API returned false, threw, or reported an error code. */
export class ScormError extends Error {
  readonly code: string;
  constructor(call: string, code: string, detail: string) {
    super(`${call} failed (${code}${detail ? `: ${detail}` : ''})`);
    this.code = code;
  }
}

/** HH:MM:SS.SS as SCORM 1.2's CMITimespan wants it. */
export function scormTimespan(ms: number): string {
  const total = Math.max(0, ms) / 1000;
  const h = Math.min(9999, Math.floor(total / 3600));
  const m = Math.floor((total % 3600) / 60);
  const s = total % 60;
  return `${String(h).padStart(2, '0')}:${String(m).padStart(2, '0')}:${s.toFixed(2).padStart(5, '0')}`;
}

function clockTime(date: Date): string {
  return [date.getHours(), date.getMinutes(), date.getSeconds()].map((n) => String(n).padStart(2, '0')).join(':');
}

/**
 * SCORM 1.2 sink: writes status, score, location, interactions and resume state to the LMS, and
 * reads the error code after every call.
 */
export class Scorm12Sink implements Sink {
  readonly kind = 'scorm12';
  private readonly _api: Scorm12Api;
  private readonly _startedAt = Date.now();
  private _status = 'not attempted';
  private _finished = false;

  constructor(api: Scorm12Api, _lesson: LessonInfo) {
    this._api = api;
  }

  start(): LearnerState | undefined {
    this._call('LMSInitialize', () => this._api.LMSInitialize(''));
    this._status = this._get('cmi.core.lesson_status') || 'not attempted';
    if (this._status === 'not attempted') this._setStatus('incomplete');
    const entry = this._get('cmi.core.entry');
    // "ab-initio" is a fresh attempt; "resume" or "" (some LMSs) means there may be saved state.
    return entry === 'ab-initio' ? undefined : decodeState(this._get('cmi.suspend_data'));
  }

  progressed(detail: ProgressedDetail, state: LearnerState): void {
    this._set('cmi.core.lesson_location', detail.stepId);
    this._set('cmi.suspend_data', this._suspendData(state));
  }

  answered(detail: AnsweredDetail, state: LearnerState): void {
    const n = Number(this._get('cmi.interactions._count')) || 0;
    const at = `cmi.interactions.${n}`;
    this._set(`${at}.id`, detail.activityId);
    this._set(`${at}.type`, 'choice');
    this._set(`${at}.time`, clockTime(new Date()));
    this._set(`${at}.student_response`, detail.response.join(','));
    if (detail.scored) {
      // A single-answer question may accept several options: each is its own correct pattern.
      detail.correctResponse.forEach((option, i) => this._set(`${at}.correct_responses.${i}.pattern`, option));
      this._set(`${at}.weighting`, '1');
    }
    this._set(`${at}.result`, detail.correct === null ? 'neutral' : detail.correct ? 'correct' : 'wrong');
    this._set('cmi.suspend_data', this._suspendData(state));
  }

  completed(detail: CompletedDetail, state: LearnerState): void {
    let status = 'completed';
    if (detail.score) {
      const raw = detail.score.max > 0 ? Math.round((detail.score.raw / detail.score.max) * 100) : 100;
      this._set('cmi.core.score.min', '0');
      this._set('cmi.core.score.max', '100');
      this._set('cmi.core.score.raw', String(raw));
      const mastery = Number(this._get('cmi.student_data.mastery_score'));
      if (this._get('cmi.student_data.mastery_score') !== '' && Number.isFinite(mastery)) {
        status = raw >= mastery ? 'passed' : 'failed';
      }
    }
    this._setStatus(status);
    this._set('cmi.suspend_data', this._suspendData(state));
  }

  save(state: LearnerState): boolean {
    try {
      this._set('cmi.suspend_data', this._suspendData(state));
      this._call('LMSCommit', () => this._api.LMSCommit(''));
      return true;
    } catch {
      return false;
    }
  }

  finish(state: LearnerState): void {
    if (this._finished) return;
    this._finished = true;
    try {
      this._set('cmi.core.session_time', scormTimespan(Date.now() - this._startedAt));
      this._set('cmi.core.exit', state.completed ? '' : 'suspend');
      this.save(state);
      this._call('LMSFinish', () => this._api.LMSFinish(''));
    } catch {
      // The page is going away; what matters was committed before.
    }
  }

  private _suspendData(state: LearnerState): string {
    const text = encodeState(state);
    return text.length <= SUSPEND_DATA_LIMIT ? text : text.slice(0, SUSPEND_DATA_LIMIT);
  }

  private _setStatus(status: string): void {
    this._set('cmi.core.lesson_status', status);
    this._status = status;
  }

  private _get(element: string): string {
    return this._call(`LMSGetValue(${element})`, () => this._api.LMSGetValue(element), true);
  }

  private _set(element: string, value: string): void {
    this._call(`LMSSetValue(${element})`, () => this._api.LMSSetValue(element, value));
  }

  /** Runs one API call and checks it: a "false" result or a non-zero error code throws ScormError. */
  private _call(name: string, call: () => string, isGet = false): string {
    let result: string;
    try {
      result = String(call());
    } catch (error) {
      throw new ScormError(name, '101', error instanceof Error ? error.message : String(error));
    }
    const code = String(this._api.LMSGetLastError());
    // A get of an element the LMS does not keep (401/403) is an empty value, not a failure.
    if (isGet && (code === '401' || code === '403' || code === '0')) return code === '0' ? result : '';
    if (code !== '0' || result === 'false') {
      throw new ScormError(name, code, String(this._api.LMSGetErrorString(code)));
    }
    return result;
  }
}
