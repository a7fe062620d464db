import {emptyLearnerState} from '@upstander/schema/events';
import type {CompletedDetail, LearnerState, ProgressedDetail} from '@upstander/schema';
import type {AnswerEvent, SinkAnswer} from './answers.js';
import {STRICT_POLICY, screen} from './privacy.js';
import type {PrivacyPolicy} from './privacy.js';
import type {SaveReason, Sink} from './sink.js';

/** The part of the Web Storage API the tracker uses (localStorage, or a stand-in). */
export type KeyValueStore = Pick<Storage, 'getItem' | 'setItem' | 'removeItem'>;

export interface TrackerOptions {
  /** Told whether saving works, so the page can show (or clear) a message to the learner. */
  onSaveStatus?: (ok: boolean) => void;
  /** Waits before each retry of a failed save, in ms; the last one repeats. */
  retryDelays?: number[];
  /** Failed attempts in a row before the learner is told (one blip is not worth a message). */
  failAfter?: number;
  /** Commit what is pending at least this often, in ms. */
  autosaveMs?: number;
  /** What may leave the device (see privacy.ts). Default: ids only, nothing anonymous or local. */
  policy?: PrivacyPolicy;
  /** The lesson id, to name this lesson's records in `storage`. */
  lessonId?: string;
  /**
   * Browser storage for what stays on the device: answers the policy keeps local, and a journal of
   * events the LMS has not confirmed yet (replayed on the next launch). Default: none.
   */
  storage?: KeyValueStore;
}

/** One event on its way to the sink, as kept in the journal. */
type Entry =
  | {type: 'progressed'; detail: ProgressedDetail}
  | {type: 'answered'; detail: SinkAnswer}
  | {type: 'completed'; detail: CompletedDetail};

/** What stays on the device: answers sinks never receive, with any free text. */
export interface PrivateAnswer {
  response: string[];
  text?: Record<string, string>;
}

const JOURNAL_VERSION = 1;

/**
 * Receives the components' domain events, keeps the learner state, screens every answer with the
 * privacy policy, and writes what may leave the device to a sink.
 *
 * Writes (SetValue, enqueue) happen at once; commits happen when the status changes, on a timer
 * and when the page is hidden, never on unload. A write or commit the sink refuses is kept — in
 * memory and, when the sink names the learner, in a journal in browser storage — and tried again
 * with back-off, so nothing the learner did is lost while the LMS recovers, even across a reload.
 */
export class Tracker {
  /** The resume state sinks store (no private answers). */
  state: LearnerState = emptyLearnerState();
  private readonly _sink: Sink;
  private readonly _options: Required<Omit<TrackerOptions, 'storage' | 'lessonId'>>;
  private readonly _storage: KeyValueStore | undefined;
  private readonly _lessonId: string;
  /** Written to the sink, not yet committed. */
  private _unsaved: Entry[] = [];
  /** Not yet written to the sink. */
  private _pending: Entry[] = [];
  private _dirty = false;
  private _syncFailing = false;
  private _asyncFailing = false;
  private _reported = true;
  private _retry?: ReturnType<typeof setTimeout>;
  private _attempt = 0;
  private _learnerKey: string | undefined;
  private _private: Record<string, PrivateAnswer> = {};
  private _finished = false;

  constructor(sink: Sink, options: TrackerOptions = {}) {
    this._sink = sink;
    this._storage = options.storage;
    this._lessonId = options.lessonId ?? 'lesson';
    this._options = {
      onSaveStatus: () => {},
      retryDelays: [1000, 3000, 10000, 30000],
      failAfter: 2,
      autosaveMs: 10000,
      policy: STRICT_POLICY,
      ...Object.fromEntries(Object.entries(options).filter(([, v]) => v !== undefined)),
    } as Required<Omit<TrackerOptions, 'storage' | 'lessonId'>>;
    sink.onHealth?.((ok) => {
      this._asyncFailing = !ok;
      this._report();
    });
  }

  /** The sink's kind: where progress goes. */
  get sinkKind(): Sink['kind'] {
    return this._sink.kind;
  }

  /**
   * Opens the sink's session. Returns the state to resume: what the sink saved, plus events of an
   * earlier visit the LMS never confirmed (replayed now), plus the answers kept on this device.
   */
  async start(): Promise<LearnerState | undefined> {
    const saved = await this._sink.start();
    if (saved) this.state = saved;
    this._learnerKey = this._sink.learnerKey?.();
    this._private = this._load<Record<string, PrivateAnswer>>(this._privateKey()) ?? {};
    const journal = this._load<{v: number; entries: Entry[]}>(this._journalKey());
    const replay = journal?.v === JOURNAL_VERSION && Array.isArray(journal.entries) ? journal.entries : [];
    for (const entry of replay) this.state = reduce(this.state, entry);
    this._pending = replay;
    this._dirty = true;
    this.flush('status');
    const resume = this.resumeState();
    return saved || replay.length > 0 || Object.keys(this._private).length > 0 ? resume : undefined;
  }

  /** The state to hand to `<up-lesson>`: the stored state with the answers and texts kept on this device. */
  resumeState(): LearnerState {
    const answers = {...this.state.answers};
    const texts: Record<string, Record<string, string>> = {};
    for (const [id, answer] of Object.entries(this._private)) {
      answers[id] ??= [...answer.response];
      if (answer.text) texts[id] = {...answer.text};
    }
    return {...this.state, answers, ...(Object.keys(texts).length > 0 ? {texts} : {})};
  }

  /** Answers (and free text) kept on this device only, by activity id. */
  privateAnswers(): Readonly<Record<string, PrivateAnswer>> {
    return this._private;
  }

  progressed(detail: ProgressedDetail): void {
    this._write({type: 'progressed', detail}, false);
  }

  /** Screens the answer with the privacy policy; the sink receives only what may leave the device. */
  answered(answer: AnswerEvent): void {
    const {forSinks, privateOnly} = screen(answer, this._options.policy);
    const keepLocal = privateOnly || answer.text !== undefined || !forSinks;
    if (keepLocal) {
      this._private = {...this._private, [answer.activityId]: {response: [...answer.response], ...(answer.text ? {text: {...answer.text}} : {})}};
      this._store(this._privateKey(), this._private);
    }
    if (forSinks) this._write({type: 'answered', detail: forSinks}, false);
  }

  completed(detail: CompletedDetail): void {
    this._write({type: 'completed', detail}, true);
  }

  /** Writes everything pending and commits. Returns true when the sink accepted all of it. */
  flush(reason: SaveReason = 'timer'): boolean {
    if (!this._dirty && this._pending.length === 0) return true;
    while (this._pending.length > 0) {
      const entry = this._pending[0]!;
      try {
        write(this._sink, entry, this.state);
      } catch {
        return this._failed();
      }
      this._unsaved.push(this._pending.shift()!);
    }
    let ok = false;
    try {
      ok = this._sink.save(this.state, reason);
    } catch {
      ok = false;
    }
    if (!ok) return this._failed();
    this._unsaved = [];
    this._dirty = false;
    this._attempt = 0;
    clearTimeout(this._retry);
    this._retry = undefined;
    this._persistJournal();
    if (this._syncFailing) {
      this._syncFailing = false;
      this._report();
    }
    return true;
  }

  /** The page is going away: flush, then let the sink close (a reload may follow). Once. */
  finish(): void {
    this._end((state) => this._sink.finish(state));
  }

  /**
   * The learner left for good (the player's exit, an `up-exit` event): flush, then end the sink's
   * session (cmi5: `terminated`). Once; a later `finish` does nothing.
   */
  exit(): void {
    this._end((state) => (this._sink.exit ? this._sink.exit(state) : this._sink.finish(state)));
  }

  private _end(close: (state: LearnerState) => void): void {
    if (this._finished) return;
    this._finished = true;
    clearTimeout(this._retry);
    this.flush('finish');
    try {
      close(this.state);
    } catch {
      // The page is going away; the journal keeps what the LMS did not confirm.
    }
  }

  /**
   * Listens for the domain events on `target` (and `up-exit`: the learner leaves for good), for the
   * page being hidden (commit, and send what is queued with keepalive) and for `pagehide` (close the
   * page's part unless the page is kept in the back/forward cache: a reload may follow), and commits
   * on a timer. Returns a function that stops listening.
   */
  connect(target: EventTarget, win: Window): () => void {
    const hidden = () => {
      this.flush('hidden');
      this._sink.flushOnHide?.();
    };
    const listeners: [EventTarget, string, EventListener][] = [
      [target, 'up-progressed', (e) => this.progressed((e as CustomEvent<ProgressedDetail>).detail)],
      [target, 'up-answered', (e) => this.answered((e as CustomEvent<AnswerEvent>).detail)],
      [target, 'up-completed', (e) => this.completed((e as CustomEvent<CompletedDetail>).detail)],
      [target, 'up-exit', () => this.exit()],
      // Hidden is the last moment a page can count on; unload is never relied upon.
      [win.document, 'visibilitychange', () => win.document.visibilityState === 'hidden' && hidden()],
      [win, 'pagehide', (e) => ((e as PageTransitionEvent).persisted ? hidden() : this.finish())],
    ];
    for (const [on, type, listener] of listeners) on.addEventListener(type, listener);
    const timer = setInterval(() => this._dirty && this.flush('timer'), this._options.autosaveMs);
    return () => {
      clearInterval(timer);
      for (const [on, type, listener] of listeners) on.removeEventListener(type, listener);
    };
  }

  private _write(entry: Entry, commitNow: boolean): void {
    this.state = reduce(this.state, entry);
    this._pending.push(entry);
    this._dirty = true;
    this._persistJournal();
    if (commitNow) {
      this.flush('status');
      return;
    }
    // Write at once (cheap, in the LMS's memory); the commit waits for the timer or hidden.
    while (this._pending.length > 0 && this._retry === undefined) {
      const next = this._pending[0]!;
      try {
        write(this._sink, next, this.state);
      } catch {
        this._failed();
        return;
      }
      this._unsaved.push(this._pending.shift()!);
    }
  }

  private _failed(): false {
    // The LMS may have lost everything since its last commit (its session died, or a new API
    // object took its place): write all of it again on the retry. Writes are idempotent (the same
    // interaction slot, the same values).
    this._pending = [...this._unsaved, ...this._pending];
    this._unsaved = [];
    const delays = this._options.retryDelays;
    if (this._attempt + 1 >= this._options.failAfter && !this._syncFailing) {
      this._syncFailing = true;
      this._report();
    }
    clearTimeout(this._retry);
    const delay = delays[Math.min(this._attempt, delays.length - 1)] ?? 1000;
    this._attempt++;
    this._retry = setTimeout(() => {
      this._retry = undefined;
      this.flush('retry');
    }, delay);
    return false;
  }

  private _report(): void {
    const ok = !this._syncFailing && !this._asyncFailing;
    if (ok === this._reported) return;
    this._reported = ok;
    this._options.onSaveStatus(ok);
  }

  private _persistJournal(): void {
    const entries = [...this._unsaved, ...this._pending];
    if (entries.length === 0) this._remove(this._journalKey());
    else this._store(this._journalKey(), {v: JOURNAL_VERSION, entries});
  }

  private _journalKey(): string | undefined {
    return this._learnerKey ? `upstander:${this._lessonId}:journal:${this._learnerKey}` : undefined;
  }

  private _privateKey(): string {
    return `upstander:${this._lessonId}:private:${this._learnerKey ?? 'device'}`;
  }

  private _load<T>(key: string | undefined): T | undefined {
    if (!key || !this._storage) return undefined;
    try {
      const text = this._storage.getItem(key);
      return text ? (JSON.parse(text) as T) : undefined;
    } catch {
      return undefined;
    }
  }

  private _store(key: string | undefined, value: unknown): void {
    if (!key || !this._storage) return;
    try {
      this._storage.setItem(key, JSON.stringify(value));
    } catch {
      // Storage full or blocked: the in-memory copy still retries.
    }
  }

  private _remove(key: string | undefined): void {
    if (!key || !this._storage) return;
    try {
      this._storage.removeItem(key);
    } catch {
      // ignore
    }
  }
}

/** The learner state after one event. Pure. */
function reduce(state: LearnerState, entry: Entry): LearnerState {
  switch (entry.type) {
    case 'progressed':
      return {...state, step: entry.detail.stepIndex};
    case 'answered':
      // Anonymous answers never enter the state an LMS stores; free-text answers have no ids to keep.
      if (entry.detail.anonymous || entry.detail.response.length === 0) return state;
      return {...state, answers: {...state.answers, [entry.detail.activityId]: [...entry.detail.response]}};
    case 'completed':
      return {...state, completed: true};
  }
}

function write(sink: Sink, entry: Entry, state: LearnerState): void {
  switch (entry.type) {
    case 'progressed':
      return sink.progressed(entry.detail, state);
    case 'answered':
      return sink.answered(entry.detail, state);
    case 'completed':
      return sink.completed(entry.detail, state);
  }
}
