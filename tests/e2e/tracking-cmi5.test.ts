// A cmi5 launch of the lesson's launch files in Chromium: the test LRS plays the LMS (one-time fetch
// URL, LMS.LaunchData with moveOn and masteryScore) and checks the AU's statements as a cmi5 LMS
// would. Statements in the order cmi5 demands (initialized first, passed/completed when earned,
// terminated last, on the pupil's exit), once each, also when the LRS fails mid-lesson; Browse mode
// sends no completion; a reload (F5) carries on in the same session; nothing after terminated.
import assert from 'node:assert/strict';
import {readFileSync} from 'node:fs';
import {after, before, describe, it} from 'node:test';
import type {Browser, Page} from 'puppeteer-core';
import {kerndoel} from '@upstander/curriculum';
import {parseLesson} from '@upstander/schema';
import type {Lesson} from '@upstander/schema';
import type {RunningServer} from '../../packages/cli/src/server.js';
import {launchChromium} from '../browser.js';
import {aria, correctAnswer, newPage, playLesson, recordRequests, serveLesson, waitFor} from '../lrs/harness.js';
import {startLrs} from '../lrs/lrs.js';
import type {Cmi5LaunchOptions, TestLrs} from '../lrs/lrs.js';

const LESSON = 'lessons/groep-7-8/wat-is-online-respect.json';
const AU = 'https://w3id.org/xapi/upstander/lessons/g78-online-respect';
const CMI5 = 'https://w3id.org/xapi/cmi5/context/categories/cmi5';
const MOVE_ON = 'https://w3id.org/xapi/cmi5/context/categories/moveon';
const SESSION = 'https://w3id.org/xapi/cmi5/context/extensions/sessionid';
const MASTERY = 'https://w3id.org/xapi/cmi5/context/extensions/masteryscore';


const verbOf = (s: Record<string, any>) => String(s['verb'].id).split('/').pop()!;
const categories = (s: Record<string, any>) => (s['context']?.contextActivities?.category ?? []).map((c: {id: string}) => c.id);

describe('cmi5 launch', () => {
  let lesson: Lesson;
  let server: RunningServer;
  let lrs: TestLrs;
  let browser: Browser;
  let learner = 0;
  const choices = () => lesson.steps.flatMap((s) => (s.activity.type === 'choice' ? [s.activity] : []));

  const open = async (options: Partial<Cmi5LaunchOptions> = {}) => {
    const actor = {objectType: 'Agent', account: {homePage: 'https://lms.example', name: `leerling-${++learner}`}};
    const launch = lrs.launchCmi5({actor, activityId: AU, ...options});
    const page = await newPage(browser);
    const requests = recordRequests(page);
    await page.goto(`${server.url}/pkg/index.html?${launch.query}`);
    const mine = () => lrs.statements.map((s) => s.statement).filter((s) => s['context']?.registration === launch.registration);
    return {page, launch, actor, mine, requests};
  };
  /** The pupil's exit: the completion screen's button (terminated), then the page goes. */
  const leave = async (page: Page, mine: () => Record<string, any>[], close = true) => {
    await page.locator(aria('button', 'Les afsluiten')).click();
    await page.waitForSelector('::-p-text(De les is afgesloten)', {timeout: 10000});
    await page.goto('about:blank');
    await waitFor(() => mine().some((s) => verbOf(s) === 'terminated'), 'terminated');
    if (close) await page.browserContext().close();
  };

  before(async () => {
    const parsed = parseLesson(JSON.parse(readFileSync(LESSON, 'utf8')));
    assert.ok(parsed.success);
    lesson = parsed.data;
    assert.equal(`https://w3id.org/xapi/upstander/lessons/${lesson.id}`, AU);
    server = await serveLesson(lesson);
    lrs = await startLrs();
    browser = await launchChromium();
  });

  after(async () => {
    await browser?.close();
    await server?.close();
    await lrs?.close();
  });

  it('initializes, answers, passes and completes the moment it is earned, and terminates last', async () => {
    const {page, launch, actor, mine, requests} = await open({masteryScore: 0.5, moveOn: 'CompletedAndPassed'});
    await playLesson(page, lesson, correctAnswer);
    await waitFor(() => mine().some((s) => verbOf(s) === 'completed'), 'completed while the page is still open');
    assert.ok(!mine().some((s) => verbOf(s) === 'terminated'), 'not terminated before the page goes');
    await leave(page, mine);

    const statements = mine();
    const verbs = statements.map(verbOf);
    assert.equal(verbs[0], 'initialized');
    assert.equal(verbs.at(-1), 'terminated');
    assert.equal(verbs.filter((v) => v === 'initialized').length, 1);
    assert.equal(verbs.filter((v) => v === 'passed').length, 1);
    assert.equal(verbs.filter((v) => v === 'completed').length, 1);
    assert.equal(verbs.filter((v) => v === 'answered').length, choices().length, 'anonymous survey and local check-out never sent');
    assert.deepEqual(lrs.cmi5Violations, []);
    for (const s of statements) {
      assert.deepEqual(s['actor'], actor);
      assert.equal(s['context'].extensions[SESSION], launch.sessionId, 'the context template of the launch');
      assert.ok(s['context'].contextActivities.grouping.some((g: {id: string}) => g.id === 'https://lms.example/courses/upstander'));
      for (const id of lesson.kerndoelen) assert.ok(categories(s).includes(kerndoel(id)!.uri), `${verbOf(s)} carries ${id}`);
      const defined = ['initialized', 'completed', 'passed', 'failed', 'terminated'].includes(verbOf(s));
      assert.equal(categories(s).includes(CMI5), defined, `${verbOf(s)}: the cmi5 category only on defined statements`);
    }
    const passed = statements.find((s) => verbOf(s) === 'passed')!;
    assert.equal(passed['object'].id, AU);
    assert.equal(passed['result'].success, true);
    assert.equal(passed['result'].score.scaled, 1);
    assert.equal(passed['context'].extensions[MASTERY], 0.5);
    assert.ok(categories(passed).includes(MOVE_ON));
    const answered = statements.filter((s) => verbOf(s) === 'answered');
    assert.deepEqual(answered.map((s) => s['object'].id), choices().map((a) => `${AU}/activities/${a.id}`));
    assert.equal(lrs.requests.filter((r) => r.path.startsWith('/cmi5/fetch/')).length, 1, 'the fetch URL is called once');
    const chunks = requests.map((r) => r.url.split('/').pop()!).filter((f) => f.startsWith('upstander-'));
    assert.ok(chunks.includes('upstander-cmi5-sink.js') && chunks.includes('upstander-xapi-lib.js'), `cmi5 chunks: ${chunks}`);
    assert.ok(!chunks.includes('upstander-xapi-sink.js'));
  });

  it('fails against the mastery score without passing, and sends no completion in Browse mode', async () => {
    const wrong = await open({masteryScore: 0.99});
    await playLesson(wrong.page, lesson, (a) => (a.scored ? a.options.find((o) => !o.correct)!.id : correctAnswer(a)));
    await leave(wrong.page, wrong.mine);
    assert.deepEqual(wrong.mine().map(verbOf).filter((v) => ['passed', 'failed', 'completed'].includes(v)), ['failed', 'completed']);

    const browse = await open({launchMode: 'Browse'});
    await playLesson(browse.page, lesson, correctAnswer);
    await leave(browse.page, browse.mine);
    const verbs = browse.mine().map(verbOf);
    assert.equal(verbs[0], 'initialized');
    assert.ok(!verbs.some((v) => ['passed', 'failed', 'completed'].includes(v)), `no completion in Browse mode: ${verbs}`);
    assert.deepEqual(lrs.cmi5Violations, []);
  });

  it('keeps the cmi5 order and sends each statement once while the LRS fails mid-lesson', async () => {
    const {page, mine} = await open({masteryScore: 0.5});
    await playLesson(page, lesson, correctAnswer, async (i) => {
      if (i === 2) lrs.setFault('500', /\/statements$/);
      if (i === 4) lrs.setFault('store-then-500', /\/statements$/);
      if (i === 6) await page.setOfflineMode(true);
      if (i === 8) {
        await page.setOfflineMode(false);
        lrs.setFault('none');
      }
    });
    await waitFor(() => mine().some((s) => verbOf(s) === 'completed'), 'completed');
    await leave(page, mine);
    const ids = mine().map((s) => s['id']);
    assert.equal(new Set(ids).size, ids.length);
    const verbs = mine().map(verbOf);
    assert.equal(verbs[0], 'initialized');
    assert.equal(verbs.at(-1), 'terminated');
    assert.equal(verbs.filter((v) => v === 'answered').length, choices().length);
    assert.equal(verbs.filter((v) => v === 'progressed').length, lesson.steps.length);
    assert.deepEqual(lrs.cmi5Violations, []);
  });

  it('carries on in the same session after a reload (F5): no terminated, no second initialized, everything after it arrives', async () => {
    // As ADL on a busy machine: writes take seconds, and two overlapping POSTs of one id store it twice.
    lrs.racy = true;
    lrs.slowMs = 1500;
    const {page, launch, mine} = await open({masteryScore: 0.5});
    const half = 3;
    await playLesson(page, lesson, correctAnswer, async (i) => {
      if (i !== half) return;
      // The statements of the last steps are still in flight (1.5 s per write) as the page goes.
      await page.reload();
      await page.waitForSelector('up-lesson');
      assert.equal(await page.$('up-lesson[save-failed]'), null, 'no "not saved" message after a reload');
      await new Promise((r) => setTimeout(r, 300));
      assert.ok(!mine().some((s) => verbOf(s) === 'terminated'), 'a reload is not an exit');
    });
    await waitFor(() => mine().some((s) => verbOf(s) === 'completed'), 'completed after the reload', 90_000);
    await leave(page, mine);

    const verbs = mine().map(verbOf);
    assert.equal(verbs.filter((v) => v === 'initialized').length, 1, 'one session: initialized once');
    assert.equal(verbs.at(-1), 'terminated');
    assert.equal(verbs.filter((v) => v === 'terminated').length, 1);
    assert.equal(verbs.filter((v) => v === 'passed').length, 1);
    assert.equal(verbs.filter((v) => v === 'answered').length, choices().length, 'the answers after the reload arrive too');
    const ids = mine().map((s) => s['id']);
    assert.equal(new Set(ids).size, ids.length);
    assert.equal(lrs.requests.filter((r) => r.path.startsWith('/cmi5/fetch/') && r.path.endsWith(launch.fetchUrl.split('/').pop()!)).length, 1, 'the fetch URL is called once');
    assert.deepEqual(lrs.cmi5Violations, []);
    lrs.racy = false;
    lrs.slowMs = 150;
  });

  it('does not talk past terminated when the page is reloaded after the exit, and tells the pupil', async () => {
    const {page, mine} = await open();
    await playLesson(page, lesson, correctAnswer);
    const url = page.url();
    await leave(page, mine, false);
    const count = mine().length;
    await page.goto(url); // the same tab: its sessionStorage knows the session ended
    await page.waitForSelector('up-lesson[save-failed]', {timeout: 10000});
    await new Promise((r) => setTimeout(r, 1000));
    assert.equal(mine().length, count, 'nothing after terminated');
    assert.equal(mine().map(verbOf).at(-1), 'terminated');
    assert.deepEqual(lrs.cmi5Violations, []);
    await page.browserContext().close();
  });
});
