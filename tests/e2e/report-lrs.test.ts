// @upstander/report against statements produced by REAL lesson runs: the xAPI packages of two
// lessons, as `upstander build` writes them, unpacked by Debian's unzip and launched in Chromium the
// way an LMS launches them (tincan.xml), against the test LRS (tests/lrs/). Pupils play the lessons;
// then the report reads the LRS's Statement API directly, through a paging front with faults (more
// links, 429 Retry-After, 5xx, 401, a wrong URL, an LRS that stops answering) and from an exported
// NDJSON file, and must give the same numbers every time — the numbers a count over the LRS's own
// store gives.
import assert from 'node:assert/strict';
import {randomUUID} from 'node:crypto';
import {readFileSync} from 'node:fs';
import {createServer} from 'node:http';
import type {AddressInfo} from 'node:net';
import {join} from 'node:path';
import {after, before, describe, it} from 'node:test';
import type {Browser} from 'puppeteer-core';
import {Aggregator, aggregate, formatCsv, formatText, readLrs, readStatementsText} from '@upstander/report';
import type {ReportSourceError, XapiStatement} from '@upstander/report';
import {folder} from '../../packages/cli/src/server.js';
import type {Resolver, RunningServer} from '../../packages/cli/src/server.js';
import {startRig, stopAll} from './harness.js';
import {startLrs} from '../lrs/lrs.js';
import type {TestLrs} from '../lrs/lrs.js';
import {allSources, playThrough, workspace} from './packages-play.js';

const sources = allSources()
  .filter((s) => s.kind === 'lesson')
  .slice(0, 2);
const space = workspace('report');
const unpacked = new Map<string, string>();
let server: RunningServer;
let lrs: TestLrs;
let browser: Browser;
const user = 'upstander';
const password = 'geheim';
/** Who played what: [lesson name, pupil, registration (the class)]. */
const runs: {lesson: string; pupil: string; registration: string; correct: number; scored: number}[] = [];
const klassA = randomUUID();
const klassB = randomUUID();

const attr = (xml: string, element: string, name: string) => xml.match(new RegExp(`<${element}\\b[^>]*\\s${name}="([^"]*)"`))?.[1];
const text = (xml: string, element: string) => xml.match(new RegExp(`<${element}\\b[^>]*>([^<]*)</${element}>`))?.[1];

async function until(done: () => boolean, what: string, ms = 15_000): Promise<void> {
  const end = Date.now() + ms;
  while (!done()) {
    if (Date.now() > end) throw new Error(`timed out waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}

async function play(name: string, pupil: string, registration: string, leaveHalfway = false): Promise<void> {
  const source = sources.find((s) => s.info.name === name)!;
  if (source.kind !== 'lesson') return;
  const tincan = readFileSync(join(unpacked.get(name)!, 'tincan.xml'), 'utf8');
  const query = new URLSearchParams({
    endpoint: lrs.endpoint,
    auth: lrs.auth,
    actor: JSON.stringify({objectType: 'Agent', account: {homePage: 'https://lms.example', name: pupil}}),
    registration,
    activity_id: attr(tincan, 'activity', 'id')!,
  });
  const context = await browser.createBrowserContext();
  const page = await context.newPage();
  await page.goto(`${server.url}/xapi/${name}/${text(tincan, 'launch')!}?${query}`);
  await page.waitForSelector('up-lesson');
  const mine = () => lrs.statements.filter((s) => s.statement['actor']?.account?.name === pupil).map((s) => String(s.statement['verb'].id));
  if (leaveHalfway) {
    await until(() => mine().some((v) => v.endsWith('/initialized')), 'initialized');
  } else {
    const played = await playThrough(page.mainFrame(), source.lesson);
    runs.push({lesson: name, pupil, registration, ...played});
    await until(() => mine().some((v) => v.endsWith('/completed')), 'completed');
  }
  await page.goto('about:blank');
  await until(() => mine().some((v) => v.endsWith('/terminated') || v.endsWith('/suspended')), 'the session closed');
  await context.close();
}

/** A paging front over the test LRS's Statement API (its public HTTP API): `limit` per page with `more` links, and faults on demand. */
function pagingFront(pageSize: number) {
  const faults: ('429' | '500' | 'hang')[] = [];
  const seen: string[] = [];
  const srv = createServer(async (req, res) => {
    const url = new URL(req.url ?? '/', 'http://x');
    seen.push(url.pathname + url.search);
    const fault = faults.shift();
    if (fault === '429') return res.writeHead(429, {'Retry-After': '0'}).end();
    if (fault === '500') return res.writeHead(503).end('busy');
    if (fault === 'hang') return undefined; // never answers
    if (!url.pathname.endsWith('/statements')) return res.writeHead(404).end();
    const from = Number(url.searchParams.get('from') ?? 0);
    url.searchParams.delete('from');
    const upstream = await fetch(`${lrs.endpoint}statements?${url.searchParams}`, {
      headers: {Authorization: req.headers.authorization ?? '', 'X-Experience-API-Version': '1.0.3'},
    });
    if (upstream.status !== 200) return res.writeHead(upstream.status).end();
    const all = ((await upstream.json()) as {statements: XapiStatement[]}).statements;
    const slice = all.slice(from, from + pageSize);
    const more = from + pageSize < all.length ? `/xapi/statements?${new URLSearchParams({...Object.fromEntries(url.searchParams), from: String(from + pageSize)})}` : '';
    return res.writeHead(200, {'Content-Type': 'application/json'}).end(JSON.stringify({statements: slice, more}));
  });
  return {
    faults,
    seen,
    start: () => new Promise<string>((resolve) => srv.listen(0, '127.0.0.1', () => resolve(`http://127.0.0.1:${(srv.address() as AddressInfo).port}/xapi/`))),
    close: () => new Promise<void>((resolve) => (srv.closeAllConnections(), srv.close(() => resolve()))),
  };
}

before(async () => {
  lrs = await startLrs();
  const mounts: Record<string, Resolver> = {};
  for (const source of sources) {
    const dir = space.unpack(source, 'xapi');
    unpacked.set(source.info.name, dir);
    mounts[`/xapi/${source.info.name}/`] = folder(dir);
  }
  ({server, browser} = await startRig(mounts));
  const [first, second] = sources.map((s) => s.info.name) as [string, string];
  // Class A: two pupils finish the first lesson, one of them the second too; class B: one pupil
  // finishes the first lesson, another opens it and leaves.
  const [p1, p2, p3, p4] = [1, 2, 3, 4].map((n) => `pupil-${n}-${randomUUID()}`) as [string, string, string, string];
  await play(first, p1, klassA);
  await play(first, p2, klassA);
  await play(second, p1, klassA);
  await play(first, p3, klassB);
  await play(first, p4, klassB, true);
});

after(async () => {
  await stopAll(browser, server, lrs);
  space.remove();
});

const store = () => lrs.statements.map((s) => s.statement);
const lessonIri = (name: string) => attr(readFileSync(join(unpacked.get(name)!, 'tincan.xml'), 'utf8'), 'activity', 'id')!;

describe('report over statements from real lesson runs', () => {
  it('reads the LRS and counts what the pupils did, per lesson, class, learner and kerndoel', async () => {
    const report = await aggregate(readLrs({endpoint: lrs.endpoint, user, password}));
    assert.equal(report.statements, store().length);
    const [first, second] = sources.map((s) => s.info.name) as [string, string];
    const l1 = report.lessons.find((l) => l.lesson === lessonIri(first))!;
    const l2 = report.lessons.find((l) => l.lesson === lessonIri(second))!;
    assert.deepEqual([l1.learners, l1.started, l1.completed], [4, 4, 3], 'lesson 1: four opened, three finished');
    assert.deepEqual([l2.learners, l2.started, l2.completed], [1, 1, 1]);
    // Scores: the mean of the scaled scores the lesson computed (playThrough answers one question wrongly).
    const scores = runs.filter((r) => r.lesson === first && r.scored > 0).map((r) => Math.round((r.correct / r.scored) * 1e4) / 1e4);
    if (scores.length) assert.equal(l1.meanScore, Math.round((scores.reduce((a, b) => a + b, 0) / scores.length) * 1e4) / 1e4);
    assert.ok(l1.timeSpentMs > 0, 'time spent from the session durations');
    const a = report.classes.find((c) => c.klass === klassA)!;
    const b = report.classes.find((c) => c.klass === klassB)!;
    assert.deepEqual([a.learners, a.started, a.completed], [2, 3, 3]);
    assert.deepEqual([b.learners, b.started, b.completed], [2, 2, 1]);
    assert.equal(report.learners.length, 4);
    const lesson = sources[0]!.kind === 'lesson' ? sources[0]!.lesson : undefined;
    assert.ok(report.kerndoelen.length >= (lesson?.kerndoelen.length ?? 0) && report.kerndoelen.length > 0, 'kerndoelen from context.contextActivities.category');
    const answered = store().filter((s) => String(s['verb'].id).endsWith('/answered')).length;
    assert.equal(report.activities.reduce((n, x) => n + x.answered, 0), answered, 'every answered statement counted under its activity');
    assert.equal(report.ignored, 0, 'every statement a lesson sends is understood');
    assert.match(formatText(report), /Lessons/);
    assert.match(formatCsv(report), /^# Classes\r\n/);
  });

  it('pages through `more` links, obeys 429 Retry-After and retries a 5xx: the same numbers', async () => {
    const direct = await aggregate(readLrs({endpoint: lrs.endpoint, user, password}));
    const front = pagingFront(7);
    const endpoint = await front.start();
    try {
      front.faults.push('429', '500');
      const pages: number[] = [];
      const paged = await aggregate(readLrs({endpoint, user, password, backoffMs: 10, onPage: (p) => pages.push(p.pages)}));
      assert.ok(pages.length >= Math.ceil(store().length / 7), `followed the more links (${pages.length} pages)`);
      assert.deepEqual(paged, direct);
    } finally {
      await front.close();
    }
  });

  it('filters by registration (a class) and activity on the LRS', async () => {
    const report = await aggregate(readLrs({endpoint: lrs.endpoint, user, password, registration: klassB}));
    assert.deepEqual(
      report.classes.map((c) => c.klass),
      [klassB],
    );
  });

  it('reads an exported file (NDJSON, a JSON array, in small chunks) to the same numbers', async () => {
    const direct = await aggregate(readLrs({endpoint: lrs.endpoint, user, password}));
    const ndjson = store().map((s) => JSON.stringify(s)).join('\n');
    const chunks = function* (text: string) {
      for (let i = 0; i < text.length; i += 97) yield text.slice(i, i + 97);
    };
    assert.deepEqual(await aggregate(readStatementsText(chunks(ndjson))), direct);
    assert.deepEqual(await aggregate(readStatementsText(chunks(JSON.stringify(store(), null, 1)))), direct);
    assert.deepEqual(await aggregate(readStatementsText(JSON.stringify({statements: store(), more: ''}))), direct);
  });

  it('says clearly what is wrong: credentials, URL, an LRS that stops answering, one that keeps failing', async () => {
    await assert.rejects(aggregate(readLrs({endpoint: lrs.endpoint, user, password: 'wrong'})), (e: ReportSourceError) => e.kind === 'auth' && /credentials/.test(e.message));
    await assert.rejects(aggregate(readLrs({endpoint: 'not a url', user, password})), (e: ReportSourceError) => e.kind === 'url');
    await assert.rejects(aggregate(readLrs({endpoint: `${lrs.url}/nope/`, user, password})), (e: ReportSourceError) => e.kind === 'url' && /xAPI endpoint/.test(e.message));
    await assert.rejects(aggregate(readLrs({endpoint: 'http://127.0.0.1:9/xapi/', user, password, retries: 1, backoffMs: 10})), (e: ReportSourceError) => e.kind === 'url' && /cannot reach/.test(e.message));
    const front = pagingFront(50);
    const endpoint = await front.start();
    try {
      front.faults.push('hang', 'hang');
      await assert.rejects(aggregate(readLrs({endpoint, user, password, timeoutMs: 300, retries: 1, backoffMs: 10})), (e: ReportSourceError) => e.kind === 'timeout' && /did not answer/.test(e.message));
      front.faults.push('500', '500', '500');
      await assert.rejects(aggregate(readLrs({endpoint, user, password, retries: 2, backoffMs: 10})), (e: ReportSourceError) => e.kind === 'server' && /HTTP 503/.test(e.message));
    } finally {
      await front.close();
    }
  });

  it('incremental: aggregating in two runs (as with a `since` cursor) gives the same as one', async () => {
    const all = store();
    const half = Math.floor(all.length / 2);
    const whole = await aggregate(readStatementsText(JSON.stringify(all)));
    const agg = new Aggregator();
    await agg.addAll(all.slice(0, half));
    await agg.addAll(all.slice(half));
    assert.deepEqual(agg.report(), whole);
  });
});
