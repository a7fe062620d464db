/**
 * Where statements come from: an LRS's Statement API (paged through `more`) or an exported file
 * (a JSON array, a `{statements: […]}` page, or NDJSON). Both are async iterables, so the
 * aggregator sees one statement at a time and memory stays flat however large the store.
 * Uses only `fetch`, `AbortController` and `TextDecoder`: runs in Node 20+ and in the browser.
 */

/** A statement as read from an LRS: loosely typed, since any LRS may hold anything. */
export type XapiStatement = Record<string, any>; // eslint-disable-line @typescript-eslint/no-explicit-any

export interface LrsOptions {
  /** The xAPI endpoint, e.g. `https://lrs.example/xAPI/` (with or without the trailing slash). */
  endpoint: string;
  /** Basic auth: user and password. */
  user?: string;
  password?: string;
  /** Or a bearer token (or a whole `Authorization` value, when it has a space: `Basic …`). */
  token?: string;
  /** Filters the LRS applies (xAPI GET /statements parameters). */
  activity?: string;
  registration?: string;
  /** ISO 8601 timestamps: statements stored after `since`, at or before `until`. */
  since?: string;
  until?: string;
  /** Statements per page (the LRS may send fewer). */
  limit?: number;
  /** Milliseconds to wait for an answer before giving up on one request. Default 30 s. */
  timeoutMs?: number;
  /** How often to retry a 5xx, a 429 or a network error before failing. Default 5. */
  retries?: number;
  /** First backoff in ms (doubles each retry, capped by maxBackoffMs). Default 500. */
  backoffMs?: number;
  maxBackoffMs?: number;
  /** Called after each page: statements read so far, pages so far. */
  onPage?: (progress: {statements: number; pages: number; lastStored?: string}) => void;
  /** For tests and other runtimes. */
  fetch?: typeof fetch;
  sleep?: (ms: number) => Promise<void>;
}

/** A failure the admin can act on: the message says what went wrong and what to check. */
export class ReportSourceError extends Error {
  constructor(
    message: string,
    readonly kind: 'url' | 'auth' | 'timeout' | 'server' | 'format',
    readonly status?: number,
  ) {
    super(message);
    this.name = 'ReportSourceError';
  }
}

const defaultSleep = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));

function authorization(options: LrsOptions): string | undefined {
  if (options.token) return options.token.includes(' ') ? options.token : `Bearer ${options.token}`;
  if (options.user !== undefined) {
    const pair = `${options.user}:${options.password ?? ''}`;
    const bytes = new TextEncoder().encode(pair);
    let binary = '';
    for (const b of bytes) binary += String.fromCharCode(b);
    return `Basic ${btoa(binary)}`;
  }
  return undefined;
}

/** The first page's URL: the endpoint's `statements` resource with the filters. */
export function statementsUrl(options: LrsOptions): URL {
  let base: URL;
  try {
    base = new URL(options.endpoint.endsWith('/') ? options.endpoint : `${options.endpoint}/`);
  } catch {
    throw new ReportSourceError(`"${options.endpoint}" is not a URL. Give the LRS's xAPI endpoint, e.g. https://lrs.example/xAPI/`, 'url');
  }
  const url = new URL('statements', base);
  if (options.activity) {
    url.searchParams.set('activity', options.activity);
    url.searchParams.set('related_activities', 'true');
  }
  if (options.registration) url.searchParams.set('registration', options.registration);
  if (options.since) url.searchParams.set('since', options.since);
  if (options.until) url.searchParams.set('until', options.until);
  // Oldest first, so a `since` cursor from the last statement read picks up where this run ended.
  url.searchParams.set('ascending', 'true');
  if (options.limit) url.searchParams.set('limit', String(options.limit));
  return url;
}

function retryAfterMs(value: string | null): number | undefined {
  if (!value) return undefined;
  const seconds = Number(value);
  if (Number.isFinite(seconds)) return Math.max(0, seconds * 1000);
  const date = Date.parse(value);
  return Number.isNaN(date) ? undefined : Math.max(0, date - Date.now());
}

/** One GET with timeout, 429 Retry-After and 5xx/network retries with exponential backoff. */
async function getPage(url: URL, options: LrsOptions): Promise<{statements: XapiStatement[]; more?: string}> {
  const doFetch = options.fetch ?? fetch;
  const sleep = options.sleep ?? defaultSleep;
  const retries = options.retries ?? 5;
  const timeoutMs = options.timeoutMs ?? 30_000;
  const headers: Record<string, string> = {'X-Experience-API-Version': '1.0.3', Accept: 'application/json'};
  const auth = authorization(options);
  if (auth) headers['Authorization'] = auth;
  let backoff = options.backoffMs ?? 500;
  const maxBackoff = options.maxBackoffMs ?? 30_000;
  let lastProblem = '';
  let rateLimitWaits = 0;
  for (let attempt = 0; attempt <= retries; attempt++) {
    if (attempt > 0) {
      await sleep(Math.min(backoff, maxBackoff));
      backoff *= 2;
    }
    const controller = new AbortController();
    const timer = setTimeout(() => controller.abort(), timeoutMs);
    let response: Response;
    let text: string;
    try {
      response = await doFetch(url, {headers, signal: controller.signal});
      text = await response.text();
    } catch (error) {
      clearTimeout(timer);
      if (controller.signal.aborted) {
        lastProblem = `the LRS at ${url.origin} did not answer within ${Math.round(timeoutMs / 1000)} s`;
        if (attempt === retries) throw new ReportSourceError(`${lastProblem} (${retries + 1} tries). Is it overloaded or down?`, 'timeout');
        continue;
      }
      lastProblem = `cannot reach ${url.origin}: ${(error as Error).message}`;
      if (attempt === retries) throw new ReportSourceError(`${lastProblem}. Check the LRS URL and that it is running.`, 'url');
      continue;
    }
    clearTimeout(timer);
    const status = response.status;
    if (status === 401 || status === 403) {
      throw new ReportSourceError(`the LRS refused the credentials (HTTP ${status}). Check the user and password or the token, and that they may read statements.`, 'auth', status);
    }
    if (status === 404) {
      throw new ReportSourceError(`${url.origin}${url.pathname} does not exist (HTTP 404): is "${options.endpoint}" the LRS's xAPI endpoint (it usually ends in /xAPI/ or /xapi/)?`, 'url', status);
    }
    if (status === 429) {
      // Retry-After is an instruction, not a failure: obeyed without using up a retry (up to 20 times).
      const wait = retryAfterMs(response.headers.get('Retry-After'));
      lastProblem = 'the LRS asked to slow down (HTTP 429)';
      if (wait !== undefined && rateLimitWaits++ < 20) {
        await sleep(wait);
        attempt--;
        backoff = options.backoffMs ?? 500;
        continue;
      }
      if (attempt === retries) throw new ReportSourceError(`${lastProblem} and kept refusing after ${retries + 1} tries.`, 'server', status);
      continue;
    }
    if (status >= 500) {
      lastProblem = `the LRS failed (HTTP ${status})`;
      if (attempt === retries) throw new ReportSourceError(`${lastProblem} ${retries + 1} times; try again later.`, 'server', status);
      continue;
    }
    if (status !== 200) throw new ReportSourceError(`unexpected HTTP ${status} from ${url.origin}${url.pathname}: ${text.slice(0, 200)}`, 'server', status);
    let body: unknown;
    try {
      body = JSON.parse(text);
    } catch {
      throw new ReportSourceError(`${url.origin}${url.pathname} answered, but not with JSON: is "${options.endpoint}" an xAPI endpoint?`, 'url', status);
    }
    const page = body as {statements?: unknown; more?: unknown};
    if (!page || !Array.isArray(page.statements)) {
      throw new ReportSourceError(`${url.origin}${url.pathname} answered without a "statements" list: is "${options.endpoint}" an xAPI endpoint?`, 'url', status);
    }
    return {statements: page.statements as XapiStatement[], ...(typeof page.more === 'string' && page.more ? {more: page.more} : {})};
  }
  throw new ReportSourceError(lastProblem || 'the LRS did not answer', 'server');
}

/**
 * Every statement the LRS holds for these filters, oldest first, page by page (following `more`,
 * which is resolved against the endpoint's origin as xAPI says). Voided statements are not
 * returned by a conformant LRS's GET /statements.
 */
export async function* readLrs(options: LrsOptions): AsyncGenerator<XapiStatement> {
  let url: URL | undefined = statementsUrl(options);
  let statements = 0;
  let pages = 0;
  const seen = new Set<string>();
  while (url) {
    const page = await getPage(url, options);
    pages++;
    let lastStored: string | undefined;
    for (const statement of page.statements) {
      statements++;
      if (typeof statement['stored'] === 'string') lastStored = statement['stored'];
      yield statement;
    }
    options.onPage?.({statements, pages, ...(lastStored ? {lastStored} : {})});
    if (!page.more) break;
    const next: URL = new URL(page.more, url);
    if (seen.has(next.href)) throw new ReportSourceError(`the LRS sent the same "more" link twice (${next.href}); stopping.`, 'server');
    seen.add(next.href);
    url = next;
  }
}

/**
 * Statements from an exported file, given as chunks of text (a Node stream with setEncoding, a
 * browser `file.stream().pipeThrough(new TextDecoderStream())`, or one string): a JSON array, an
 * xAPI page `{"statements": […]}`, or NDJSON (one statement per line). JSON is split statement by
 * statement as it arrives, so a large export is never held whole.
 */
export async function* readStatementsText(chunks: AsyncIterable<string> | Iterable<string> | string): AsyncGenerator<XapiStatement> {
  const source: AsyncIterable<string> | Iterable<string> = typeof chunks === 'string' ? [chunks] : chunks;
  // A small JSON scanner: cuts out each object at the depth where statements sit (1 inside a
  // top-level array, 0 for NDJSON or a page) and parses it alone.
  let depth = 0;
  let inString = false;
  let escaped = false;
  let level = -1; // the depth of statements, known at the first bracket
  let current = '';
  let count = 0;
  for await (const chunk of source) {
    // An object cut by the chunk boundary was kept in `current` (already scanned); go on after it.
    let start = current ? 0 : -1;
    const resume = current.length;
    const text = current + chunk;
    current = '';
    for (let i = resume; i < text.length; i++) {
      const c = text[i]!;
      if (inString) {
        if (escaped) escaped = false;
        else if (c === '\\') escaped = true;
        else if (c === '"') inString = false;
      } else if (c === '"') {
        inString = true;
      } else if (c === '{' || c === '[') {
        if (level < 0) level = c === '[' ? 1 : 0;
        if (c === '{' && depth === level) start = i;
        depth++;
      } else if (c === '}' || c === ']') {
        depth--;
        if (c === '}' && depth === level && start >= 0) {
          const value = parse(text.slice(start, i + 1));
          start = -1;
          if (level === 0 && value && Array.isArray(value['statements']) && !value['verb']) {
            for (const s of value['statements'] as XapiStatement[]) {
              count++;
              yield s;
            }
          } else {
            count++;
            yield value;
          }
        }
      }
    }
    if (start >= 0) current = text.slice(start);
  }
  if (depth !== 0 || inString) throw new ReportSourceError(`the statements file ends in the middle of a statement (after ${count} complete ones).`, 'format');
  if (level < 0) throw new ReportSourceError('the statements file holds no statements (expected a JSON array, {"statements": […]} or one statement per line).', 'format');
}

/** One statement's JSON; one that does not parse becomes `null`, which the aggregator counts as malformed. */
function parse(text: string): XapiStatement {
  try {
    return JSON.parse(text) as XapiStatement;
  } catch {
    return null as unknown as XapiStatement;
  }
}
