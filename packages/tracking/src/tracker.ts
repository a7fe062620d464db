import {emptyLearnerState} from '@upstander/schema/events';
import type {AnsweredDetail, CompletedDetail, LearnerState, ProgressedDetail} from '@upstander/schema';
import type {Sink} from './sink.js';

export interface TrackerOptions {
  /** Told whether saving works, so the page can show (or clear) a message to the learner. */
  onSaveStatus?: (ok: boolean) => void;
  /** Waits before each retry of a failed save, in ms. */
  retryDelays?: number[];
  /** Commit what is pending at least this often, in ms. */
  autosaveMs?: number;
}

type Write = () => void;

/**
 * Receives the components' domain events, keeps the learner state, and writes both to a sink.
 * A write the sink refuses is kept and tried again (with back-off, on a timer and when the page is
 * hidden), so nothing the learner did is lost while the LMS recovers.
 */
export class Tracker {
  state: LearnerState = emptyLearnerState();
  private readonly _sink: Sink;
  private readonly _options: Required<TrackerOptions>;
  private _pending: Write[] = [];
  private _dirty = false;
  private _failing = false;
  private _retry?: ReturnType<typeof setTimeout>;
  private _attempt = 0;

  constructor(sink: Sink, options: TrackerOptions = {}) {
    this._sink = sink;
    this._options = {onSaveStatus: () => {}, retryDelays: [1000, 3000, 10000], autosaveMs: 30000, ...options};
  }

  /** Opens the sink's session; returns the state to resume (also kept as `state`). */
  start(): LearnerState | undefined {
    const saved = this._sink.start();
    if (saved) this.state = saved;
    return saved;
  }

  progressed(detail: ProgressedDetail): void {
    this.state = {...this.state, step: detail.stepIndex};
    this._write(() => this._sink.progressed(detail, this.state));
  }

  answered(detail: AnsweredDetail): void {
    this.state = {...this.state, answers: {...this.state.answers, [detail.activityId]: detail.response}};
    this._write(() => this._sink.answered(detail, this.state));
  }

  completed(detail: CompletedDetail): void {
    this.state = {...this.state, completed: true};
    this._write(() => this._sink.completed(detail, this.state));
  }

  /** Writes everything pending and commits. Returns true when the sink accepted all of it. */
  flush(): boolean {
    if (!this._dirty && this._pending.length === 0) return true;
    while (this._pending.length > 0) {
      try {
        this._pending[0]!();
        this._pending.shift();
      } catch {
        return this._failed();
      }
    }
    if (!this._sink.save(this.state)) return this._failed();
    this._dirty = false;
    this._attempt = 0;
    if (this._failing) {
      this._failing = false;
      this._options.onSaveStatus(true);
    }
    return true;
  }

  /** Ends the session: flush, then let the sink close. */
  finish(): void {
    clearTimeout(this._retry);
    this.flush();
    this._sink.finish(this.state);
  }

  /**
   * Listens for the domain events on `target` and for the page being hidden or left in `win`, and
   * commits on a timer. Returns a function that stops listening.
   */
  connect(target: EventTarget, win: Window): () => void {
    const listeners: [EventTarget, string, EventListener][] = [
      [target, 'up-progressed', (e) => this.progressed((e as CustomEvent<ProgressedDetail>).detail)],
      [target, 'up-answered', (e) => this.answered((e as CustomEvent<AnsweredDetail>).detail)],
      [target, 'up-completed', (e) => this.completed((e as CustomEvent<CompletedDetail>).detail)],
      // Hidden is the last moment a page can count on; unload is never relied upon.
      [win.document, 'visibilitychange', () => win.document.visibilityState === 'hidden' && this.flush()],
      [win, 'pagehide', () => this.finish()],
    ];
    for (const [on, type, listener] of listeners) on.addEventListener(type, listener);
    const timer = setInterval(() => this.flush(), this._options.autosaveMs);
    return () => {
      clearInterval(timer);
      for (const [on, type, listener] of listeners) on.removeEventListener(type, listener);
    };
  }

  private _write(write: Write): void {
    this._pending.push(write);
    this._dirty = true;
    this.flush();
  }

  private _failed(): false {
    const delays = this._options.retryDelays;
    if (this._attempt >= delays.length && !this._failing) {
      this._failing = true;
      this._options.onSaveStatus(false);
    }
    clearTimeout(this._retry);
    const delay = delays[Math.min(this._attempt, delays.length - 1)] ?? 1000;
    this._attempt++;
    this._retry = setTimeout(() => this.flush(), delay);
    return false;
  }
}
