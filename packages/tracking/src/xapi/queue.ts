/**
 * A durable statement queue for an LRS: statements (with ids made on the client) are kept in
 * browser storage until the LRS has them, sent in batches in order, retried with back-off, and
 * flushed with `keepalive` when the page is hidden. A statement is never in flight twice: the
 * running send and the page-hide send take disjoint statements, and a reloaded page waits for what
 * the previous page still had in flight (an LRS's id check and insert need not be atomic: ADL on
 * PostgreSQL stores two concurrent POSTs of one id twice). A retry after a lost answer is safe: the
 * LRS answers 409 for an id it holds, and a batch it answers 409 is re-sent one by one with PUT,
 * where 409 means "I have this id". The state document is written with xAPI concurrency control
 * (If-Match with the ETag last seen, If-None-Match: * for a new one; 409/412: read again, a few
 * times, then give up on that write). Plain fetch, so it works the same in the browser and in Node.
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
  /**
   * After a statement request got no answer (network error, timeout, aborted as the page went), how
   * long its statements are not sent again: the LRS may still be writing them, and ADL stores two
   * overlapping POSTs of one id twice. Its writes took up to 2.5 s on a busy machine.
   */
  settleMs?: number;
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
  /** Ids sent and not yet answered, with when (ms): a reloaded page waits for them. */
  sending?: Record<string, number>;
  /** The state document's ETag (see StatementQueue._etag), kept for a reloaded page. */
  etag?: string | null;
}

/** Conflicting state writes (409/412) in a row before that write is given up. */
const MAX_STATE_CONFLICTS = 3;

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
  /** The send asked for while one was running. */
  private _again?: Promise<boolean>;
  private _timer?: ReturnType<typeof setTimeout>;
  private _attempt = 0;
  private _healthy = true;
  private _closed = false;
  /** Statement ids this page has in flight. */
  private readonly _inflight = new Set<string>();
  /** Keepalive bytes this page has in flight (browsers allow 64 KiB). */
  private _keepaliveBytes = 0;
  private _stateConflicts = 0;
  private _stateBusy = false;

  /** The state document's ETag: a string, null when the LRS has none, undefined when unknown. */
  private get _etag(): string | null | undefined {
    return this._data.etag;
  }

  private set _etag(etag: string | null | undefined) {
    if (etag === undefined) delete this._data.etag;
    else this._data.etag = etag;
  }
  constructor(options: QueueOptions) {
    this._o = {
      version: '1.0.3',
      batchSize: 25,
      retryDelays: [500, 1000, 2000, 5000, 10000, 30000],
      jitter: 0.2,
      timeoutMs: 10000,
      settleMs: 5000,
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

  /**
   * Sends everything now (restarting back-off). Resolves true when the queue is empty. Asked while a
   * send runs, it sends again once that one ends: the running one may have passed new statements by,
   * and the wait it set (a timer) must not be cancelled without a run that sets its own.
   */
  flush(): Promise<boolean> {
    if (this._closed) return Promise.resolve(false);
    if (this._running) {
      this._again ??= this._running.then(() => {
        this._again = undefined;
        return this.flush();
      });
      return this._again;
    }
    clearTimeout(this._timer);
    this._timer = undefined;
    this._running = this._run().finally(() => {
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
    for (const s of this._sendable()) {
      const size = JSON.stringify(s).length + 1;
      if (this._keepaliveBytes + bytes + size > KEEPALIVE_BYTES) break;
      batch.push(s);
      bytes += size;
    }
    if (batch.length > 0) {
      void this._post(batch).then((outcome) => {
        if (outcome === 'ok') this._done(batch, 'sent');
        else if (!this._running) void this.flush();
      });
    }
    if (this._data.state) void this._putState();
  }

  /**
   * Reads the state document (GET) and remembers its ETag for the next write. Resolves with its
   * text, undefined when there is none (404); rejects when the LRS does not answer properly.
   */
  async readState(target: StateTarget): Promise<string | undefined> {
    const response = await this._send('GET', `activities/state?${stateQuery(target)}`, undefined, {});
    if (response.status === 404) {
      this._etag = null;
      return undefined;
    }
    if (response.status !== 200) throw new Error(`state read: ${response.status}`);
    this._etag = response.etag ?? (await contentTag(response.text));
    return response.text;
  }

  /** Stops timers (tests, or the sink closing for good). Nothing stored is dropped. */
  close(): void {
    this._closed = true;
    clearTimeout(this._timer);
  }

  /** Queued statements that are not in flight (here, or from a page before a reload). */
  private _sendable(): Statement[] {
    return this._data.statements.filter((s) => !this._inflight.has(s.id) && !this._data.sending?.[s.id]);
  }

  /** When what an earlier page had in flight has been answered or abandoned (ms), or 0. */
  private _earlierInFlightUntil(): number {
    const times = Object.entries(this._data.sending ?? {})
      .filter(([id]) => !this._inflight.has(id))
      .map(([, at]) => at);
    return times.length ? Math.max(...times) + this._o.timeoutMs : 0;
  }

  private async _run(): Promise<boolean> {
    // A reloaded page: what the page before had in flight may still reach the LRS. Wait for it to
    // land or be abandoned, then forget it (it is re-sent; 409 then means "delivered").
    const until = this._earlierInFlightUntil();
    if (until > Date.now()) {
      if (!this._closed) this._timer = setTimeout(() => void this.flush(), until - Date.now());
      return false;
    }
    if (until > 0) {
      for (const id of Object.keys(this._data.sending ?? {})) if (!this._inflight.has(id)) delete this._data.sending![id];
      this._save();
    }
    for (;;) {
      const head = this._data.statements[0];
      // The oldest statement is in flight (a page-hide send): wait for it rather than overtake it.
      if (head && this._inflight.has(head.id)) return this._retryLater(false);
      const batch = this._sendable().slice(0, this._o.batchSize);
      if (batch.length === 0) break;
      const outcome = await this._post(batch);
      if (outcome === 'ok') {
        this._done(batch, 'sent');
        continue;
      }
      if (outcome === 'retry' || !(await this._oneByOne(batch))) return this._retryLater();
    }
    if (this._data.state && !(await this._putState())) return this._retryLater();
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

  private async _post(batch: Statement[]): Promise<Outcome> {
    const status = await this._statementRequest(batch, 'POST', 'statements', JSON.stringify(batch));
    if (status >= 200 && status < 300) return 'ok';
    // 409: one of them is there already (or conflicts); 400/413: one is refused or it is too big.
    if (status === 409 || status === 400 || status === 413) return 'split';
    return 'retry';
  }

  /** PUT one statement: 'ok' stored, 'split' already there (409), 'reject' invalid, 'retry'. */
  private async _put(s: Statement): Promise<Outcome> {
    const status = await this._statementRequest([s], 'PUT', `statements?statementId=${encodeURIComponent(s.id)}`, JSON.stringify(s));
    if (status >= 200 && status < 300) return 'ok';
    if (status === 409) return 'split';
    if (status === 400 || status === 413) return 'reject';
    return 'retry';
  }

  /**
   * Sends statements, marking them in flight (here and in storage) until the LRS answers. Without an
   * answer they stay marked for `settleMs` from then (the LRS may still be writing them): neither this
   * page nor a reloaded one sends them again before (see _earlierInFlightUntil).
   */
  private async _statementRequest(batch: Statement[], method: string, path: string, body: string): Promise<number> {
    const sending = (this._data.sending ??= {});
    const now = Date.now();
    for (const s of batch) {
      this._inflight.add(s.id);
      sending[s.id] = now;
    }
    this._save();
    let status = 0;
    try {
      status = (await this._send(method, path, body, {})).status;
      return status;
    } finally {
      // A mark counts until its time + timeoutMs: an unanswered one, until now + settleMs.
      const settled = Date.now() + this._o.settleMs - this._o.timeoutMs;
      for (const s of batch) {
        this._inflight.delete(s.id);
        if (status === 0 && this._data.sending) this._data.sending[s.id] = settled;
        else delete this._data.sending?.[s.id];
      }
      this._save();
    }
  }

  /**
   * PUTs the state document with a precondition. True when done (written, refused as invalid, or
   * given up after repeated conflicts); false to retry later.
   */
  private async _putState(): Promise<boolean> {
    const state = this._data.state;
    if (!state || this._stateBusy) return !state;
    this._stateBusy = true;
    try {
      if (this._etag === undefined) {
        try {
          await this.readState(state.target);
        } catch {
          return false;
        }
      }
      const precondition: Record<string, string> = this._etag ? {'If-Match': this._etag} : {'If-None-Match': '*'};
      const response = await this._send('PUT', `activities/state?${stateQuery(state.target)}`, state.body, precondition);
      const {status} = response;
      if ((status >= 200 && status < 300) || status === 400) {
        // Written (or refused as invalid: it will not get better by sending it again). The LRS
        // need not say the new ETag; ADL's is the SHA-1 of the document, so expect that (a wrong
        // guess costs one 412 and a read), and the write on page hide needs no read first.
        this._etag = status === 400 ? undefined : (response.etag ?? (await contentTag(state.body)));
        this._stateConflicts = 0;
        if (this._data.state === state) {
          delete this._data.state;
          this._save();
        }
        return true;
      }
      if (status === 409 || status === 412) {
        // Someone else wrote it (another device or tab) or our ETag is stale: read again, write ours.
        this._etag = undefined;
        if (++this._stateConflicts < MAX_STATE_CONFLICTS) {
          this._stateBusy = false;
          return this._putState();
        }
        this._stateConflicts = 0;
        if (this._data.state === state) {
          delete this._data.state;
          this._save();
        }
        return true;
      }
      if (status !== 0) this._etag = undefined;
      return false;
    } finally {
      this._stateBusy = false;
    }
  }

  /**
   * One request; the HTTP status (0 for a network error or timeout) and the ETag. Sent with
   * `keepalive` while the browser's keepalive budget allows, so it outlives the page.
   */
  private async _send(method: string, path: string, body: string | undefined, headers: Record<string, string>): Promise<{status: number; etag?: string; text: string}> {
    const controller = new AbortController();
    const timer = setTimeout(() => controller.abort(), this._o.timeoutMs);
    // A request that does not settle even after the abort (seen against ADL under load: the queue
    // stalled behind it for good) is given up a second later all the same.
    let giveUp: ReturnType<typeof setTimeout> | undefined;
    const hung = new Promise<'hung'>((resolve) => {
      giveUp = setTimeout(() => resolve('hung'), this._o.timeoutMs + 1000);
    });
    const bytes = body?.length ?? 0;
    const keepalive = body !== undefined && this._keepaliveBytes + bytes <= KEEPALIVE_BYTES;
    if (keepalive) this._keepaliveBytes += bytes;
    try {
      const response = await Promise.race([this._fetch(`${this._o.endpoint}${path}`, {
        method,
        headers: {
          ...(this._o.auth ? {Authorization: this._o.auth} : {}),
          'X-Experience-API-Version': this._o.version,
          ...(body === undefined ? {} : {'Content-Type': 'application/json'}),
          ...headers,
        },
        ...(body === undefined ? {} : {body}),
        keepalive,
        credentials: 'omit',
        cache: 'no-store',
        referrerPolicy: 'no-referrer',
        signal: controller.signal,
      }), hung]);
      if (response === 'hung') return {status: 0, text: ''};
      const text = await Promise.race([response.text().catch(() => ''), hung]);
      if (text === 'hung') return {status: 0, text: ''};
      const etag = response.headers.get('ETag');
      return {status: response.status, text, ...(etag ? {etag} : {})};
    } catch {
      return {status: 0, text: ''};
    } finally {
      clearTimeout(timer);
      clearTimeout(giveUp);
      if (keepalive) this._keepaliveBytes -= bytes;
    }
  }

  private _done(batch: Statement[], counter: keyof QueueStats): void {
    const ids = new Set(batch.map((s) => s.id));
    const before = this._data.statements.length;
    this._data.statements = this._data.statements.filter((s) => !ids.has(s.id));
    this.stats[counter] += before - this._data.statements.length;
    this._save();
  }

  private _retryLater(failed = true): false {
    if (failed) {
      this.stats.failures++;
      this._attempt++;
    }
    if (this._attempt >= this._o.failAfter && this._healthy) {
      this._healthy = false;
      this._o.onHealth?.(false);
    }
    const delays = this._o.retryDelays;
    const base = delays[Math.max(0, Math.min(this._attempt - 1, delays.length - 1))] ?? 1000;
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
    if (this._data.sending && Object.keys(this._data.sending).length === 0) delete this._data.sending;
    const empty = this._data.statements.length === 0 && !this._data.state && !this._data.rejected?.length;
    if (empty) this._o.storage.removeItem(this._o.key);
    else this._o.storage.setItem(this._o.key, JSON.stringify(this._data));
  }
}

/** `"<SHA-1 hex of text>"`, the ETag ADL's LRS gives a document; undefined without Web Crypto. */
async function contentTag(text: string): Promise<string | undefined> {
  try {
    const digest = await crypto.subtle.digest('SHA-1', new TextEncoder().encode(text));
    return `"${[...new Uint8Array(digest)].map((b) => b.toString(16).padStart(2, '0')).join('')}"`;
  } catch {
    return undefined;
  }
}

function stateQuery(target: StateTarget): URLSearchParams {
  const query = new URLSearchParams({activityId: target.activityId, agent: JSON.stringify(target.agent), stateId: target.stateId});
  if (target.registration) query.set('registration', target.registration);
  return query;
}
