import type {CompletedDetail, LearnerState, ProgressedDetail} from '@upstander/schema';
import type {SinkAnswer} from './answers.js';
import {asciiId, hashKey} from './scorm.js';
import type {ScormConnection} from './scorm.js';
import type {LessonInfo, SaveReason, Sink} from './sink.js';
import {LESSON_STATE} from './state-codec.js';
import type {StateCodec} from './state-codec.js';

/** The data model elements that only differ in name between SCORM versions. */
export interface ScormElements {
  learnerId: string;
  entry: string;
  mode: string;
  location: string;
  exit: string;
  sessionTime: string;
}

/** A lesson outcome as the SCORM sinks write it. */
export interface Outcome {
  /** 0–1, or undefined when the lesson has no scored questions. */
  scaled?: number;
  /** undefined when the LMS gave no mastery score: completion only. */
  passed?: boolean;
}

/**
 * The flow of a SCORM session, shared by SCORM 1.2 and SCORM 2004: open the attempt, write
 * location, interactions, score and status as events come, name objectives after the lesson's
 * kerndoelen where the LMS keeps objectives, commit when asked, and close with exit and session
 * time. Each version supplies element names and value formats.
 */
export abstract class ScormSink<Api> implements Sink {
  abstract readonly kind: 'scorm12' | 'scorm2004';
  protected readonly _conn: ScormConnection<Api>;
  protected readonly _lesson: LessonInfo;
  private readonly _startedAt = Date.now();
  private _learnerId = '';
  private _review = false;
  private _nextInteraction = 0;
  private _interactionIndex = new WeakMap<SinkAnswer, number>();
  /** Objective index by kerndoel id; empty when the LMS keeps no objectives. */
  private _objectives = new Map<string, number>();
  private _finished = false;
  /** How the resume state is written to cmi.suspend_data: one lesson (default) or a track (track-state.ts). */
  readonly codec: StateCodec;

  protected abstract readonly _elements: ScormElements;
  /** Longest cmi.suspend_data the version guarantees, in bytes. */
  protected abstract readonly _suspendLimit: number;

  constructor(conn: ScormConnection<Api>, lesson: LessonInfo, codec: StateCodec = LESSON_STATE) {
    this._conn = conn;
    this._lesson = lesson;
    this.codec = codec;
    // A new LMS session numbers interactions from what it holds: answers are written again there.
    conn.onReconnect = () => {
      this._interactionIndex = new WeakMap();
      this._nextInteraction = Number(this._conn.get('cmi.interactions._count')) || 0;
    };
  }

  start(): LearnerState | undefined {
    const el = this._elements;
    this._conn.initialize();
    this._learnerId = this._conn.get(el.learnerId);
    this._review = /^(browse|review)$/.test(this._conn.get(el.mode));
    this._nextInteraction = Number(this._conn.get('cmi.interactions._count')) || 0;
    if (!this._review) {
      this._openAttempt();
      // Suspend from the start: a session that ends without Terminate still resumes.
      this._conn.set(el.exit, 'suspend');
      this._setUpObjectives();
    }
    // "ab-initio" is a fresh attempt; "resume" or "" (some LMSs) means there may be saved state.
    return this._conn.get(el.entry) === 'ab-initio' ? undefined : this.codec.decode(this._conn.get('cmi.suspend_data'));
  }

  learnerKey(): string | undefined {
    return this._learnerId ? `${this.kind}-${hashKey(this._learnerId)}` : undefined;
  }

  progressed(detail: ProgressedDetail, state: LearnerState): void {
    this._conn.set(this._elements.location, detail.stepId);
    this._progress(detail);
    this._suspend(state);
  }

  answered(detail: SinkAnswer, state: LearnerState): void {
    // An anonymous answer must not be linked to the learner: an LMS record always is.
    if (detail.anonymous) return;
    let n = this._interactionIndex.get(detail);
    if (n === undefined) {
      n = this._nextInteraction++;
      this._interactionIndex.set(detail, n);
    }
    const at = `cmi.interactions.${n}`;
    this._conn.set(`${at}.id`, asciiId(detail.activityId));
    this._writeInteraction(at, detail);
    this._suspend(state);
  }

  completed(detail: CompletedDetail, state: LearnerState): void {
    if (!this._review) {
      const outcome = this._complete(detail);
      for (const index of this._objectives.values()) this._writeObjective(`cmi.objectives.${index}`, outcome);
    }
    this._suspend(state);
  }

  save(state: LearnerState, reason: SaveReason): boolean {
    try {
      this._suspend(state);
      if (reason === 'hidden' || reason === 'finish') this._conn.set(this._elements.sessionTime, this._sessionTime(Date.now() - this._startedAt));
      this._conn.commit();
      return true;
    } catch {
      return false;
    }
  }

  finish(state: LearnerState): void {
    if (this._finished) return;
    this._finished = true;
    try {
      if (!this._review) this._conn.set(this._elements.exit, state.completed ? this._normalExit : 'suspend');
      this.save(state, 'finish');
      this._conn.terminate();
    } catch {
      // The page is going away; what matters was committed before.
    }
  }

  /** The exit value of a finished attempt. */
  protected abstract readonly _normalExit: string;
  /** Starts the attempt: `incomplete` unless the LMS already has a status. */
  protected abstract _openAttempt(): void;
  /** Writes progress beyond the location (SCORM 2004's progress measure). */
  protected abstract _progress(detail: ProgressedDetail): void;
  /** Writes one interaction after its id. */
  protected abstract _writeInteraction(at: string, detail: SinkAnswer): void;
  /** Writes score and status; returns the outcome for the objectives. */
  protected abstract _complete(detail: CompletedDetail): Outcome;
  protected abstract _writeObjective(at: string, outcome: Outcome): void;
  protected abstract _sessionTime(ms: number): string;

  /** The LMS's mastery score as 0–1, or undefined. `element` holds 0–100 (1.2) or 0–1 (2004). */
  protected _mastery(element: string, scale: number): number | undefined {
    const text = this._conn.get(element);
    const value = Number(text);
    return text !== '' && Number.isFinite(value) ? value / scale : undefined;
  }

  /** The question of an activity, for descriptions (lesson content, never learner text). */
  protected _question(activityId: string): string | undefined {
    return this._lesson.activities?.[activityId]?.question;
  }

  private _suspend(state: LearnerState): void {
    this._conn.set('cmi.suspend_data', this.codec.encode(state, this._suspendLimit));
  }

  /** Names objectives after the lesson's kerndoelen, reusing ones the LMS has from the manifest. */
  private _setUpObjectives(): void {
    const count = this._conn.get('cmi.objectives._count');
    if (count === '' || !Number.isFinite(Number(count))) return;
    const objectives = new Map<string, number>();
    try {
      let next = Number(count);
      const known = new Map<string, number>();
      for (let i = 0; i < next; i++) known.set(this._conn.get(`cmi.objectives.${i}.id`), i);
      for (const kerndoel of this._lesson.kerndoelen) {
        const id = asciiId(kerndoel);
        let index = known.get(id);
        if (index === undefined) {
          index = next++;
          this._conn.set(`cmi.objectives.${index}.id`, id);
        }
        objectives.set(id, index);
      }
    } catch {
      return; // the LMS does not keep objectives after all: the lesson's status still says it all
    }
    this._objectives = objectives;
  }
}

/** The result of an interaction in SCORM terms. */
export function interactionResult(detail: SinkAnswer, wrong: 'wrong' | 'incorrect'): string {
  return detail.correct === null ? 'neutral' : detail.correct ? 'correct' : wrong;
}

/** The lesson score as 0–1, or undefined without scored questions. */
export function scaledScore(detail: CompletedDetail): number | undefined {
  if (!detail.score) return undefined;
  return detail.score.max > 0 ? Math.min(1, Math.max(0, detail.score.raw / detail.score.max)) : 1;
}
