import type {CompletedDetail, LearnerState, ProgressedDetail} from '@upstander/schema';
import type {SinkAnswer} from '../answers.js';
import {hashKey} from '../scorm.js';
import type {LessonInfo, SaveReason, Sink} from '../sink.js';
import {LESSON_STATE} from '../state-codec.js';
import type {StateCodec} from '../state-codec.js';
import type {KeyValueStore} from '../tracker.js';
import {StatementQueue} from './queue.js';
import type {QueueOptions, StateTarget} from './queue.js';
import {DEFAULT_IRI_BASE} from '@upstander/schema/xapi';
import {answeredStatements, progressedStatement} from './vocabulary.js';
import type {Agent, Statement, StatementScope} from './vocabulary.js';

/** The state document id Upstander keeps its resume state under (xAPI State API). */
export const STATE_ID = 'https://w3id.org/xapi/upstander/state';

/** What the xAPI and cmi5 sinks need from the page. */
export interface LrsSinkOptions {
  /** Browser storage for the durable queue (localStorage). */
  storage: KeyValueStore;
  /** Queue settings (tests shorten the waits). */
  queue?: Partial<Omit<QueueOptions, 'endpoint' | 'auth' | 'storage' | 'key'>>;
  /** Base of Upstander's IRIs (default DEFAULT_IRI_BASE). */
  iriBase?: string;
  /** Statement ids (default crypto.randomUUID). */
  newId?: () => string;
  /** The window, to send again as soon as the browser is back online. */
  win?: Window;
  /** Longest wait for the LRS when reading the saved state at launch, in ms. */
  startTimeoutMs?: number;
}

/**
 * The resume state document: `{"v":1,"state":"u1;s3;c0;…","progressed":{"<lesson id>":3}}` (suspend.ts
 * encoding, or the codec's; `progressed`: the furthest step reported with `progressed`, per lesson).
 */
export function stateDocument(state: LearnerState, codec: StateCodec = LESSON_STATE, progressed: Record<string, number> = {}): string {
  return JSON.stringify({v: 1, state: codec.encode(state, Infinity), ...(Object.keys(progressed).length > 0 ? {progressed} : {})});
}

/** The furthest step reported per lesson, from a state document; undefined when it does not say. */
export function readProgressed(data: unknown): Record<string, number> | undefined {
  const doc = typeof data === 'string' ? safeParse(data) : data;
  const progressed = (doc as {progressed?: unknown} | undefined)?.progressed;
  if (!progressed || typeof progressed !== 'object') return undefined;
  return Object.fromEntries(Object.entries(progressed).filter((e): e is [string, number] => typeof e[1] === 'number'));
}

export function readStateDocument(data: unknown, codec: StateCodec = LESSON_STATE): LearnerState | undefined {
  const doc = typeof data === 'string' ? safeParse(data) : data;
  const state = (doc as {state?: unknown} | undefined)?.state;
  return typeof state === 'string' ? codec.decode(state) : undefined;
}

function safeParse(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    return undefined;
  }
}

/** Resolves with `promise`, or rejects after `ms`. */
export function within<T>(promise: Promise<T>, ms: number): Promise<T> {
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`no answer within ${ms} ms`)), ms);
    promise.then(
      (value) => {
        clearTimeout(timer);
        resolve(value);
      },
      (error: unknown) => {
        clearTimeout(timer);
        reject(error instanceof Error ? error : new Error(String(error)));
      },
    );
  });
}

/**
 * What the xAPI and cmi5 sinks share: statements from the vocabulary, one durable queue, the
 * resume state as a state document, health reports, and keepalive on hide.
 */
export abstract class LrsSink implements Sink {
  abstract readonly kind: 'xapi' | 'cmi5';
  protected readonly _lesson: LessonInfo;
  protected readonly _options: LrsSinkOptions;
  protected readonly _startedAt = Date.now();
  protected _queue?: StatementQueue;
  protected _scope?: StatementScope;
  private readonly _listeners: ((ok: boolean) => void)[] = [];
  private _stateTarget?: StateTarget;
  /** The furthest step of each lesson reported with `progressed` (kept in the state document). */
  private _progressedUpTo: Record<string, number> = {};
  /** How the resume state document holds the state: one lesson (default) or a track (track-state.ts). */
  codec: StateCodec = LESSON_STATE;

  constructor(lesson: LessonInfo, options: LrsSinkOptions) {
    this._lesson = lesson;
    this._options = options;
  }

  abstract start(): Promise<LearnerState | undefined>;

  progressed(detail: ProgressedDetail, _state: LearnerState): void {
    if (this._newProgress(detail)) this._send([this._decorate(progressedStatement(this._requireScope(), detail))]);
  }

  /**
   * True (and remembered) when `progressed` for this step is news: a step beyond the furthest one
   * reported of its lesson. A step shown again — on resume, after a reload, after "Vorige" — is not.
   */
  protected _newProgress(detail: ProgressedDetail): boolean {
    if (detail.stepIndex <= (this._progressedUpTo[detail.lessonId] ?? -1)) return false;
    this._progressedUpTo = {...this._progressedUpTo, [detail.lessonId]: detail.stepIndex};
    return true;
  }

  answered(detail: SinkAnswer, _state: LearnerState): void {
    const statements = this._answered(detail);
    if (statements.length > 0) this._send(statements.map((s) => this._decorate(s)));
  }

  abstract completed(detail: CompletedDetail, state: LearnerState): void;

  /** Keeps the resume state for the LRS (PUT after the statements) and sends. False when storage refuses. */
  save(state: LearnerState, _reason: SaveReason): boolean {
    if (!this._keepState(state)) return false;
    void this._queue?.flush();
    return true;
  }

  /** Stores the resume state document in the queue; false when storage refuses. */
  protected _keepState(state: LearnerState): boolean {
    try {
      if (this._stateTarget) this._queue?.setState(this._stateTarget, stateDocument(state, this.codec, this._progressedUpTo));
      return true;
    } catch {
      return false;
    }
  }

  abstract finish(state: LearnerState): void;

  flushOnHide(): void {
    this._queue?.flushKeepalive();
  }

  onHealth(listener: (ok: boolean) => void): void {
    this._listeners.push(listener);
  }

  /** Sends what is queued now; resolves true when the LRS has everything. For tests and diagnostics. */
  drain(): Promise<boolean> {
    return this._queue?.flush() ?? Promise.resolve(true);
  }

  /** The queue (for tests and diagnostics). */
  get queue(): StatementQueue | undefined {
    return this._queue;
  }

  /**
   * The answered statements of an answer: none for an anonymous one — on a launch that names the
   * learner nothing makes it unlinkable (same credentials, batch, registration and moment), so it
   * stays on the device (docs/privacy.md, docs/decisions/0009-cmi5-exit-and-reload.md).
   */
  protected _answered(detail: SinkAnswer): Statement[] {
    return detail.anonymous ? [] : answeredStatements(this._requireScope(), detail);
  }

  /** Adds what this launch requires to a statement Upstander built (cmi5: the context template). */
  protected _decorate(statement: Statement): Statement {
    return statement;
  }

  protected _newId(): string {
    return this._options.newId?.() ?? crypto.randomUUID();
  }

  protected _iriBase(): string {
    return this._options.iriBase ?? DEFAULT_IRI_BASE;
  }

  /** Opens the queue for this LRS, learner and lesson; statements queued by an earlier visit go first. */
  protected _openQueue(endpoint: string, auth: string, actor: Agent, target: StateTarget): void {
    this._stateTarget = target;
    const key = `upstander:xapi:${hashKey(endpoint)}:${hashKey(JSON.stringify(actor))}:${this._lesson.id}`;
    this._queue = new StatementQueue({
      ...this._options.queue,
      endpoint,
      auth,
      storage: this._options.storage,
      key,
      onHealth: (ok) => this._listeners.forEach((l) => l(ok)),
    });
    this._options.win?.addEventListener('online', () => void this._queue?.flush());
  }

  /**
   * The saved resume state: the unsent one (newer than the LRS's), else the LRS's state document
   * (read with plain GET and no extra parameters: a conformant LRS refuses unknown ones), else
   * undefined (none yet, or the LRS is away: start fresh, statements wait in the queue).
   */
  protected async _savedState(): Promise<LearnerState | undefined> {
    const unsent = this._queue?.pendingStateBody;
    if (unsent || !this._queue || !this._stateTarget) return unsent ? this._resumeFrom(unsent) : undefined;
    try {
      const text = await within(this._queue.readState(this._stateTarget), this._options.startTimeoutMs ?? 8000);
      return text === undefined ? undefined : this._resumeFrom(text);
    } catch {
      return undefined;
    }
  }

  /** The state in a state document, and the progress it says was reported (or, from an older document, its steps). */
  private _resumeFrom(text: string): LearnerState | undefined {
    const state = readStateDocument(text, this.codec);
    if (!state) return undefined;
    const lessons = (state as {lessons?: Record<string, {state: LearnerState}>}).lessons;
    const steps = lessons ? Object.fromEntries(Object.entries(lessons).map(([id, l]) => [id, l.state.step])) : {[this._lesson.id]: state.step};
    this._progressedUpTo = readProgressed(text) ?? steps;
    return state;
  }

  protected _send(statements: Statement[], now = true): void {
    if (!this._queue) throw new Error('The LRS session is not open.');
    this._queue.enqueue(statements, now);
  }

  learnerKey(): string | undefined {
    return this._scope ? `${this.kind}-${hashKey(JSON.stringify(this._scope.actor))}` : undefined;
  }

  protected _requireScope(): StatementScope {
    if (!this._scope) throw new Error('The LRS session is not open.');
    return this._scope;
  }
}
