/**
 * A durable statement queue for an LRS: statements (with ids made on the client) are kept in
 * browser storage until the LRS has them, sent in batches in order, retried with back-off, and
 * flushed with `keepalive` when the page is hidden. A retry never duplicates: the LRS keeps one
 * statement per id (a batch it answers 409 is re-sent one by one with PUT, where 409 means "I have
 * this id"). Plain fetch, so it works the same in the browser and in Node tests.
 */
import type {KeyValueStore} from '../tracker.js';
import type {Statement} from './vocabulary.js';

/** Where a state document goes (xAPI State API). */
export interface StateTarget {
  activityId: string;
  agent: object;
  registration?: string;
  stateId: string;
}

export interface QueueOptions {
  /** The LRS endpoint (with or without trailing slash). */
  endpoint: string;
  /** The Authorization header value (`Basic …`). */
  auth: string;
  /** Where the queue lives between page loads. */
  storage: KeyValueStore;
  /** The storage key (one queue per LRS, learner and lesson). */
  key: string;
  fetch?: typeof fetch;
  /** X-Experience-API-Version. */
  version?: string;
  /** Most statements in one POST. */
  batchSize?: number;
  /** Waits before retries, in ms; the last one repeats. */
  retryDelays?: number[];
  /** Random spread of each wait (0.2: ±20 %), so a classroom does not retry in step. */
  jitter?: number;
  /** A request that takes longer is abandoned and retried. */
  timeoutMs?: number;
  /** Consecutive failed attempts before `onHealth(false)`. */
  failAfter?: number;
  /** Told when delivery starts failing and when it works again. */
  onHealth?: (ok: boolean) => void;
  /** A statement the LRS refused as invalid (400); it is set aside, not retried. */
  onRejected?: (statement: Statement, status: number) => void;
}

interface Stored {
  v: 1;
  statements: Statement[];
  state?: {target: StateTarget; body: string};
  rejected?: Statement[];
}

type Outcome = 'ok' | 'split' | 'retry' | 'reject';

/** Browsers allow 64 KiB of keepalive bodies in flight; leave room for the state document. */
const KEEPALIVE_BYTES = 56_000;

/** Counts of what happened, for diagnostics and tests. */
export interface QueueStats {
  sent: number;
  duplicates: number;
  rejected: number;
  failures: number;
}

export class StatementQueue {
  readonly stats: QueueStats = {sent: 0, duplicates: 0, rejected: 0, failures: 0};
  private readonly _o: Required<Omit<QueueOptions, 'onHealth' | 'onRejected' | 'fetch'>> & Pick<QueueOptions, 'onHealth' | 'onRejected'>;
  private readonly _fetch: typeof fetch;
  private _data: Stored;
  private _running?: Promise<boolean>;
  private _timer?: ReturnType<typeof setTimeout>;
  private _attempt = 0;
  private _healthy = true;
  private _closed = false;

  constructor(options: QueueOptions) {
    this._o = {
      version: '1.0.3',
      batchSize: 25,
      retryDelays: [500, 1000, 2000, 5000, 10000, 30000],
      jitter: 0.2,
      timeoutMs: 10000,
      failAfter: 3,
      ...options,
      endpoint: options.endpoint.endsWith('/') ? options.endpoint : `${options.endpoint}/`,
    };
    this._fetch = options.fetch ?? ((...args) => fetch(...args));
    this._data = this._load();
  }

  /** Statements waiting for the LRS. */
  get pending(): readonly Statement[] {
    return this._data.statements;
  }

  /** The state document waiting to be PUT (it is newer than what the LRS has). */
  get pendingStateBody(): string | undefined {
    return this._data.state?.body;
  }

  /** Statements the LRS refused as invalid, kept aside. */
  get rejected(): readonly Statement[] {
    return this._data.rejected ?? [];
  }

  /**
   * Adds statements (in order) and, unless `send` is false (the page is closing: keepalive sends
   * them), starts sending. Throws only when storage refuses (full).
   */
  enqueue(statements: Statement[], send = true): void {
    for (const s of statements) if (!s.id) throw new Error('A statement needs an id before it is queued.');
    this._data.statements = [...this._data.statements, ...statements];
    this._save();
    if (send) void this.flush();
  }

  /** Keeps the latest state document; it is PUT after the statements before it are delivered. */
  setState(target: StateTarget, body: string): void {
    this._data.state = {target, body};
    this._save();
  }

  /** Sends everything now (restarting back-off). Resolves true when the queue is empty. */
  flush(): Promise<boolean> {
    if (this._closed) return Promise.resolve(false);
    clearTimeout(this._timer);
    this._timer = undefined;
    this._running ??= this._run().finally(() => {
      this._running = undefined;
    });
    return this._running;
  }

  /**
   * The page is being hidden: send what is queued with `keepalive`, so the request outlives the
   * page. Statements stay queued until a response confirms them (a repeat is harmless: same ids).
   */
  flushKeepalive(): void {
    const batch: Statement[] = [];
    let bytes = 2;
    for (const s of this._data.statements) {
      const size = JSON.stringify(s).length + 1;
      if (bytes + size > KEEPALIVE_BYTES) break;
      batch.push(s);
      bytes += size;
    }
    if (batch.length > 0) void this._post(batch, true).then((outcome) => outcome === 'ok' && this._done(batch, 'sent'));
    if (this._data.state) void this._putState(true);
  }

  /** Stops timers (tests, or the sink closing for good). Nothing stored is dropped. */
  close(): void {
    this._closed = true;
    clearTimeout(this._timer);
  }

  private async _run(): Promise<boolean> {
    for (;;) {
      const batch = this._data.statements.slice(0, this._o.batchSize);
      if (batch.length === 0) break;
      const outcome = await this._post(batch, false);
      if (outcome === 'ok') {
        this._done(batch, 'sent');
        continue;
      }
      if (outcome === 'retry' || !(await this._oneByOne(batch))) return this._retryLater();
    }
    if (this._data.state && !(await this._putState(false))) return this._retryLater();
    this._succeeded();
    return true;
  }

  /** Sends a batch the LRS refused as a whole one statement at a time, with PUT. */
  private async _oneByOne(batch: Statement[]): Promise<boolean> {
    for (const s of batch) {
      const outcome = await this._put(s);
      if (outcome === 'retry') return false;
      if (outcome === 'reject') {
        this._data.rejected = [...(this._data.rejected ?? []), s];
        this._done([s], 'rejected');
        this._o.onRejected?.(s, 400);
      } else {
        this._done([s], outcome === 'split' ? 'duplicates' : 'sent');
      }
    }
    return true;
  }

  private async _post(batch: Statement[], keepalive: boolean): Promise<Outcome> {
    const status = await this._request('POST', 'statements', JSON.stringify(batch), keepalive);
    if (status >= 200 && status < 300) return 'ok';
    // 409: one of them is there already (or conflicts); 400/413: one is refused or it is too big.
    if (status === 409 || status === 400 || status === 413) return 'split';
    return 'retry';
  }

  /** PUT one statement: 'ok' stored, 'split' already there (409), 'reject' invalid, 'retry'. */
  private async _put(s: Statement): Promise<Outcome> {
    const status = await this._request('PUT', `statements?statementId=${encodeURIComponent(s.id)}`, JSON.stringify(s), false);
    if (status >= 200 && status < 300) return 'ok';
    if (status === 409) return 'split';
    if (status === 400 || status === 413) return 'reject';
    return 'retry';
  }

  private async _putState(keepalive: boolean): Promise<boolean> {
    const state = this._data.state;
    if (!state) return true;
    const {target} = state;
    const query = new URLSearchParams({activityId: target.activityId, agent: JSON.stringify(target.agent), stateId: target.stateId});
    if (target.registration) query.set('registration', target.registration);
    const status = await this._request('PUT', `activities/state?${query}`, state.body, keepalive);
    if (status >= 200 && status < 300) {
      if (this._data.state === state) {
        delete this._data.state;
        this._save();
      }
      return true;
    }
    return status === 400; // a refused document will not get better by sending it again
  }

  /** One request; the HTTP status, or 0 for a network error or timeout. */
  private async _request(method: string, path: string, body: string, keepalive: boolean): Promise<number> {
    const controller = new AbortController();
    const timer = keepalive ? undefined : setTimeout(() => controller.abort(), this._o.timeoutMs);
    try {
      const response = await this._fetch(`${this._o.endpoint}${path}`, {
        method,
        headers: {
          ...(this._o.auth ? {Authorization: this._o.auth} : {}),
          'X-Experience-API-Version': this._o.version,
          'Content-Type': 'application/json',
        },
        body,
        keepalive,
        credentials: 'omit',
        cache: 'no-store',
        referrerPolicy: 'no-referrer',
        ...(keepalive ? {} : {signal: controller.signal}),
      });
      // Drain the body so the connection can be reused; its content does not matter here.
      await response.text().catch(() => '');
      return response.status;
    } catch {
      return 0;
    } finally {
      clearTimeout(timer);
    }
  }

  private _done(batch: Statement[], counter: keyof QueueStats): void {
    const ids = new Set(batch.map((s) => s.id));
    const before = this._data.statements.length;
    this._data.statements = this._data.statements.filter((s) => !ids.has(s.id));
    this.stats[counter] += before - this._data.statements.length;
    this._save();
  }

  private _retryLater(): false {
    this.stats.failures++;
    this._attempt++;
    if (this._attempt >= this._o.failAfter && this._healthy) {
      this._healthy = false;
      this._o.onHealth?.(false);
    }
    const delays = this._o.retryDelays;
    const base = delays[Math.min(this._attempt - 1, delays.length - 1)] ?? 1000;
    const delay = base * (1 + this._o.jitter * (Math.random() * 2 - 1));
    if (!this._closed) {
      this._timer = setTimeout(() => {
        this._timer = undefined;
        void this.flush();
      }, delay);
    }
    return false;
  }

  private _succeeded(): void {
    this._attempt = 0;
    if (!this._healthy) {
      this._healthy = true;
      this._o.onHealth?.(true);
    }
  }

  private _load(): Stored {
    try {
      const text = this._o.storage.getItem(this._o.key);
      const data = text ? (JSON.parse(text) as Stored) : undefined;
      if (data?.v === 1 && Array.isArray(data.statements)) return data;
    } catch {
      // unreadable: start empty
    }
    return {v: 1, statements: []};
  }

  private _save(): void {
    const empty = this._data.statements.length === 0 && !this._data.state && !this._data.rejected?.length;
    if (empty) this._o.storage.removeItem(this._o.key);
    else this._o.storage.setItem(this._o.key, JSON.stringify(this._data));
  }
}
