/**
 * What the SCORM 1.2 and SCORM 2004 sinks share: API discovery, one checked call at a time (the
 * error code is read after every call), reconnecting when the LMS's API vanished and came back,
 * and the flow of a session (scorm-sink.ts). Each version only maps elements and value formats.
 */

/** The run-time calls of one SCORM version, bound to an API object. */
export interface ScormCalls {
  initialize(): string;
  terminate(): string;
  getValue(element: string): string;
  setValue(element: string, value: string): string;
  commit(): string;
  getLastError(): string;
  getErrorString(code: string): string;
}

/** How a SCORM version names things: used by ScormConnection and the shared sink. */
export interface ScormDialect<Api> {
  /** The window property the LMS puts its API in: `API` (1.2) or `API_1484_11` (2004). */
  apiName: string;
  /** True when `candidate` looks like this version's API. */
  isApi(candidate: unknown): candidate is Api;
  calls(api: Api): ScormCalls;
  /** Error codes of GetValue that mean "no value here" rather than a failure. */
  emptyOnGet: ReadonlySet<string>;
  /**
   * Error codes of SetValue that mean "this value is refused" (its format, range, or a read-only
   * element): writing it again can never succeed, so the connection logs it and skips it.
   */
  refused: ReadonlySet<string>;
  /** Error codes that mean the LMS session is gone (not initialized, or terminated). */
  sessionLost: ReadonlySet<string>;
}

function apiIn<Api>(win: Window, dialect: ScormDialect<Api>): Api | undefined {
  try {
    const api = (win as unknown as Record<string, unknown>)[dialect.apiName];
    return dialect.isApi(api) ? api : undefined;
  } catch {
    return undefined; // a cross-origin frame: not ours to read
  }
}

/**
 * Finds the LMS's API the way the SCORM run-time environments describe: this window, then up
 * through its parents (at most 7 levels, as ADL's reference script), then the opener and the
 * opener's parents.
 */
export function findApi<Api>(win: Window, dialect: ScormDialect<Api>): Api | undefined {
  const climb = (start: Window | null | undefined): Api | undefined => {
    let current = start;
    for (let depth = 0; current && depth <= 7; depth++) {
      const api = apiIn(current, dialect);
      if (api) return api;
      let parent: Window | null;
      try {
        parent = current.parent;
      } catch {
        break;
      }
      if (!parent || parent === current) break;
      current = parent;
    }
    return undefined;
  };
  let opener: Window | null = null;
  try {
    opener = win.opener as Window | null;
  } catch {
    opener = null;
  }
  return climb(win) ?? climb(opener);
}

/** An LMS call that failed: the API returned false, threw, or reported an error code. */
export class ScormError extends Error {
  readonly code: string;
  constructor(call: string, code: string, detail: string) {
    super(`${call} failed (${code}${detail ? `: ${detail}` : ''})`);
    this.code = code;
  }
}

/**
 * One LMS session. Every call is checked (a "false" result or a non-zero error code throws
 * ScormError). When a call throws or the LMS says the session is gone, the connection marks itself
 * lost; the next call looks for the API again, initializes it and writes back every value set
 * before (status, score, location, objectives…), so the LMS ends with the full state.
 */
export class ScormConnection<Api> {
  private readonly _dialect: ScormDialect<Api>;
  private readonly _find: () => Api | undefined;
  private _api: Api;
  private _calls: ScormCalls;
  /** A call threw or the LMS said the session is gone: look again before the next call. */
  private _lost = false;
  /** The LMS said the session is not open: Initialize again before the next call. */
  private _needsInit = false;
  private _open = false;
  /** Values set on elements that describe the attempt (not interactions), to write back after a reconnect. */
  private readonly _sticky = new Map<string, string>();

  /** Called after the connection initialized a new session (a new API object, or a reset LMS). */
  onReconnect?: () => void;

  constructor(api: Api, dialect: ScormDialect<Api>, find: () => Api | undefined = () => undefined) {
    this._dialect = dialect;
    this._api = api;
    this._calls = dialect.calls(api);
    this._find = find;
  }

  initialize(): void {
    this._check('Initialize', () => this._calls.initialize());
    this._open = true;
  }

  terminate(): void {
    if (!this._open) return;
    this._open = false;
    this._check('Terminate', () => this._calls.terminate());
  }

  commit(): void {
    this._reconnect();
    this._check('Commit', () => this._calls.commit());
  }

  /** Reads an element; an element the LMS does not keep reads as "". */
  get(element: string): string {
    this._reconnect();
    return this._check(`GetValue(${element})`, () => this._calls.getValue(element), true);
  }

  /**
   * Sets an element. `sticky`: remember it to write back after a reconnect (default: not
   * interactions). A value the LMS refuses (its format, its range: Moodle's 406) is logged and
   * skipped, not thrown: retrying it can never succeed, and it must not hold up the values after it
   * (status, score, location, exit). Returns false when it was refused.
   */
  set(element: string, value: string, sticky = !element.startsWith('cmi.interactions.')): boolean {
    this._reconnect();
    try {
      this._check(`SetValue(${element})`, () => this._calls.setValue(element, value));
    } catch (error) {
      if (!(error instanceof ScormError) || !this._dialect.refused.has(error.code)) throw error;
      console.warn(`Upstander: the LMS refused ${element} = ${JSON.stringify(value.slice(0, 200))} (${error.message}); skipped.`);
      this.refused.push({element, code: error.code});
      return false;
    }
    if (sticky) this._sticky.set(element, value);
    return true;
  }

  /** The values the LMS refused in this session (element and error code), in order. */
  readonly refused: {element: string; code: string}[] = [];

  /**
   * After a lost session: look for the API again. A new API object (the LMS frame was rebuilt), or
   * an LMS that said the session is not open, is initialized and given back every value set before.
   * The same object that only threw for a while is simply used again.
   */
  private _reconnect(): void {
    if (!this._lost) return;
    const found = this._find();
    const fresh = found !== undefined && found !== this._api;
    if (fresh) {
      this._api = found;
      this._calls = this._dialect.calls(found);
    }
    this._lost = false;
    if (!fresh && !this._needsInit) return;
    try {
      this._check('Initialize', () => this._calls.initialize());
      this._needsInit = false;
      for (const [element, value] of this._sticky) {
        this._check(`SetValue(${element})`, () => this._calls.setValue(element, value));
      }
      this.onReconnect?.();
    } catch (error) {
      this._lost = true;
      throw error;
    }
  }

  private _check(name: string, call: () => string, isGet = false): string {
    let result: string;
    try {
      result = String(call());
    } catch (error) {
      this._lost = this._open;
      throw new ScormError(name, '101', error instanceof Error ? error.message : String(error));
    }
    let code: string;
    try {
      code = String(this._calls.getLastError());
    } catch (error) {
      this._lost = this._open;
      throw new ScormError(name, '101', error instanceof Error ? error.message : String(error));
    }
    if (code === '0' || code === '') {
      if (result === 'false' && !isGet) throw new ScormError(name, code, 'the LMS answered false');
      return result;
    }
    if (isGet && this._dialect.emptyOnGet.has(code)) return '';
    if (this._dialect.sessionLost.has(code) && this._open) {
      this._lost = true;
      this._needsInit = true;
    }
    let text = '';
    try {
      text = String(this._calls.getErrorString(code));
    } catch {
      // no error text
    }
    throw new ScormError(name, code, text);
  }
}

/** A short, one-way key for a learner id (FNV-1a, hex): names local records without the id itself. */
export function hashKey(text: string): string {
  let hash = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    hash ^= text.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193) >>> 0;
  }
  return hash.toString(16).padStart(8, '0');
}

/** An identifier an LMS accepts: ASCII letters, digits, `-`, `_`, `.`, `:`; no spaces; at most `max`. */
export function asciiId(id: string, max = 255): string {
  const safe = id.normalize('NFKD').replace(/[^A-Za-z0-9_.:-]+/g, '-');
  return (safe || 'id').slice(0, max);
}
