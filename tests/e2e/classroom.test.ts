// Classroom mode (`?mode=classroom`, the digibord) in the demo that `npm start` serves, as a teacher uses
// it: the facilitator notes open and close with the keyboard (a disclosure button, axe clean), show the
// guide of the step on screen and follow the lesson from step to step; and the answers of the class are
// discussed, not stored (docs/decisions/0004-classroom-mode.md): nothing in the browser's localStorage,
// only the step in sessionStorage (a reload keeps the place, not the answers), and nothing reaches the
// LMS when the lesson runs in one (the SCORM 1.2 preview LMS).
import assert from 'node:assert/strict';
import {writeFileSync} from 'node:fs';
import {createRequire} from 'node:module';
import {join} from 'node:path';
import {after, before, describe, it} from 'node:test';
import type {Browser, Frame, Page} from 'puppeteer-core';
import {demoMounts, librarySources} from '../../packages/cli/src/demo.js';
import {loadLibrary} from '../../packages/cli/src/lessons.js';
import {launchUrl, previewUrl} from '../../packages/cli/src/pages.js';
import {folder} from '../../packages/cli/src/server.js';
import type {RunningServer} from '../../packages/cli/src/server.js';
import {embedSnippet} from '@upstander/packager';
import type {Lesson} from '@upstander/schema';
import {startRig, stopAll} from './harness.js';
import {aria, labels, lessonFrame, playThrough, playToAfterFirstQuestion, workspace} from './packages-play.js';

const NOTES = 'Notities voor de begeleider';
const sources = librarySources(loadLibrary(['lessons']));
const source = sources.find((s) => s.kind === 'lesson' && s.lesson.id === 'g78-online-respect');
if (!source || source.kind !== 'lesson') throw new Error('lessons/groep-7-8/wat-is-online-respect.json is missing');
const lesson: Lesson = source.lesson;
const axeSource = createRequire(import.meta.url).resolve('axe-core/axe.min.js');
let server: RunningServer;
let browser: Browser;
const space = workspace('classroom');
/** A school's own website page with nothing but the embed snippet, its <up-lesson> in classroom mode. */
const SITE = '/site/klassikaal.html';

before(async () => {
  const mounts = demoMounts(sources);
  mounts[`/embed/${source.info.name}/`] = folder(space.unpack(source, 'embed'));
  const snippet = embedSnippet(lesson, `/embed/${source.info.name}/`).replace('<up-lesson ', '<up-lesson mode="classroom" ');
  assert.match(snippet, /<up-lesson mode="classroom" src=/);
  writeFileSync(
    join(space.dir, 'klassikaal.html'),
    `<!doctype html><html lang="${lesson.language}"><head><meta charset="utf-8"><title>Onze school</title></head><body>
<h1>Onze school</h1>
${snippet}
</body></html>`,
  );
  mounts['/site/'] = folder(space.dir);
  ({server, browser} = await startRig(mounts));
});
after(async () => {
  await stopAll(browser, server);
  space.remove();
});

/** The guide part that plays a lesson step. */
const partOf = (stepId: string) => lesson.facilitatorGuide.steps.findIndex((p) => p.lessonSteps.includes(stepId));
/** Guide text as it shows: no Markdown marks, white space as one space. */
const plain = (text: string) => text.replace(/\*+/g, '').replace(/\s+/g, ' ').trim();

/** What the notes show: the toggle's state, the panel's, the guide's step and its highlighted part. */
const notes = (frame: Frame) =>
  frame.evaluate((name) => {
    const toggle = [...document.querySelectorAll('button')].find((b) => b.textContent?.trim() === name);
    const panel = toggle && document.getElementById(toggle.getAttribute('aria-controls') ?? '');
    const guide = panel?.querySelector('up-facilitator-guide');
    const part = guide?.shadowRoot?.querySelector<HTMLElement>('section.part[aria-current="step"]');
    const inView = (() => {
      if (!panel || !part || panel.hidden) return false;
      const a = panel.getBoundingClientRect();
      const b = part.getBoundingClientRect();
      return b.top < a.bottom && b.bottom > a.top;
    })();
    return {
      expanded: toggle?.getAttribute('aria-expanded'),
      focused: document.activeElement === toggle,
      panelShown: Boolean(panel && !panel.hidden && panel.getBoundingClientRect().height > 0),
      step: guide?.getAttribute('step') ?? null,
      partId: part?.id ?? null,
      partText: (part?.innerText ?? '').replace(/\s+/g, ' '),
      inView,
    };
  }, NOTES);

/** The browser storage of the page: every localStorage and sessionStorage key with its value. */
const storage = (frame: Frame) =>
  frame.evaluate(() => ({
    local: Object.fromEntries(Object.keys(localStorage).map((k) => [k, localStorage.getItem(k)])),
    session: Object.fromEntries(Object.keys(sessionStorage).map((k) => [k, sessionStorage.getItem(k)])),
  }));

async function axeViolations(page: Page): Promise<string[]> {
  await page.addScriptTag({path: axeSource});
  return page.evaluate(async () => {
    const axe = (window as unknown as {axe: {run(context: Document, options: object): Promise<{violations: {id: string; nodes: {target: unknown}[]}[]}>}}).axe;
    const result = await axe.run(document, {runOnly: {type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa']}});
    return result.violations.map((v) => `${v.id}: ${JSON.stringify(v.nodes.map((n) => n.target))}`);
  });
}

describe('classroom mode in the demo', () => {
  it('the facilitator notes open with the keyboard, show the step on screen and follow the lesson', async () => {
    const t = labels(lesson);
    const [first, second] = lesson.steps;
    assert.ok(first && second && partOf(first.id) !== partOf(second.id), 'the first two steps belong to different parts of the guide');
    const context = await browser.createBrowserContext();
    const page = await context.newPage();
    const errors: string[] = [];
    page.on('pageerror', (error) => errors.push(String(error)));
    await page.goto(`${server.url}/web/${source.info.name}/?mode=classroom`);
    await page.waitForSelector(aria('heading', first.title));
    await page.waitForSelector(aria('button', NOTES));
    const frame = page.mainFrame();
    assert.deepEqual((({expanded, panelShown}) => ({expanded, panelShown}))(await notes(frame)), {expanded: 'false', panelShown: false}, 'closed at first');

    // The keyboard: the toggle is the first stop on the page; Enter opens, Space closes, Enter opens.
    await page.keyboard.press('Tab');
    assert.equal((await notes(frame)).focused, true, 'Tab reaches the toggle first');
    await page.keyboard.press('Enter');
    let shown = await notes(frame);
    assert.equal(shown.expanded, 'true');
    assert.equal(shown.panelShown, true, 'the panel shows');
    await page.keyboard.press('Space');
    shown = await notes(frame);
    assert.deepEqual([shown.expanded, shown.panelShown], ['false', false], 'Space closes it');
    await page.keyboard.press('Enter');

    // The guide of the step on screen: its part highlighted, with its title and what to do.
    const check = async (stepId: string) => {
      await page.waitForFunction((id) => document.querySelector('up-facilitator-guide')?.getAttribute('step') === id, {timeout: 30_000}, stepId);
      const part = lesson.facilitatorGuide.steps[partOf(stepId)]!;
      await frame.waitForFunction(
        () => {
          const panel = document.querySelector<HTMLElement>('.up-classroom-panel');
          const current = document.querySelector('up-facilitator-guide')?.shadowRoot?.querySelector('section.part[aria-current="step"]');
          if (!panel || !current) return false;
          const a = panel.getBoundingClientRect();
          const b = current.getBoundingClientRect();
          return b.top < a.bottom && b.bottom > a.top;
        },
        {timeout: 30_000},
      );
      const now = await notes(frame);
      assert.equal(now.partId, `part-${partOf(stepId)}`, `the part of step ${stepId} is highlighted`);
      assert.ok(now.partText.includes(part.title), `it shows the part "${part.title}"`);
      assert.ok(now.partText.includes(plain(part.do).slice(0, 80)), `and what to do: "${plain(part.do).slice(0, 80)}…"`);
      assert.equal(now.inView, true, 'the part is in view in the panel');
    };
    await check(first.id);
    assert.deepEqual(await axeViolations(page), [], 'axe: no violations with the notes open');

    // A step on: the notes follow.
    await page.locator(aria('button', t.next)).click();
    await page.waitForSelector(aria('heading', second.title));
    await check(second.id);
    // And back.
    await page.locator(aria('button', t.previous)).click();
    await page.waitForSelector(aria('heading', first.title));
    await check(first.id);
    assert.deepEqual(errors, [], 'no script errors');
    await context.close();
  });

  it('stores nothing of the answers: no localStorage, only the step in sessionStorage, and a reload keeps the place', async () => {
    const context = await browser.createBrowserContext();
    const page = await context.newPage();
    const requests: string[] = [];
    page.on('request', (request) => requests.push(request.url()));
    await page.goto(`${server.url}/web/${source.info.name}/?mode=classroom`);
    await page.waitForSelector('up-lesson');
    const frame = page.mainFrame();
    // The class answers every question (rightly), and the lesson ends.
    await playThrough(frame, lesson, {allCorrect: true});
    const last = lesson.steps.length - 1;
    assert.equal(await page.$eval('up-facilitator-guide', (g) => g.getAttribute('step')), lesson.steps[last]!.id, 'the notes followed to the last step');

    const stored = await storage(frame);
    assert.deepEqual(stored.local, {}, 'nothing in localStorage: no state, no log, no answers, not even a pseudonym');
    assert.deepEqual(stored.session, {[`upstander:${lesson.id}:classroom-step`]: String(last)}, 'only the step, in sessionStorage');
    const folder = `${server.url}/web/${source.info.name}/`;
    assert.deepEqual(requests.filter((url) => !url.startsWith(folder)), [], 'nothing was sent anywhere');

    // A reload: the same step, and no answers.
    await page.reload();
    await page.waitForSelector(aria('heading', lesson.steps[last]!.title));
    const state = await page.$eval('up-lesson', (el) => (el as unknown as {learnerState: {step: number; answers: object; completed: boolean}}).learnerState);
    assert.deepEqual(state, {step: last, answers: {}, completed: false});
    assert.deepEqual((await storage(frame)).local, {}, 'still nothing in localStorage');
    await context.close();
  });

  it('sends nothing to the LMS in a SCORM 1.2 preview LMS, where the same lesson in individual mode does', async () => {
    const results: Record<string, {rows: number; log: string}> = {};
    for (const mode of ['individual', 'classroom'] as const) {
      const context = await browser.createBrowserContext();
      const page = await context.newPage();
      const launch = `${launchUrl(source, 'scorm12')}${mode === 'classroom' ? '?mode=classroom' : ''}`;
      const url = mode === 'classroom' ? `/lms/scorm12.html?launch=${encodeURIComponent(launch)}` : previewUrl(source, 'scorm12');
      await page.goto(`${server.url}${url}`);
      const frame = await lessonFrame(page);
      if (mode === 'classroom') await frame.waitForSelector(aria('button', NOTES));
      await playToAfterFirstQuestion(frame, lesson);
      results[mode] = await page.evaluate(() => ({
        rows: document.querySelectorAll('#cmi tbody tr').length,
        log: document.querySelector('#log')?.textContent ?? '',
      }));
      if (mode === 'classroom') assert.deepEqual((await storage(frame)).local, {}, 'nothing in the frame’s localStorage');
      await context.close();
    }
    assert.ok(results['individual']!.rows > 0 && /LMSInitialize/.test(results['individual']!.log), 'individual mode reaches the LMS (the check can see it)');
    assert.equal(results['classroom']!.rows, 0, 'classroom: no value written to the LMS');
    assert.doesNotMatch(results['classroom']!.log, /LMSInitialize|LMSCommit/, 'classroom: no LMS session at all');
  });
});

describe('classroom mode in the website embed', () => {
  it('a page with only the snippet and mode="classroom" plays, shows the notes of the step on screen, and stores nothing in localStorage', async () => {
    const [first] = lesson.steps;
    assert.ok(first);
    const context = await browser.createBrowserContext();
    const page = await context.newPage();
    const errors: string[] = [];
    page.on('pageerror', (error) => errors.push(String(error)));
    const requests: string[] = [];
    page.on('request', (request) => requests.push(request.url()));
    await page.goto(`${server.url}${SITE}`);
    await page.waitForSelector('[data-upstander-embed] up-lesson');
    await page.waitForSelector(aria('heading', first.title));
    await page.waitForSelector(aria('button', NOTES), {timeout: 30_000});
    const frame = page.mainFrame();
    assert.equal(await page.$eval('up-lesson', (el) => (el as unknown as {mode: string}).mode), 'classroom', 'the lesson plays in classroom mode');
    assert.deepEqual((({expanded, panelShown}) => ({expanded, panelShown}))(await notes(frame)), {expanded: 'false', panelShown: false}, 'closed at first');

    // The keyboard: Tab to the toggle, Enter opens it.
    for (let i = 0; i < 5 && !(await notes(frame)).focused; i++) await page.keyboard.press('Tab');
    assert.equal((await notes(frame)).focused, true, 'Tab reaches the toggle');
    await page.keyboard.press('Enter');
    await page.waitForFunction((id) => document.querySelector('up-facilitator-guide')?.getAttribute('step') === id, {timeout: 30_000}, first.id);
    const shown = await notes(frame);
    const part = lesson.facilitatorGuide.steps[partOf(first.id)]!;
    assert.equal(shown.expanded, 'true');
    assert.equal(shown.panelShown, true, 'the panel shows');
    assert.equal(shown.partId, `part-${partOf(first.id)}`, 'the part of the step on screen is highlighted');
    assert.ok(shown.partText.includes(part.title), `it shows the part "${part.title}"`);
    assert.ok(shown.partText.includes(plain(part.do).slice(0, 80)), 'and what to do');

    // The class plays the lesson to the end: nothing of it in localStorage, only the step in sessionStorage.
    await playThrough(frame, lesson, {allCorrect: true});
    const last = lesson.steps.length - 1;
    assert.equal(await page.$eval('up-facilitator-guide', (g) => g.getAttribute('step')), lesson.steps[last]!.id, 'the notes followed to the last step');
    const stored = await storage(frame);
    assert.deepEqual(stored.local, {}, 'nothing in localStorage');
    assert.deepEqual(stored.session, {[`upstander:${lesson.id}:classroom-step`]: String(last)}, 'only the step, in sessionStorage');
    assert.ok(requests.some((url) => url.endsWith('embed-classroom-notes.js')), 'the notes chunk of the embed loaded');
    assert.deepEqual(requests.filter((url) => !url.startsWith(server.url)), [], 'no request leaves the site');
    assert.deepEqual(errors, [], 'no script errors');
    await context.close();
  });
});
