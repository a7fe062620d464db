// @upstander/report against statements produced by REAL lesson runs: the xAPI packages of two
// lessons, as `upstander build` writes them, unpacked by Debian's unzip and launched in Chromium the
// way an LMS launches them (tincan.xml), against the test LRS (tests/lrs/). Pupils play the lessons;
// then the report reads the LRS's Statement API directly, through a paging front with faults (more
// links, 429 Retry-After, 5xx, 401, a wrong URL, an LRS that stops answering) and from an exported
// NDJSON file, and must give the same numbers every time — the numbers a count over the LRS's own
// store gives. `upstander report` (the CLI) runs over the same LRS. With UPSTANDER_ADL_LRS set (e.g.
// http://127.0.0.1:18000/xAPI/, Basic upstander:upstander-pw from UPSTANDER_ADL_AUTH), the stored
// statements are also posted to ADL's LRS and the report over it must give the same numbers.
import assert from 'node:assert/strict';
import {randomUUID} from 'node:crypto';
import {execFile} from 'node:child_process';
import {promisify} from 'node:util';
import {readFileSync} from 'node:fs';
import {createServer} from 'node:http';
import type {AddressInfo} from 'node:net';
import {join} from 'node:path';
import {after, before, describe, it} from 'node:test';
import type {Browser} from 'puppeteer-core';
import {Aggregator, aggregate, statementProblems, formatCsv, formatText, readLrs, readStatementsText} from '@upstander/report';
import type {ReportSourceError, XapiStatement} from '@upstander/report';
import {folder} from '../../packages/cli/src/server.js';
import type {Resolver, RunningServer} from '../../packages/cli/src/server.js';
import {startRig, stopAll} from './harness.js';
import {startLrs} from '../lrs/lrs.js';
import type {TestLrs} from '../lrs/lrs.js';
import {answeredIds, allSources, playThrough, workspace} from './packages-play.js';

// Two lessons with questions (scored and unscored choices, a sort), so the per-question numbers are checked.
const sources = ['g78-online-respect', 'bw-achter-het-scherm'].map((name) => allSources().find((s) => s.kind === 'lesson' && s.info.name === name)!);
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
  const faults: ('429' | '500' | 'hang' | 'malformed')[] = [];
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
    // The test LRS pages too (10 a page): the front reads every upstream page, then pages its own way.
    const all: XapiStatement[] = [];
    let next = `${lrs.endpoint}statements?${url.searchParams}`;
    while (next) {
      const upstream = await fetch(next, {headers: {Authorization: req.headers.authorization ?? '', 'X-Experience-API-Version': '1.0.3'}});
      if (upstream.status !== 200) return res.writeHead(upstream.status).end();
      const page = (await upstream.json()) as {statements: XapiStatement[]; more?: string};
      all.push(...page.statements);
      next = page.more ? new URL(page.more, lrs.endpoint).href : '';
    }
    const slice: unknown[] = all.slice(from, from + pageSize);
    // Whatever a broken LRS or another tool may have stored: not statements at all, or without a verb.
    if (fault === 'malformed') slice.push(null, 'text', {id: 'x', actor: {mbox: 'mailto:a@example.org'}, verb: {id: 'http://adlnet.gov/expapi/verbs/experienced'}, object: {id: 'https://example.org/a'}});
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
    assert.equal(report.malformed, 0);
    // Per step: every pupil who finished reached 100 %; the one who left halfway is started, not further.
    assert.deepEqual(l1.steps.at(-1), {progress: 100, reached: 3});
    assert.ok(l1.steps.every((st) => st.reached <= 4));
    assert.match(formatText(report), /Lessons/);
    assert.match(formatCsv(report), /^# Classes\r\n/);
  });

  it('every statement the lessons sent follows the xAPI profile (docs/xapi-profile.jsonld)', () => {
    assert.ok(store().length > 20);
    for (const statement of store()) assert.deepEqual(statementProblems(statement), [], `${statement['verb']?.id} ${statement['object']?.id}`);
  });

  it('per question: the answers the pupils chose, as they chose them', async () => {
    const report = await aggregate(readLrs({endpoint: lrs.endpoint, user, password}));
    const [first] = sources.map((s) => s.info.name) as [string];
    const source = sources[0]!;
    if (source.kind !== 'lesson') return;
    const lesson = source.lesson;
    const finished = runs.filter((r) => r.lesson === first).length;
    assert.equal(finished, 3);
    assert.ok(answeredIds(lesson).length >= 2, 'the lesson has questions');
    // playThrough answers the first scored choice question with a wrong option, every other choice rightly.
    let wrongDone = false;
    for (const id of answeredIds(lesson)) {
      const row = report.activities.find((a) => a.activity === `${lessonIri(first)}/activities/${id}`);
      assert.ok(row, `a row for ${id}`);
      assert.equal(row.answered, finished, `${id}: answered once per finished run`);
      assert.equal(row.learners, finished);
      const activity = lesson.steps.find((st) => 'id' in st.activity && st.activity.id === id)!.activity;
      if (activity.type !== 'choice') continue;
      const wrong: boolean = !wrongDone && activity.scored === true;
      if (wrong) wrongDone = true;
      const pick: {id: string; text: string; correct?: boolean} = (wrong ? activity.options.find((o) => !o.correct) : undefined) ?? activity.options.find((o) => o.correct) ?? activity.options[0]!;
      const chosen = row.distribution.find((d) => d.response === pick.id)!;
      assert.deepEqual([chosen.count, chosen.label, chosen.correct], [finished, pick.text, pick.correct === true], `${id}: option ${pick.id} chosen by every pupil`);
      assert.equal(row.distribution.reduce((n, d) => n + d.count, 0), finished, `${id}: no other option counted`);
      assert.equal(row.distribution.length, activity.options.length, `${id}: every option listed, also those never chosen`);
      if (activity.scored) assert.equal(row.correct, pick.correct ? finished : 0);
    }
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
      // A page with things that are not statements: skipped and counted, the rest the same.
      front.faults.push('malformed');
      const withJunk = await aggregate(readLrs({endpoint, user, password, backoffMs: 10}));
      assert.deepEqual({...withJunk, statements: withJunk.statements - 3, malformed: 0, ignored: 0}, direct);
      assert.deepEqual([withJunk.malformed, withJunk.ignored], [2, 1], 'two malformed, one foreign (no Upstander verb)');
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

  it('`upstander report` prints the same numbers as CSV, JSON and a self-contained HTML page, and says what is wrong', async () => {
    const direct = await aggregate(readLrs({endpoint: lrs.endpoint, user, password}));
    // Asynchronously: the test LRS answers from this process.
    const cli = async (...args: string[]) =>
      (
        await promisify(execFile)(process.execPath, ['--import', 'tsx', 'packages/cli/src/main.ts', 'report', '--lrs', lrs.endpoint, '--user', user, ...args], {
          encoding: 'utf8',
          env: {...process.env, UPSTANDER_LRS_PASSWORD: password},
        })
      ).stdout;
    assert.deepEqual(JSON.parse(await cli('--format', 'json')), JSON.parse(JSON.stringify(direct)));
    const csv = await cli('--format', 'csv');
    const [first] = sources.map((s) => s.info.name) as [string];
    const l1 = direct.lessons.find((l) => l.lesson === lessonIri(first))!;
    assert.ok(csv.split('\r\n').some((line) => line.startsWith(`${first},`) && line.includes(`,${l1.learners},${l1.started},${l1.completed},`)), 'the lesson row in the CSV');
    const html = await cli('--format', 'html');
    assert.match(html, /^<!doctype html>/);
    assert.match(html, /<svg class="chart" aria-hidden="true"/);
    assert.doesNotMatch(html, /<script|<link|\ssrc=|@import|url\(/i, 'no script, no request of any kind');
    const byLesson = JSON.parse(await cli('--format', 'json', '--lesson', first, '--page-size', '4'));
    assert.deepEqual(
      byLesson.lessons.map((l: {lesson: string}) => l.lesson),
      [lessonIri(first)],
      '--lesson: the LRS filters on the lesson and its questions (related_activities)',
    );
    assert.deepEqual(byLesson.lessons, direct.lessons.filter((l) => l.lesson === lessonIri(first)));
    assert.equal(byLesson.activities.length, direct.activities.filter((a) => a.lesson === lessonIri(first)).length, 'its questions too');
    const later = JSON.parse(await cli('--format', 'json', '--since', direct.lastStored!));
    assert.equal(later.statements, 0, '--since the last stored: nothing new');
    await assert.rejects(
      cli('--password', 'wrong'),
      (e: {code: number; stderr: string}) => e.code === 1 && /refused the credentials \(HTTP 401\)/.test(e.stderr) && !/at .*\.ts/.test(e.stderr),
    );
  });

  it('ADL\'s LRS holding the same statements gives the same numbers (UPSTANDER_ADL_LRS)', {skip: !process.env['UPSTANDER_ADL_LRS'] && 'set UPSTANDER_ADL_LRS to run against ADL\'s LRS'}, async () => {
    const endpoint = process.env['UPSTANDER_ADL_LRS']!;
    const auth = process.env['UPSTANDER_ADL_AUTH'] ?? `Basic ${Buffer.from('upstander:upstander-pw').toString('base64')}`;
    const statements = store().map(({stored: _s, authority: _a, ...rest}) => rest);
    const posted = await fetch(`${endpoint.replace(/\/?$/, '/')}statements`, {
      method: 'POST',
      headers: {Authorization: auth, 'X-Experience-API-Version': '1.0.3', 'Content-Type': 'application/json'},
      body: JSON.stringify(statements),
    });
    assert.equal(posted.status, 200, await posted.text());
    for (const registration of [klassA, klassB]) {
      const ours = await aggregate(readLrs({endpoint: lrs.endpoint, user, password, registration}));
      const adl = await aggregate(readLrs({endpoint, token: auth, registration, limit: 5}));
      const numbers = (r: typeof ours) => ({...r, lastStored: undefined});
      assert.deepEqual(numbers(adl), numbers(ours), `class ${registration}: the same report from ADL's LRS`);
    }
  });
});
