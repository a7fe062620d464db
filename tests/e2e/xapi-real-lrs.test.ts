// Optional: every xAPI and cmi5 lesson package against a real LRS (ADL's reference LRS, set up by
// ../shared/harness/lrs-up.sh), when UPSTANDER_REAL_LRS names its endpoint and UPSTANDER_REAL_LRS_AUTH
// its `user:password`; skipped otherwise (CI has no such LRS). Faults are injected in tests/lrs; here
// the real thing is played as a pupil does:
// - xAPI: half the lesson, the tab is closed; the rest on a second device (a fresh browser context:
//   resume from the LRS's state document), with a reload (F5) on the way;
// - cmi5: this test plays the LMS (a one-time fetch URL, LMS.LaunchData in the LRS); the lesson is
//   reloaded half-way and carries on in the same session, and the pupil exits at the end.
// Then the LRS's own statements are read back (GET, following `more`): each statement exactly once,
// each step reported once, one completed, cmi5's initialized first and terminated last; no save
// warning while everything was delivered.
//   UPSTANDER_REAL_LRS=http://127.0.0.1:18000/xAPI/ UPSTANDER_REAL_LRS_AUTH=user:pw npx tsx tests/run-node-tests.ts xapi-real-lrs
// (UPSTANDER_REAL_LRS_ONLY=<part of a lesson id> plays only those lessons).
import assert from 'node:assert/strict';
import {randomUUID} from 'node:crypto';
import {createServer} from 'node:http';
import type {Server} from 'node:http';
import {readFileSync} from 'node:fs';
import type {AddressInfo} from 'node:net';
import {join} from 'node:path';
import {after, before, describe, it} from 'node:test';
import type {Browser, Page} from 'puppeteer-core';
import {folder} from '../../packages/cli/src/server.js';
import type {Resolver, RunningServer} from '../../packages/cli/src/server.js';
import {startRig, stopAll} from './harness.js';
import {allSources, playThrough, workspace} from './packages-play.js';

const ENDPOINT = process.env['UPSTANDER_REAL_LRS']?.replace(/\/?$/, '/');
const AUTH = `Basic ${Buffer.from(process.env['UPSTANDER_REAL_LRS_AUTH'] ?? '').toString('base64')}`;
const PROGRESS = 'https://w3id.org/xapi/cmi5/result/extensions/progress';
const VERSION = {'X-Experience-API-Version': '1.0.3'};

type Statement = Record<string, any>;
const verbOf = (s: Statement) => String(s['verb'].id).split('/').pop()!;

/** Every statement the LRS holds for a registration, following `more`. */
async function stored(registration: string): Promise<Statement[]> {
  const out: Statement[] = [];
  let next: string | undefined = `${ENDPOINT}statements?${new URLSearchParams({registration, limit: '200', ascending: 'true'})}`;
  while (next) {
    const response: Response = await fetch(next, {headers: {Authorization: AUTH, ...VERSION}});
    assert.equal(response.status, 200, `GET statements: ${response.status}`);
    const page = (await response.json()) as {statements: Statement[]; more?: string};
    out.push(...page.statements);
    next = page.more ? new URL(page.more, ENDPOINT).toString() : undefined;
  }
  return out;
}

/** Each statement once: no id twice; one completed; progress per step once. */
function exactlyOnce(statements: Statement[], what: string): void {
  const ids = statements.map((s) => s['id']);
  assert.equal(new Set(ids).size, ids.length, `${what}: a statement id stored twice`);
  assert.equal(statements.filter((s) => verbOf(s) === 'completed').length, 1, `${what}: one completed`);
  const progress = statements.filter((s) => verbOf(s) === 'progressed').map((s) => `${s['object'].id} ${s['result'].extensions[PROGRESS]}`);
  assert.equal(new Set(progress).size, progress.length, `${what}: a step reported twice: ${progress}`);
}

async function until(check: () => Promise<boolean>, what: string, ms = 20_000): Promise<void> {
  const end = Date.now() + ms;
  while (!(await check())) {
    if (Date.now() > end) throw new Error(`timed out waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 250));
  }
}

const attr = (xml: string, element: string, name: string) => xml.match(new RegExp(`<${element}\\b[^>]*\\s${name}="([^"]*)"`))?.[1];
const text = (xml: string, element: string) => xml.match(new RegExp(`<${element}\\b[^>]*>([^<]*)</${element}>`))?.[1];
const noWarning = async (page: Page) => (await page.$('up-lesson[save-failed]')) === null;
/** The queue in the browser is empty: everything was delivered. */
const delivered = (page: Page) => page.evaluate(() => Object.keys(localStorage).every((k) => !k.startsWith('upstander:xapi:')));
/** What the queue in the browser holds (for a failure message). */
const queued = (page: Page) =>
  page.evaluate(() => Object.entries(localStorage).filter(([k]) => k.startsWith('upstander:xapi:')).map(([, v]) => {
    const q = JSON.parse(v) as {statements: {verb: {id: string}}[]; sending?: object; state?: object; rejected?: unknown[]; etag?: string};
    return JSON.stringify({statements: q.statements.map((s) => s.verb.id.split('/').pop()), sending: q.sending, state: !!q.state, rejected: q.rejected?.length, etag: q.etag, now: Date.now()});
  }));
async function untilDelivered(page: Page, what: string): Promise<void> {
  try {
    await until(() => delivered(page), what, 60_000);
  } catch (error) {
    throw new Error(`${(error as Error).message}: ${(await queued(page)).join(' ')}`);
  }
}

describe('xAPI and cmi5 packages against a real LRS', {skip: ENDPOINT ? false : 'set UPSTANDER_REAL_LRS (and UPSTANDER_REAL_LRS_AUTH) to run'}, () => {
  // UPSTANDER_REAL_LRS_ONLY=<part of a lesson id>: only those lessons.
  const only = process.env['UPSTANDER_REAL_LRS_ONLY'];
  const sources = ENDPOINT ? allSources().filter((s) => !only || (s.kind === 'lesson' && s.lesson.id.includes(only))) : [];
  const space = workspace('real-lrs');
  const unpacked = new Map<string, string>();
  let server: RunningServer;
  let browser: Browser;
  let lms: Server;
  let lmsUrl = '';
  /** One-time cmi5 fetch URLs: id → used. */
  const fetchUrls = new Map<string, boolean>();

  before(async () => {
    const mounts: Record<string, Resolver> = {};
    for (const source of sources) {
      if (source.kind !== 'lesson') continue;
      for (const format of ['xapi', 'cmi5'] as const) {
        const dir = space.unpack(source, format);
        unpacked.set(`${format}/${source.info.name}`, dir);
        mounts[`/${format}/${source.info.name}/`] = folder(dir);
      }
    }
    ({server, browser} = await startRig(mounts));
    // The LMS side of a cmi5 launch: the fetch URL gives the LRS credentials as the auth token, once.
    lms = createServer((req, res) => {
      res.setHeader('Access-Control-Allow-Origin', req.headers.origin ?? '*');
      res.setHeader('Content-Type', 'application/json');
      const id = req.url?.split('/').pop() ?? '';
      if (req.method !== 'POST' || !fetchUrls.has(id)) res.writeHead(req.method === 'OPTIONS' ? 204 : 404).end();
      else if (fetchUrls.get(id)) res.writeHead(200).end(JSON.stringify({'error-code': '1', 'error-text': 'already used'}));
      else {
        fetchUrls.set(id, true);
        res.writeHead(200).end(JSON.stringify({'auth-token': AUTH.slice('Basic '.length)}));
      }
    });
    await new Promise<void>((resolve) => lms.listen(0, '127.0.0.1', resolve));
    lmsUrl = `http://127.0.0.1:${(lms.address() as AddressInfo).port}`;
  });

  after(async () => {
    await stopAll(browser, server, lms && {close: () => new Promise<void>((resolve) => lms.close(() => resolve()))});
    space.remove();
  });

  for (const source of sources) {
    if (source.kind !== 'lesson') continue;
    const {lesson} = source;
    const half = Math.floor(lesson.steps.length / 2);

    it(`${lesson.id}: xAPI, a closed tab, then a second device with a reload: each statement once, resume, no warning`, async () => {
      const tincan = readFileSync(join(unpacked.get(`xapi/${source.info.name}`)!, 'tincan.xml'), 'utf8');
      const activityId = attr(tincan, 'activity', 'id')!;
      const actor = {objectType: 'Agent', account: {homePage: 'https://lms.example', name: `pupil-${randomUUID()}`}};
      const registration = randomUUID();
      const query = new URLSearchParams({endpoint: ENDPOINT!, auth: AUTH, actor: JSON.stringify(actor), registration, activity_id: activityId});
      const url = `${server.url}/xapi/${source.info.name}/${text(tincan, 'launch')!}?${query}`;

      // Device 1: half the lesson, then the tab is closed (after its queue is delivered).
      const first = await browser.createBrowserContext();
      const page1 = await first.newPage();
      await page1.goto(url);
      await page1.waitForSelector('up-lesson');
      await playThrough(page1.mainFrame(), lesson, {until: Math.max(half, 1)});
      await untilDelivered(page1, 'the first half delivered');
      await page1.close({runBeforeUnload: true});
      await first.close();
      const afterClose = await stored(registration);
      assert.ok(afterClose.some((s) => verbOf(s) === 'initialized'));

      // Device 2: resumes where the LRS says, reloads half-way through the rest, finishes.
      const second = await browser.createBrowserContext();
      const page = await second.newPage();
      await page.goto(url);
      await page.waitForSelector('up-lesson');
      const step = await page.$eval('up-lesson', (el) => (el as unknown as {learnerState: {step: number; completed: boolean}}).learnerState);
      assert.ok(step.completed || step.step > 0, `resumed on the second device (step ${step.step})`);
      if (!step.completed) {
        const reloadAt = step.step + Math.floor((lesson.steps.length - step.step) / 2);
        await playThrough(page.mainFrame(), lesson, {
          from: step.step,
          before: async (i) => {
            if (i !== reloadAt || i === step.step) return;
            await page.reload();
            await page.waitForSelector('up-lesson');
          },
        });
      }
      await untilDelivered(page, 'everything delivered');
      assert.ok(await noWarning(page), 'no save warning while everything is delivered');
      await page.close({runBeforeUnload: true});
      await second.close();
      await new Promise((r) => setTimeout(r, 1000));

      const statements = await stored(registration);
      exactlyOnce(statements, lesson.id);
      assert.ok(statements.some((s) => verbOf(s) === 'resumed'), 'resumed on the second device');
      const state = await fetch(`${ENDPOINT}activities/state?${new URLSearchParams({activityId, agent: JSON.stringify(actor), registration, stateId: 'https://w3id.org/xapi/upstander/state'})}`, {headers: {Authorization: AUTH, ...VERSION}});
      assert.equal(state.status, 200);
      assert.match(((await state.json()) as {state: string}).state, /;c1;|;c1$/, 'the state document says completed');
    });

    it(`${lesson.id}: cmi5, a reload half-way carries on in the session, the exit terminates: each statement once`, async () => {
      const cmi5 = readFileSync(join(unpacked.get(`cmi5/${source.info.name}`)!, 'cmi5.xml'), 'utf8');
      const auId = attr(cmi5, 'au', 'id')!;
      const masteryScore = attr(cmi5, 'au', 'masteryScore');
      const actor = {objectType: 'Agent', account: {homePage: 'https://lms.example', name: `pupil-${randomUUID()}`}};
      const registration = randomUUID();
      const launchData = {
        contextTemplate: {extensions: {'https://w3id.org/xapi/cmi5/context/extensions/sessionid': randomUUID()}},
        launchMode: 'Normal',
        moveOn: attr(cmi5, 'au', 'moveOn') ?? 'CompletedOrPassed',
        ...(masteryScore ? {masteryScore: Number(masteryScore)} : {}),
      };
      const put = await fetch(`${ENDPOINT}activities/state?${new URLSearchParams({activityId: auId, agent: JSON.stringify(actor), registration, stateId: 'LMS.LaunchData'})}`, {
        method: 'PUT',
        headers: {Authorization: AUTH, ...VERSION, 'Content-Type': 'application/json', 'If-None-Match': '*'},
        body: JSON.stringify(launchData),
      });
      assert.equal(put.status, 204, 'LMS.LaunchData written');
      const fetchId = randomUUID();
      fetchUrls.set(fetchId, false);
      const query = new URLSearchParams({endpoint: ENDPOINT!, fetch: `${lmsUrl}/fetch/${fetchId}`, actor: JSON.stringify(actor), registration, activityId: auId});
      const context = await browser.createBrowserContext();
      const page = await context.newPage();
      await page.goto(`${server.url}/cmi5/${source.info.name}/${text(cmi5, 'url')!}?${query}`);
      await page.waitForSelector('up-lesson');
      await playThrough(page.mainFrame(), lesson, {
        before: async (i) => {
          if (i !== half || half === 0) return;
          await page.reload();
          await page.waitForSelector('up-lesson');
          assert.ok(await noWarning(page), 'a reload carries on: no warning');
        },
      });
      await untilDelivered(page, 'everything delivered');
      assert.ok(await noWarning(page), 'no save warning while everything is delivered');
      assert.ok(!(await stored(registration)).some((s) => verbOf(s) === 'terminated'), 'not terminated by the reload');
      await page.click('up-lesson > button.up-exit');
      await until(async () => (await stored(registration)).some((s) => verbOf(s) === 'terminated'), 'terminated');
      await context.close();

      const statements = await stored(registration);
      exactlyOnce(statements, lesson.id);
      const verbs = statements.map(verbOf);
      assert.equal(verbs[0], 'initialized');
      assert.equal(verbs.at(-1), 'terminated');
      assert.equal(verbs.filter((v) => v === 'initialized').length, 1, 'one session');
      assert.equal(verbs.filter((v) => v === 'terminated').length, 1);
      assert.equal(fetchUrls.get(fetchId), true);
    });
  }
});
