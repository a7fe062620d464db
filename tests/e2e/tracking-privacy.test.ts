// Privacy, end to end: a whole lesson run records every request the browser makes (and every request
// the LRS receives, keepalive ones included) and fails if the free text of an activity that does not
// share it, or an answer that must stay on the device, appears in any of them, or if any request goes
// to a host that is not the lesson's or the configured LRS. Standalone, SCORM 2004, xAPI and cmi5.
// Today's components send only choice answers; the free-text, survey and check-out answers are sent
// here as the coming components will send them (an `up-answered` event from inside <up-lesson>).
import assert from 'node:assert/strict';
import {readFileSync} from 'node:fs';
import {after, before, describe, it} from 'node:test';
import type {Browser, Frame, Page} from 'puppeteer-core';
import {parseLesson} from '@upstander/schema';
import type {Lesson} from '@upstander/schema';
import type {RunningServer} from '../../packages/cli/src/server.js';
import {launchChromium} from '../browser.js';
import {correctAnswer, lessonFrame, newPage, playLesson, recordRequests, serveLesson, waitFor} from '../lrs/harness.js';
import {startLrs} from '../lrs/lrs.js';
import type {TestLrs} from '../lrs/lrs.js';

const LESSON = 'lessons/groep-7-8/wat-is-online-respect.json';
const PRIVATE = 'GEHEIM Mijn buurjongen Sam pest mij elke dag';
const SHARED = 'GEDEELD Ik stuur Noor een steunend bericht';
const SURVEY = 'nulmeting';
const CHECK_OUT = 'hoe-ging-het';
const REFLECTION = 'mijn-online-stap';
const SHARED_REFLECTION = 'gedeelde-stap';


/** The answers of the coming components, sent as they will send them, from inside <up-lesson>. */
function sendFutureAnswers(target: Page | Frame, lesson: Lesson): Promise<void> {
  const detail = (activityId: string, kind: string, response: string[], text?: Record<string, string>) => ({
    lessonId: lesson.id,
    stepId: lesson.steps.find((s) => 'id' in s.activity && s.activity.id === activityId)!.id,
    activityId,
    kind,
    response,
    correctResponse: [],
    correct: null,
    scored: false,
    ...(text ? {text} : {}),
  });
  const events = [
    detail(SURVEY, 'scale', ['klopt']),
    detail(REFLECTION, 'text', [], {'als-ik-zie': PRIVATE}),
    detail(SHARED_REFLECTION, 'text', [], {'wat-doe-ik': SHARED}),
    // A component that wrongly puts free text among the ids is caught too.
    detail(REFLECTION, 'text', [PRIVATE]),
    detail(CHECK_OUT, 'scale', ['p4']),
  ];
  return target.$eval(
    'up-lesson',
    (el, list) => {
      const inner = el.shadowRoot?.firstElementChild ?? el;
      for (const d of list) inner.dispatchEvent(new CustomEvent('up-answered', {detail: d, bubbles: true, composed: true}));
    },
    events,
  );
}

describe('privacy: what leaves the device', () => {
  let lesson: Lesson;
  let server: RunningServer;
  let lrs: TestLrs;
  let browser: Browser;

  before(async () => {
    const data = JSON.parse(readFileSync(LESSON, 'utf8'));
    // The lesson plus one reflection whose author shares the text: the positive control.
    const at = data.steps.findIndex((s: {id: string}) => s.id === 'afsluiting');
    data.steps.splice(at, 0, {
      id: 'gedeeld',
      title: 'Wat doe jij?',
      activity: {type: 'reflection', id: SHARED_REFLECTION, prompts: [{id: 'wat-doe-ik', prompt: 'Wat doe jij?'}], shareText: true},
    });
    const parsed = parseLesson(data);
    assert.ok(parsed.success, JSON.stringify(parsed.error?.issues));
    lesson = parsed.data;
    server = await serveLesson(lesson);
    lrs = await startLrs();
    browser = await launchChromium();
  });

  after(async () => {
    await browser?.close();
    await server?.close();
    await lrs?.close();
  });

  /** Plays the lesson, sends the coming components' answers halfway, leaves the page. */
  async function run(page: Page, frame: Page | Frame): Promise<void> {
    await playLesson(frame, lesson, correctAnswer, async (i) => {
      if (i === 3) await sendFutureAnswers(frame, lesson);
    });
    await new Promise((r) => setTimeout(r, 500));
    // cmi5: the pupil's exit ends the session (a page that merely goes does not).
    const exit = await frame.$('up-lesson > button.up-exit');
    if (exit) await exit.click();
    await new Promise((r) => setTimeout(r, 300));
    await page.goto('about:blank');
  }

  /** Every request the browser made or the LRS received, as text. */
  function everything(requests: {url: string; body: string}[], lrsFrom = 0): string[] {
    return [...requests.map((r) => `${r.url}\n${r.body}`), ...lrs.requests.slice(lrsFrom).map((r) => `${r.path}?${new URLSearchParams(r.query)}\n${r.body}`)];
  }

  const hosts = (requests: {url: string}[]) => [...new Set(requests.map((r) => new URL(r.url).origin).filter((o) => o !== 'null'))];

  it('standalone: nothing goes anywhere but the lesson\'s own server, and the words stay on the device', async () => {
    const page = await newPage(browser);
    const requests = recordRequests(page);
    await page.goto(`${server.url}/pkg/index.html`);
    await page.waitForSelector('up-lesson');
    const kept = await page.evaluate(() => JSON.stringify(localStorage));
    await run(page, page);
    assert.deepEqual(hosts(requests.filter((r) => !r.url.startsWith('about:') && !r.url.startsWith('data:'))), [server.url]);
    assert.ok(requests.every((r) => r.method === 'GET'), 'only GETs of the lesson files');
    assert.ok(!everything(requests, lrs.requests.length).some((t) => t.includes('GEHEIM')));
    assert.ok(kept !== undefined);
    await page.browserContext().close();
  });

  it('SCORM 2004: the LMS never receives private words, anonymous or check-out answers', async () => {
    const page = await newPage(browser);
    const requests = recordRequests(page);
    await page.goto(`${server.url}/lms/scorm2004.html?launch=/pkg/index.html`);
    const frame = await lessonFrame(page);
    await playLesson(frame, lesson, correctAnswer, async (i) => {
      if (i === 3) await sendFutureAnswers(frame, lesson);
    });
    const lms = JSON.stringify(await page.evaluate(() => (window as any).lms.data()));
    assert.ok(!lms.includes('GEHEIM'), 'no private text in the LMS');
    assert.ok(lms.includes('GEDEELD'), 'shared text is there (the check sees text)');
    assert.ok(!lms.includes(SURVEY) && !lms.includes(CHECK_OUT), 'no anonymous or local answers in the LMS');
    assert.deepEqual(hosts(requests), [server.url]);
    await page.browserContext().close();
  });

  for (const kind of ['xapi', 'cmi5'] as const) {
    it(`${kind}: only the configured LRS, shared words only, no anonymous answers`, async () => {
      const from = lrs.requests.length;
      const firstStatement = lrs.statements.length;
      const actor = {objectType: 'Agent', account: {homePage: 'https://lms.example', name: `leerling-privacy-${kind}`}};
      const registration = kind === 'xapi' ? '00000000-0000-4000-8000-0000000000aa' : undefined;
      const query =
        kind === 'xapi'
          ? new URLSearchParams({endpoint: lrs.endpoint, auth: lrs.auth, actor: JSON.stringify(actor), registration: registration!}).toString()
          : lrs.launchCmi5({actor, activityId: `https://w3id.org/xapi/upstander/lessons/${lesson.id}`}).query;
      const page = await newPage(browser);
      const requests = recordRequests(page);
      await page.goto(`${server.url}/pkg/index.html?${query}`);
      await page.waitForSelector('up-lesson');
      await run(page, page);
      await waitFor(() => lrs.byVerb('terminated').some((s) => s['actor'].account?.name === actor.account.name), 'terminated');

      assert.deepEqual(hosts(requests).sort(), [server.url, lrs.url].sort(), 'only the lesson server and the configured LRS');
      const seen = everything(requests, from);
      assert.ok(!seen.some((t) => t.includes('GEHEIM')), 'private free text never left the device');
      assert.ok(seen.some((t) => t.includes('GEDEELD')), 'shared free text did (so the check sees bodies)');
      assert.ok(!seen.some((t) => t.includes(`activities/${CHECK_OUT}`)), 'the check-out answer never left');

      const statements = lrs.statements.slice(firstStatement).map((s) => s.statement);
      // A launch that names the learner cannot make an answer unlinkable (same credentials, batch,
      // moment): anonymous survey answers stay on the device (docs/privacy.md).
      assert.ok(!seen.some((t) => t.includes(`activities/${SURVEY}`)), 'the anonymous survey answer never left');
      assert.ok(!statements.some((s) => String(s['actor'].account?.homePage).endsWith('/anonymous')), 'no anonymous actors either');
      const withheld = statements.find((s) => String(s['object'].id).endsWith(`/activities/${REFLECTION}`) && s['actor'].account?.name === actor.account.name);
      assert.ok(withheld, 'the private reflection is reported as answered…');
      assert.equal(withheld['result'].response, undefined, '…without the words');
      await page.browserContext().close();
    });
  }
});
