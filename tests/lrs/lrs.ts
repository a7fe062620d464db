// A small LRS for tests, in the test process, on 127.0.0.1 only. It speaks what Upstander and
// @xapi/xapi / @xapi/cmi5 use of xAPI 1.0.3: the Statement resource (POST, PUT, GET; client ids;
// 204/200/409 semantics; X-Experience-API-Version), the State and Agent Profile resources, /about,
// CORS for a lesson on another origin, and the LMS side of a cmi5 launch (the one-time fetch URL
// that hands out the auth token, the LMS.LaunchData state document). Faults can be switched on:
// 500, 401, timeouts, "offline" (connections reset) and "stored but the answer got lost".
// As strict as a conformant xAPI 2.0 LRS (and ADL's, which these rules come from): 400 for a
// parameter the resource does not know (such as `cachebuster`), 409 for a statement id it holds
// already, concurrency control on State (409 for a PUT over an existing document without If-Match
// or If-None-Match, 412 for a stale ETag or If-None-Match: * over an existing one), and `more`
// paging of statement lists. `racy` stores a statement twice when two POSTs of it overlap, as ADL
// on PostgreSQL does (its id check and insert are not one transaction), so a test sees a client
// that has one statement in flight twice.
// Every request is recorded, so tests can count statements and check what left the browser.
// With `upstream` (a real LRS, such as ADL's), it is a fault-injecting front: the faults are applied
// here and every other xAPI request is passed on to the real LRS, which stores and answers.
import {createHash, randomUUID} from 'node:crypto';
import {createServer} from 'node:http';
import type {IncomingMessage, ServerResponse} from 'node:http';
import type {AddressInfo, Socket} from 'node:net';

export type Fault = 'none' | '500' | '401' | 'timeout' | 'offline' | 'store-then-500';

export interface RecordedRequest {
  method: string;
  path: string;
  query: Record<string, string>;
  headers: Record<string, string | string[] | undefined>;
  body: string;
  /** What the LRS answered (0: no answer, the connection was reset or held). */
  status: number;
}

export interface StoredStatement {
  statement: Record<string, any>;
  stored: string;
  /** The auth the statement came with (a cmi5 token is one session). */
  auth: string;
  /** The statement as it was sent (before the LRS added stored, authority…), canonical JSON. */
  submitted: string;
}

export interface Cmi5LaunchOptions {
  actor: object;
  activityId: string;
  registration?: string;
  launchMode?: 'Normal' | 'Browse' | 'Review';
  moveOn?: 'Passed' | 'Completed' | 'CompletedAndPassed' | 'CompletedOrPassed' | 'NotApplicable';
  masteryScore?: number;
  returnURL?: string;
}

export interface Cmi5Launch {
  /** The query string (without `?`) the LMS adds to the AU's URL. */
  query: string;
  fetchUrl: string;
  registration: string;
  sessionId: string;
}

/** The parameters each resource knows (xAPI 2.0 §4.1.6); any other is a 400. */
const PARAMS: Record<string, string[]> = {
  statements: ['statementId', 'voidedStatementId', 'agent', 'verb', 'activity', 'registration', 'related_activities', 'related_agents', 'since', 'until', 'limit', 'format', 'attachments', 'ascending'],
  'activities/state': ['activityId', 'agent', 'registration', 'stateId', 'since'],
  'agents/profile': ['agent', 'profileId', 'since'],
  'activities/profile': ['activityId', 'profileId', 'since'],
  about: [],
};

/** Most statements in one GET answer; the rest through `more`. */
const PAGE = 10;

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[1-5][0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/i;

/** The identifying part of an agent (its inverse functional identifier), as a key. */
export function agentKey(agent: any): string {
  if (!agent || typeof agent !== 'object') return '';
  if (agent.mbox) return `mbox:${agent.mbox}`;
  if (agent.mbox_sha1sum) return `sha1:${agent.mbox_sha1sum}`;
  if (agent.openid) return `openid:${agent.openid}`;
  if (agent.account) return `account:${agent.account.homePage}|${agent.account.name}`;
  return '';
}

/** A statement as sent, without what the LRS adds: for "is this the same statement?". */
function canonical(statement: Record<string, any>): string {
  const {stored: _s, authority: _a, version: _v, ...rest} = statement;
  const sort = (v: any): any => (Array.isArray(v) ? v.map(sort) : v && typeof v === 'object' ? Object.fromEntries(Object.keys(v).sort().map((k) => [k, sort(v[k])])) : v);
  return JSON.stringify(sort(rest));
}

/** A real LRS behind the test LRS: its endpoint and its Authorization header value. */
export interface Upstream {
  endpoint: string;
  auth: string;
}

export class TestLrs {
  /** http://127.0.0.1:port */
  url = '';
  /** The xAPI endpoint: `<url>/xapi/`. */
  endpoint = '';
  /** Credentials of the configured (non-cmi5) launch. */
  readonly auth = `Basic ${Buffer.from('upstander:geheim').toString('base64')}`;
  readonly statements: StoredStatement[] = [];
  readonly requests: RecordedRequest[] = [];
  /** cmi5 rules an AU broke, as found by the LMS side (empty when all is well). */
  readonly cmi5Violations: string[] = [];
  /** Overlapping POSTs of one id store it twice (ADL on PostgreSQL); see the file comment. */
  racy = false;
  /** Time a statement write takes between its id check and its insert, in ms (ADL on a busy machine: seconds); with `racy`. */
  slowMs = 150;
  private _fault: Fault = 'none';
  private readonly _more = new Map<string, {rest: Record<string, any>[]; size: number}>();
  private _faultPaths = /./;
  private readonly _accepted = new Set<string>([this.auth]);
  private readonly _documents = new Map<string, {body: string; type: string; etag: string}>();
  private readonly _fetch = new Map<string, {token: string; used: boolean; actor: string; registration: string}>();
  private readonly _sessions = new Map<string, {actor: string; registration: string; initialized: boolean; terminated: boolean}>();
  private readonly _held: ServerResponse[] = [];
  private readonly _sockets = new Set<Socket>();
  private _server = createServer((req, res) => void this._handle(req, res));

  constructor(readonly upstream?: Upstream) {}

  async start(): Promise<this> {
    this._server.on('connection', (socket) => {
      this._sockets.add(socket);
      socket.on('close', () => this._sockets.delete(socket));
    });
    await new Promise<void>((resolve) => this._server.listen(0, '127.0.0.1', resolve));
    const {port} = this._server.address() as AddressInfo;
    this.url = `http://127.0.0.1:${port}`;
    this.endpoint = `${this.url}/xapi/`;
    return this;
  }

  async close(): Promise<void> {
    this.setFault('none');
    for (const socket of this._sockets) socket.destroy();
    await new Promise<void>((resolve) => this._server.close(() => resolve()));
  }

  /** Switches a fault on for requests whose path matches `paths` (default: every xAPI request). */
  setFault(fault: Fault, paths: RegExp = /^\/xapi\//): void {
    this._fault = fault;
    this._faultPaths = paths;
    if (fault !== 'timeout') for (const res of this._held.splice(0)) res.socket?.destroy();
  }

  /** Statement ids in the order the LRS stored them. */
  ids(): string[] {
    return this.statements.map((s) => s.statement['id'] as string);
  }

  /** Stored statements with this verb (the last part of its IRI, such as `answered`). */
  byVerb(verb: string): Record<string, any>[] {
    return this.statements.map((s) => s.statement).filter((s) => String(s['verb']?.id).endsWith(`/${verb}`));
  }

  /** The state document stored under these keys, parsed, or undefined. */
  stateDocument(activityId: string, agent: object, stateId: string, registration = ''): any {
    const doc = this._documents.get(`state|${activityId}|${agentKey(agent)}|${registration}|${stateId}`);
    return doc ? JSON.parse(doc.body) : undefined;
  }

  /**
   * Prepares a cmi5 launch as an LMS does (cmi5 §8, §10): a one-time fetch URL for the auth token
   * and the LMS.LaunchData state document with a context template. Returns the launch query.
   */
  launchCmi5(options: Cmi5LaunchOptions): Cmi5Launch {
    const registration = options.registration ?? randomUUID();
    const sessionId = randomUUID();
    const token = Buffer.from(`cmi5-${sessionId}:${randomUUID()}`).toString('base64');
    const fetchId = randomUUID();
    this._fetch.set(fetchId, {token, used: false, actor: agentKey(options.actor), registration});
    this._sessions.set(`Basic ${token}`, {actor: agentKey(options.actor), registration, initialized: false, terminated: false});
    const launchData = {
      contextTemplate: {
        contextActivities: {grouping: [{objectType: 'Activity', id: 'https://lms.example/courses/upstander'}]},
        extensions: {'https://w3id.org/xapi/cmi5/context/extensions/sessionid': sessionId},
      },
      launchMode: options.launchMode ?? 'Normal',
      moveOn: options.moveOn ?? 'CompletedOrPassed',
      ...(options.masteryScore !== undefined ? {masteryScore: options.masteryScore} : {}),
      ...(options.returnURL ? {returnURL: options.returnURL} : {}),
    };
    this._documents.set(`state|${options.activityId}|${agentKey(options.actor)}|${registration}|LMS.LaunchData`, {
      body: JSON.stringify(launchData),
      type: 'application/json',
      etag: `"${randomUUID()}"`,
    });
    const fetchUrl = `${this.url}/cmi5/fetch/${fetchId}`;
    const query = new URLSearchParams({
      endpoint: this.endpoint,
      fetch: fetchUrl,
      actor: JSON.stringify(options.actor),
      registration,
      activityId: options.activityId,
    }).toString();
    return {query, fetchUrl, registration, sessionId};
  }

  private _cors(req: IncomingMessage, res: ServerResponse): void {
    res.setHeader('Access-Control-Allow-Origin', req.headers.origin ?? '*');
    res.setHeader('Vary', 'Origin');
    res.setHeader('Access-Control-Allow-Methods', 'GET, POST, PUT, DELETE, OPTIONS');
    res.setHeader('Access-Control-Allow-Headers', 'Authorization, Content-Type, X-Experience-API-Version, If-Match, If-None-Match');
    res.setHeader('Access-Control-Expose-Headers', 'ETag, Last-Modified, X-Experience-API-Version, X-Experience-API-Consistent-Through');
    res.setHeader('Access-Control-Max-Age', '600');
  }

  private async _handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const url = new URL(req.url ?? '/', this.url);
    const body = await new Promise<string>((resolve) => {
      const chunks: Buffer[] = [];
      req.on('data', (c: Buffer) => chunks.push(c));
      req.on('end', () => resolve(Buffer.concat(chunks).toString('utf8')));
      req.on('error', () => resolve(''));
    });
    const record: RecordedRequest = {method: req.method ?? 'GET', path: url.pathname, query: Object.fromEntries(url.searchParams), headers: req.headers, body, status: 0};
    this.requests.push(record);
    const send = (status: number, payload?: unknown, headers: Record<string, string> = {}) => {
      record.status = status;
      this._cors(req, res);
      res.setHeader('X-Experience-API-Version', '1.0.3');
      for (const [k, v] of Object.entries(headers)) res.setHeader(k, v);
      if (payload === undefined) {
        res.writeHead(status).end();
      } else {
        const text = typeof payload === 'string' ? payload : JSON.stringify(payload);
        res.writeHead(status, {'Content-Type': headers['Content-Type'] ?? 'application/json'}).end(text);
      }
    };

    const faulted = this._fault !== 'none' && this._faultPaths.test(url.pathname);
    if (faulted && this._fault === 'offline') {
      req.socket.destroy();
      return;
    }
    if (req.method === 'OPTIONS') return send(204);
    if (faulted && this._fault === 'timeout') {
      this._held.push(res);
      return;
    }
    if (faulted && this._fault === '500') return send(500, {error: 'injected'});
    if (faulted && this._fault === '401') return send(401, {error: 'injected'});

    if (url.pathname.startsWith('/cmi5/fetch/')) return this._fetchToken(url.pathname.slice('/cmi5/fetch/'.length), req, send);
    if (!url.pathname.startsWith('/xapi/')) return send(404, {error: 'not found'});
    const resource = url.pathname.slice('/xapi/'.length).replace(/\/$/, '');
    if (this.upstream) {
      if (!this._accepted.has(String(req.headers.authorization ?? ''))) return send(401, {error: 'unauthorized'});
      const answer = await this._forward(req, resource, url.search, body);
      if (faulted && this._fault === 'store-then-500') return send(500, {error: 'injected after storing'});
      return send(answer.status, answer.text || undefined, answer.headers);
    }
    if (resource === 'about') return send(200, {version: ['1.0.3', '2.0.0']});
    const known = PARAMS[resource];
    const unknown = known ? [...url.searchParams.keys()].filter((k) => !known.includes(k)) : [];
    if (unknown.length > 0) return send(400, {error: `unknown parameter ${unknown.join(', ')}`});
    if (!String(req.headers['x-experience-api-version'] ?? '').startsWith('1.0')) return send(400, {error: 'X-Experience-API-Version header missing'});
    const auth = String(req.headers.authorization ?? '');
    if (!this._accepted.has(auth)) return send(401, {error: 'unauthorized'});

    let status: {code: number; payload?: unknown; headers?: Record<string, string>};
    try {
      if (resource === 'statements') status = await this._statements(req.method ?? 'GET', url.searchParams, body, auth);
      else if (resource.startsWith('statements/more/')) status = this._page(resource.slice('statements/more/'.length));
      else if (resource === 'activities/state') status = this._document('state', req, url.searchParams, body);
      else if (resource === 'agents/profile') status = this._document('agent-profile', req, url.searchParams, body);
      else if (resource === 'activities/profile') status = this._document('activity-profile', req, url.searchParams, body);
      else status = {code: 404, payload: {error: `no resource ${resource}`}};
    } catch (error) {
      status = {code: 400, payload: {error: error instanceof Error ? error.message : String(error)}};
    }
    if (faulted && this._fault === 'store-then-500') return send(500, {error: 'injected after storing'});
    send(status.code, status.payload, status.headers);
  }

  /** Passes a request on to the real LRS, with its credentials; its answer (status 502 when it is away). */
  private async _forward(req: IncomingMessage, resource: string, search: string, body: string): Promise<{status: number; text: string; headers: Record<string, string>}> {
    const pass = ['content-type', 'if-match', 'if-none-match', 'x-experience-api-version'];
    const headers: Record<string, string> = {Authorization: this.upstream!.auth};
    for (const name of pass) if (typeof req.headers[name] === 'string') headers[name] = req.headers[name];
    const method = req.method ?? 'GET';
    try {
      const response = await fetch(`${this.upstream!.endpoint.replace(/\/?$/, '/')}${resource}${search}`, {method, headers, ...(method === 'GET' || method === 'HEAD' ? {} : {body})});
      const back: Record<string, string> = {};
      for (const name of ['ETag', 'Content-Type', 'Last-Modified', 'X-Experience-API-Consistent-Through']) {
        const value = response.headers.get(name);
        if (value) back[name] = value;
      }
      return {status: response.status, text: await response.text(), headers: back};
    } catch (error) {
      return {status: 502, text: JSON.stringify({error: `upstream: ${String(error)}`}), headers: {}};
    }
  }

  /**
   * What the LRS holds for a registration, in stored order: here, or the real LRS's own answer
   * (GET, following `more`) when there is an upstream.
   */
  async storedFor(registration: string): Promise<Record<string, any>[]> {
    if (!this.upstream) return this.statements.map((s) => s.statement).filter((s) => s['context']?.registration === registration);
    const base = new URL(this.upstream.endpoint.replace(/\/?$/, '/'));
    const out: Record<string, any>[] = [];
    let next: string | undefined = new URL(`statements?${new URLSearchParams({registration, ascending: 'true', limit: '100'})}`, base).href;
    while (next) {
      const response = await fetch(next, {headers: {Authorization: this.upstream.auth, 'X-Experience-API-Version': '1.0.3'}});
      if (response.status !== 200) throw new Error(`upstream statements: ${response.status}`);
      const page = (await response.json()) as {statements: Record<string, any>[]; more?: string};
      out.push(...page.statements);
      next = page.more ? new URL(page.more, base).href : undefined;
    }
    return out;
  }

  private _fetchToken(id: string, req: IncomingMessage, send: (status: number, payload?: unknown) => void): void {
    const entry = this._fetch.get(id);
    if (req.method !== 'POST') return send(405, {'error-code': '3', 'error-text': 'use POST'});
    if (!entry) return send(404, {'error-code': '3', 'error-text': 'unknown fetch URL'});
    if (entry.used) return send(200, {'error-code': '1', 'error-text': 'already in use'});
    entry.used = true;
    this._accepted.add(`Basic ${entry.token}`);
    send(200, {'auth-token': entry.token});
  }

  private async _statements(method: string, query: URLSearchParams, body: string, auth: string): Promise<{code: number; payload?: unknown; headers?: Record<string, string>}> {
    if (method === 'GET') return this._getStatements(query);
    if (method !== 'POST' && method !== 'PUT') return {code: 405};
    const parsed = JSON.parse(body) as unknown;
    const batch = (method === 'PUT' ? [parsed] : Array.isArray(parsed) ? parsed : [parsed]) as Record<string, any>[];
    if (method === 'PUT') {
      const id = query.get('statementId');
      if (!id) throw new Error('statementId missing');
      if (batch[0]!['id'] && batch[0]!['id'] !== id) throw new Error('statementId does not match the statement id');
      batch[0]!['id'] = id;
    }
    const seen = new Set<string>();
    for (const s of batch) {
      if (!s || typeof s !== 'object' || !s['actor'] || typeof s['verb']?.id !== 'string' || !s['object']) throw new Error('not a statement');
      s['id'] ??= randomUUID();
      if (!UUID.test(s['id'])) throw new Error(`invalid statement id ${s['id']}`);
      if (seen.has(s['id'])) throw new Error(`id ${s['id']} twice in one batch`);
      seen.add(s['id']);
      if (!agentKey(s['actor'])) throw new Error('actor without identifier');
    }
    // All or nothing: an id the LRS holds refuses the whole batch (409), as ADL does.
    const held = batch.find((s) => this.statements.some((x) => x.statement['id'] === s['id']));
    if (held) return {code: 409, payload: {error: `statement ${held['id']} exists`}};
    const fresh = batch;
    // racy: the check above and the insert below are apart, as in a database without a unique key.
    if (this.racy) await new Promise((resolve) => setTimeout(resolve, this.slowMs));
    const session = this._sessions.get(auth);
    if (session) {
      const rejected = this._checkCmi5(session, fresh);
      if (rejected) return {code: 403, payload: {error: rejected}};
    }
    const stored = new Date().toISOString();
    for (const s of fresh) {
      const submitted = canonical(s);
      const authority = {objectType: 'Agent', account: {homePage: this.url, name: 'test-lrs'}};
      this.statements.push({statement: {...s, timestamp: s['timestamp'] ?? stored, stored, authority}, stored, auth, submitted});
    }
    if (method === 'PUT') return {code: 204};
    return {code: 200, payload: batch.map((s) => s['id'])};
  }

  /** The LMS side of cmi5 (§9, §10): same actor, initialized first, nothing after terminated. */
  private _checkCmi5(session: {actor: string; registration: string; initialized: boolean; terminated: boolean}, statements: Record<string, any>[]): string | undefined {
    for (const s of statements) {
      if (agentKey(s['actor']) !== session.actor) return 'actor does not match the launch';
      const verb = String(s['verb'].id).split('/').pop();
      if (session.terminated) this.cmi5Violations.push(`${verb} after terminated`);
      if (!session.initialized && verb !== 'initialized') this.cmi5Violations.push(`${verb} before initialized`);
      if (s['context']?.registration !== session.registration) this.cmi5Violations.push(`${verb} without the launch registration`);
      if (verb === 'initialized') session.initialized = true;
      if (verb === 'terminated') session.terminated = true;
    }
    return undefined;
  }

  private _getStatements(query: URLSearchParams) {
    const id = query.get('statementId');
    if (id) {
      const found = this.statements.find((s) => s.statement['id'] === id);
      return found ? {code: 200, payload: found.statement} : {code: 404};
    }
    let list = this.statements.map((s) => s.statement);
    const agent = query.get('agent');
    if (agent) list = list.filter((s) => agentKey(s['actor']) === agentKey(JSON.parse(agent)));
    const verb = query.get('verb');
    if (verb) list = list.filter((s) => s['verb'].id === verb);
    const activity = query.get('activity');
    // related_activities=true (xAPI 2.0 §4.1.6.1 / 1.0.3 7.2.3): also statements with the activity in context.contextActivities.
    const related = (s: Record<string, any>) =>
      Object.values(s['context']?.contextActivities ?? {}).some((list) => (Array.isArray(list) ? list : [list]).some((a: any) => a?.id === activity));
    if (activity) list = list.filter((s) => s['object']?.id === activity || (query.get('related_activities') === 'true' && related(s)));
    const registration = query.get('registration');
    if (registration) list = list.filter((s) => s['context']?.registration === registration);
    // since: stored after (exclusive); until: stored at or before (inclusive).
    const since = query.get('since');
    if (since) list = list.filter((s) => Date.parse(s['stored']) > Date.parse(since));
    const until = query.get('until');
    if (until) list = list.filter((s) => Date.parse(s['stored']) <= Date.parse(until));
    if (query.get('ascending') !== 'true') list = [...list].reverse();
    // limit: at most this many per page; the rest through `more`, as ADL's LRS does.
    const limit = Number(query.get('limit') ?? 0);
    return this._pageOf(list, limit > 0 ? Math.min(limit, PAGE) : PAGE);
  }

  /** One page of a statement list, with `more` for the rest. */
  private _pageOf(list: Record<string, any>[], size = PAGE) {
    let more = '';
    if (list.length > size) {
      const token = randomUUID();
      this._more.set(token, {rest: list.slice(size), size});
      more = `/xapi/statements/more/${token}`;
    }
    return {code: 200, payload: {statements: list.slice(0, size), more}, headers: {'X-Experience-API-Consistent-Through': new Date().toISOString()}};
  }

  private _page(token: string) {
    const page = this._more.get(token);
    if (!page) return {code: 404, payload: {error: 'unknown more token'}};
    this._more.delete(token);
    return this._pageOf(page.rest, page.size);
  }

  private _document(kind: string, req: IncomingMessage, query: URLSearchParams, body: string) {
    const agent = query.get('agent') ? JSON.parse(query.get('agent')!) : undefined;
    const ids =
      kind === 'state'
        ? [query.get('activityId') ?? '', agentKey(agent), query.get('registration') ?? '']
        : kind === 'agent-profile'
          ? [agentKey(agent)]
          : [query.get('activityId') ?? ''];
    if (!ids[0] || (kind === 'state' && !ids[1])) throw new Error('document keys missing');
    const docId = query.get(kind === 'state' ? 'stateId' : 'profileId');
    const prefix = `${kind}|${ids.join('|')}|`;
    const method = req.method ?? 'GET';
    if (!docId) {
      if (method === 'GET') return {code: 200, payload: [...this._documents.keys()].filter((k) => k.startsWith(prefix)).map((k) => k.slice(prefix.length))};
      throw new Error('document id missing');
    }
    const key = `${prefix}${docId}`;
    const existing = this._documents.get(key);
    const type = String(req.headers['content-type'] ?? 'application/octet-stream');
    switch (method) {
      case 'GET':
        return existing ? {code: 200, payload: existing.body, headers: {'Content-Type': existing.type, ETag: existing.etag}} : {code: 404};
      case 'PUT': {
        // Concurrency control (xAPI 2.0 §4.1.6.3 applies it to State too; ADL enforces it).
        const ifMatch = req.headers['if-match'];
        const ifNoneMatch = req.headers['if-none-match'];
        if (ifMatch !== undefined && ifMatch !== existing?.etag) return {code: 412, payload: {error: 'If-Match does not match'}};
        if (ifNoneMatch === '*' && existing) return {code: 412, payload: {error: 'the document exists'}};
        if (existing && ifMatch === undefined && ifNoneMatch === undefined) return {code: 409, payload: {error: 'If-Match or If-None-Match required'}};
        // ADL's ETag: the SHA-1 of the document, not sent back on a write.
        this._documents.set(key, {body, type, etag: `"${createHash('sha1').update(body).digest('hex')}"`});
        return {code: 204};
      }
      case 'POST': {
        const merged = existing ? {...JSON.parse(existing.body), ...JSON.parse(body)} : JSON.parse(body);
        this._documents.set(key, {body: JSON.stringify(merged), type: 'application/json', etag: `"${randomUUID()}"`});
        return {code: 204};
      }
      case 'DELETE':
        this._documents.delete(key);
        return {code: 204};
      default:
        return {code: 405};
    }
  }
}

/** Starts a test LRS on 127.0.0.1 (a free port); with `upstream`, a fault-injecting front of a real LRS. */
export function startLrs(upstream?: Upstream): Promise<TestLrs> {
  return new TestLrs(upstream).start();
}
