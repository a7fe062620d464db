// The groep 7-8 track (tracks/groep-7-8.json), packaged exactly as `upstander build` writes it, unpacked
// by Debian's unzip as an LMS unpacks an upload and launched in Chromium: SCORM 1.2 and 2004 inside the
// preview LMS page where scorm-again plays the LMS, xAPI against the local test LRS. The track page
// plays every lesson in place as one unit of tracking (docs/lms/track-runtime.md): one LMS session,
// the track's status and score, one suspend_data for all lessons, `<lesson>/<step>` as location and
// interaction ids prefixed with the lesson id. A pupil who reloads halfway lands back in the lesson
// and step they were in. We read what the LMS (its own data model) and the LRS hold.
import assert from 'node:assert/strict';
import {randomUUID} from 'node:crypto';
import {after, before, describe, it} from 'node:test';
import type {Browser, Frame, Page} from 'puppeteer-core';
import {trackSources} from '@upstander/packager';
import type {TrackSource} from '@upstander/packager';
import type {Lesson} from '@upstander/schema';
import {SUSPEND_DATA_LIMIT, decodeTrackState} from '@upstander/tracking';
import {loadLibrary} from '../../packages/cli/src/lessons.js';
import {previewLmsMounts} from '../../packages/cli/src/preview.js';
import {folder} from '../../packages/cli/src/server.js';
import type {Resolver, RunningServer} from '../../packages/cli/src/server.js';
import {startRig, stopAll} from './harness.js';
import {startLrs} from '../lrs/lrs.js';
import type {TestLrs} from '../lrs/lrs.js';
import {nl} from '../../packages/elements/src/translations/nl.js';
import {answeredIds, aria, labels, playThrough, playToAfterFirstQuestion, workspace} from './packages-play.js';
import type {Played} from './packages-play.js';

const library = loadLibrary(['lessons', 'tracks']);
// The groep 7-8 track by default; UPSTANDER_TEST_TRACK=bewustwording (a track's `track` value) plays another.
const TRACK = process.env['UPSTANDER_TEST_TRACK'] ?? 'groep-7-8';
const track = library.tracks.find((t) => t.track === TRACK)!;
if (!track) throw new Error(`no track ${TRACK} in tracks/`);
const source = trackSources(track, library.lessons).find((s): s is TrackSource => s.info.language === 'nl')!;
const {lessons} = source;
const name = source.info.name;
const space = workspace('track');
let server: RunningServer;
let lrs: TestLrs;
let browser: Browser;

before(async () => {
  lrs = await startLrs();
  const mounts: Record<string, Resolver> = previewLmsMounts();
  for (const format of ['scorm12', 'scorm2004', 'xapi'] as const) mounts[`/${format}/${name}/`] = folder(space.unpack(source, format));
  ({server, browser} = await startRig(mounts));
});

after(async () => {
  await stopAll(browser, server, lrs);
  space.remove();
});

const OVERVIEW = 'Overzicht van de leerlijn';
const NOTES = 'Notities voor de begeleider';

/** The classroom notes in a frame: the toggle's state, the panel's, and the lesson and guide link they show. */
const notesShown = (frame: Frame) =>
  frame.evaluate((label) => {
    const toggle = [...document.querySelectorAll('button')].find((b) => b.textContent?.trim() === label);
    const panel = toggle && document.getElementById(toggle.getAttribute('aria-controls') ?? '');
    return {
      focused: Boolean(toggle) && document.activeElement === toggle,
      expanded: toggle?.getAttribute('aria-expanded'),
      panelShown: Boolean(panel && !panel.hidden && panel.getBoundingClientRect().height > 0),
      lesson: (panel?.querySelector('up-facilitator-guide') as (Element & {lesson?: {id: string}}) | null)?.lesson?.id,
      guide: panel?.querySelector('a')?.href,
    };
  }, NOTES);

/** The LMS's data model (scorm-again): toJSON also reveals write-only elements, as the LMS stores them. */
const dataModel = (page: Page) => page.evaluate(() => JSON.parse(JSON.stringify((window as any).upstanderLms.api.cmi)));
/** What the preview LMS refused as Moodle 4.3 would (packages/cli/src/preview/moodle-rules.ts). */
const refused = (page: Page) => page.evaluate(() => (window as any).upstanderLms.refused);

/** The calls the preview LMS logged (LMSInitialize, LMSFinish, Initialize, Terminate…), oldest first. */
const lmsCalls = (page: Page) => page.$$eval('#log li', (items) => items.map((li) => li.textContent?.replace(/^\S+\s/, '') ?? '').reverse());

/** The track's frame in the preview LMS page, once its overview or a lesson shows. */
async function trackFrame(page: Page): Promise<Frame> {
  const handle = await page.waitForSelector('iframe#sco');
  const frame = await handle!.contentFrame();
  await frame.waitForSelector('up-track');
  return frame;
}

async function openInLms(format: 'scorm12' | 'scorm2004') {
  const context = await browser.createBrowserContext();
  const page = await context.newPage();
  await page.goto(`${server.url}/lms/${format}.html?launch=${encodeURIComponent(`/${format}/${name}/index.html`)}`);
  return {context, page, frame: await trackFrame(page)};
}

/** Chooses a lesson in the track's overview and plays it through; then back to the overview. */
async function playLesson(frame: Frame, lesson: Lesson): Promise<Played> {
  await frame.locator(aria('button', lesson.title)).click();
  const played = await playThrough(frame, lesson);
  await frame.locator(aria('button', OVERVIEW)).click();
  await frame.waitForSelector(aria('button', lesson.title));
  return played;
}

/** The track's score: the mean percentage of the lessons with scored questions. */
function meanScore(played: Played[]): number {
  const scores = played.filter((p) => p.scored > 0).map((p) => (100 * p.correct) / p.scored);
  return scores.reduce((a, b) => a + b, 0) / scores.length;
}

/** What the overview says of each lesson (its status line). */
const statusLines = (frame: Frame) => frame.$$eval('up-track >>> [part~="lesson-status"]', (lines) => lines.map((l) => l.textContent?.replace(/\s+/g, ' ').trim() ?? ''));

const interactionIds = lessons.flatMap((lesson) => answeredIds(lesson).map((id) => `${lesson.id}_${id}`));

describe(`track ${track.id} in an LMS`, () => {
  it('SCORM 1.2: all four lessons in one session; status, score, location, interactions and one suspend_data', async () => {
    const {context, page, frame} = await openInLms('scorm12');
    const played: Played[] = [];
    for (const [i, lesson] of lessons.entries()) {
      played.push(await playLesson(frame, lesson));
      const cmi = await dataModel(page);
      assert.equal(cmi.core.lesson_status, i < lessons.length - 1 ? 'incomplete' : 'completed', `status after lesson ${i + 1}`);
    }
    const cmi = await dataModel(page);
    assert.deepEqual(await refused(page), [], 'nothing Moodle 4.3 would refuse');
    assert.equal(cmi.core.score.raw, String(Math.round(meanScore(played))), 'the mean score of the scored lessons');
    const last = lessons.at(-1)!;
    assert.equal(cmi.core.lesson_location, `${last.id}/${last.steps.at(-1)!.id}`);
    assert.deepEqual(Object.values(cmi.interactions).map((i: any) => i.id), interactionIds);
    for (const id of interactionIds) assert.match(id, /^[A-Za-z0-9_-]{1,255}$/, `${id} is a strict SCORM 1.2 CMIIdentifier`);
    const bytes = Buffer.byteLength(cmi.suspend_data, 'utf8');
    assert.ok(bytes > 0 && bytes <= SUSPEND_DATA_LIMIT, `suspend_data fits SCORM 1.2 (${bytes} bytes)`);
    const saved = decodeTrackState(cmi.suspend_data)!;
    assert.deepEqual(Object.keys(saved.lessons).sort(), lessons.map((l) => l.id).sort(), 'every lesson in the one suspend_data');
    for (const [i, lesson] of lessons.entries()) {
      const kept = saved.lessons[lesson.id]!;
      assert.equal(kept.state.completed, true, `${lesson.id} finished`);
      if (played[i]!.scored > 0) assert.deepEqual(kept.score, {raw: played[i]!.correct, max: played[i]!.scored}, `${lesson.id} score`);
    }
    assert.equal(saved.completed, true);
    const calls = await lmsCalls(page);
    assert.equal(calls.filter((c) => c === 'LMSInitialize').length, 1, 'one LMS session');
    assert.equal(calls.filter((c) => c === 'LMSFinish').length, 0, 'never LMSFinish between lessons');
    assert.ok((await statusLines(frame)).every((line) => line.includes('Afgerond')), 'the overview shows every lesson finished');
    await context.close();
  });

  it('SCORM 1.2: a pupil who reloads halfway through a lesson lands back in that lesson and step', async () => {
    const {context, page, frame} = await openInLms('scorm12');
    // The first lesson after the opening one that asks a question (a survey-only lesson has none to
    // resume at); the lessons before it are played to the end first.
    const at = lessons.findIndex((l, i) => i > 0 && l.steps.some((s) => s.activity.type === 'choice'));
    assert.ok(at > 0, 'a lesson after the first with a choice question');
    const second = lessons[at]!;
    for (const done of lessons.slice(0, at)) await playLesson(frame, done);
    await frame.locator(aria('button', second.title)).click();
    const {stepIndex, optionText} = await playToAfterFirstQuestion(frame, second);
    const where = second.steps[stepIndex]!;
    const before = await dataModel(page);
    assert.equal(before.core.lesson_location, `${second.id}/${where.id}`);
    assert.equal(before.core.lesson_status, 'incomplete');

    await page.reload();
    const again = await trackFrame(page);
    await again.waitForSelector(aria('heading', where.title), {timeout: 30_000});
    const after = await dataModel(page);
    assert.equal(after.core.entry, 'resume', 'the LMS started a resumed session');
    // Back one step: the answer given before leaving is still there.
    await again.locator(aria('button', labels(second).previous)).click();
    const radio = await again.waitForSelector(aria('radio', optionText));
    assert.equal(await radio!.evaluate((el) => (el as HTMLInputElement).checked), true);
    // The lessons before it are still finished in the overview; this one is the next.
    await again.locator(aria('button', OVERVIEW)).click();
    const lines = await statusLines(again);
    for (const line of lines.slice(0, at)) assert.match(line, /Afgerond/);
    assert.match(lines[at]!, /Volgende les/);
    await context.close();
  });

  it('SCORM 1.2: while the LMS refuses to save, the pupil sees the lesson player’s message, in a lesson and on the overview', async () => {
    const {context, page, frame} = await openInLms('scorm12');
    const lesson = lessons[0]!;
    await frame.locator(aria('button', lesson.title)).click();
    await frame.waitForSelector(aria('heading', lesson.steps[0]!.title));
    await page.evaluate(() => {
      const api = (window as any).API;
      api.realCommit = api.LMSCommit;
      api.LMSCommit = () => 'false';
    });
    await playThrough(frame, lesson); // finishing the lesson commits: refused
    await frame.waitForSelector('up-lesson[save-failed]');
    const inLesson = await frame.$eval('up-lesson', (el) => el.shadowRoot!.querySelector('[part~="save-failed"]')?.textContent?.trim());
    assert.equal(inLesson, nl.saveFailed, 'the lesson shows the lesson player’s message');
    await frame.locator(aria('button', OVERVIEW)).click();
    const alert = () => frame.$eval('[data-upstander-track] > [role="alert"]', (el) => el.textContent?.trim() ?? '');
    assert.equal(await alert(), nl.saveFailed, 'the overview shows the same message');
    await page.evaluate(() => {
      const api = (window as any).API;
      api.LMSCommit = api.realCommit;
    });
    await until(async () => (await alert()) === '', 'the message to go away once the LMS saves again', 30_000);
    const committed = await page.evaluate(() => JSON.parse(sessionStorage.getItem(Object.keys(sessionStorage).find((k) => k.startsWith('upstander-preview-lms:'))!)!));
    assert.equal(decodeTrackState(committed.suspend_data)?.lessons[lesson.id]?.state.completed, true, 'the finished lesson reached the LMS after all');
    await context.close();
  });

  it('classroom mode (?mode=classroom): no LMS session, nothing in localStorage; a reload returns to the lesson and step on screen', async () => {
    const context = await browser.createBrowserContext();
    const page = await context.newPage();
    await page.goto(`${server.url}/lms/scorm12.html?launch=${encodeURIComponent(`/scorm12/${name}/index.html?mode=classroom`)}`);
    const frame = await trackFrame(page);
    const lesson = lessons[1]!;
    const t = labels(lesson);
    await frame.locator(aria('button', lesson.title)).click();
    // The facilitator notes of the lesson playing, as on a lesson page: opened with the keyboard (Tab from
    // the lesson's place to the toggle, Enter), they show this lesson's guide and follow its steps.
    await frame.waitForSelector(aria('button', NOTES));
    for (let i = 0; i < 5 && !(await notesShown(frame)).focused; i++) await page.keyboard.press('Tab');
    assert.equal((await notesShown(frame)).focused, true, 'Tab reaches the notes toggle');
    await page.keyboard.press('Enter');
    const opened = await notesShown(frame);
    assert.deepEqual([opened.expanded, opened.panelShown], ['true', true], 'Enter opens the notes');
    assert.equal(opened.lesson, lesson.id, 'the notes are those of the lesson playing');
    assert.ok(opened.guide?.endsWith(`/scorm12/${name}/lessons/${lesson.id}/handleiding.html`), `the whole guide of the lesson: ${opened.guide}`);
    for (const step of lesson.steps.slice(0, 2)) {
      await frame.waitForSelector(aria('heading', step.title));
      await frame.waitForFunction((id) => document.querySelector('up-facilitator-guide')?.getAttribute('step') === id, {timeout: 30_000}, step.id);
      await frame.locator(aria('button', t.next)).click();
    }
    await frame.waitForSelector(aria('heading', lesson.steps[2]!.title));
    await frame.waitForFunction((id) => document.querySelector('up-facilitator-guide')?.getAttribute('step') === id, {timeout: 30_000}, lesson.steps[2]!.id);
    // Another lesson of the track: its own notes, one toggle.
    const other = lessons[0]!;
    await frame.locator(aria('button', OVERVIEW)).click();
    await frame.locator(aria('button', other.title)).click();
    await frame.waitForSelector(aria('heading', other.steps[0]!.title));
    await frame.waitForFunction((id) => document.querySelector('up-facilitator-guide')?.lesson?.id === id, {timeout: 30_000}, other.id);
    assert.equal(await frame.$$eval('.up-classroom-notes', (boxes) => boxes.length), 1, 'one notes toggle');
    await frame.locator(aria('button', OVERVIEW)).click();
    await frame.locator(aria('button', lesson.title)).click();
    await frame.waitForSelector(aria('heading', lesson.steps[2]!.title));
    await page.reload();
    const again = await trackFrame(page);
    await again.waitForSelector(aria('heading', lesson.steps[2]!.title), {timeout: 30_000});
    await again.waitForFunction((id) => document.querySelector('up-facilitator-guide')?.getAttribute('step') === id, {timeout: 30_000}, lesson.steps[2]!.id);
    assert.deepEqual((await lmsCalls(page)).filter((c) => /^LMS/.test(c)), [], 'no LMS call at all');
    const stored = await again.evaluate(() => Object.keys(localStorage));
    assert.deepEqual(stored.filter((key) => key.startsWith('upstander')), [], 'nothing in localStorage');
    await context.close();
  });

  it('SCORM 2004: all four lessons complete the track, with its scaled score', async () => {
    const {context, page, frame} = await openInLms('scorm2004');
    const played: Played[] = [];
    for (const lesson of lessons) played.push(await playLesson(frame, lesson));
    const cmi = await dataModel(page);
    assert.deepEqual(await refused(page), [], 'nothing Moodle 4.3 would refuse');
    assert.equal(cmi.completion_status, 'completed');
    assert.ok(Math.abs(Number(cmi.score.scaled) - meanScore(played) / 100) < 1e-4, `scaled ${cmi.score.scaled}`);
    assert.equal(Number(cmi.progress_measure), 1);
    const last = lessons.at(-1)!;
    assert.equal(cmi.location, `${last.id}/${last.steps.at(-1)!.id}`);
    assert.deepEqual(Object.values(cmi.interactions).map((i: any) => i.id), interactionIds);
    const calls = await lmsCalls(page);
    assert.equal(calls.filter((c) => c === 'Initialize').length, 1, 'one LMS session');
    assert.equal(calls.filter((c) => c === 'Terminate').length, 0, 'never Terminate between lessons');
    await context.close();
  });
});

describe(`track ${track.id} with an LRS`, () => {
  it('xAPI: lesson statements about each lesson in the context of the track, and completed for the track', async () => {
    const trackIri = source.info.activityId;
    const actor = {objectType: 'Agent', account: {homePage: 'https://lms.example', name: `pupil-${randomUUID()}`}};
    const registration = randomUUID();
    const query = new URLSearchParams({endpoint: lrs.endpoint, auth: lrs.auth, actor: JSON.stringify(actor), registration, activity_id: trackIri});
    const context = await browser.createBrowserContext();
    const page = await context.newPage();
    await page.goto(`${server.url}/xapi/${name}/index.html?${query}`);
    await page.waitForSelector('up-track');
    const played: Played[] = [];
    for (const lesson of lessons) played.push(await playLesson(page.mainFrame(), lesson));

    const mine = () => lrs.statements.map((s) => s.statement).filter((s) => s['context']?.registration === registration || s['actor']?.account?.name === actor.account.name);
    const about = (verb: string, id: string) => mine().filter((s) => String(s['verb'].id).endsWith(`/${verb}`) && s['object'].id === id);
    await until(() => about('completed', trackIri).length > 0, 'the track completed');
    const [completed] = about('completed', trackIri);
    assert.equal(completed!['object'].definition.type, 'http://adlnet.gov/expapi/activities/course');
    assert.ok(Math.abs(completed!['result'].score.scaled - meanScore(played) / 100) < 1e-4, `scaled ${completed!['result'].score.scaled}`);
    assert.equal(about('initialized', trackIri).length, 1, 'one session: initialized once, on the track');
    for (const lesson of lessons) {
      const iri = `${source.info.iriBase}/lessons/${lesson.id}`;
      const [done] = about('completed', iri);
      assert.ok(done, `completed ${lesson.id}`);
      assert.deepEqual(done!['context'].contextActivities.parent.map((a: {id: string}) => a.id), [trackIri], 'the track is the parent of the lesson');
      assert.equal(done!['context'].registration, registration);
    }
    await until(() => mine().filter((s) => String(s['verb'].id).endsWith('/answered')).length >= interactionIds.length, 'every answer');
    for (const answered of mine().filter((s) => String(s['verb'].id).endsWith('/answered'))) {
      const {parent, grouping} = answered['context'].contextActivities;
      assert.ok(lessons.some((l) => parent[0].id.endsWith(`/lessons/${l.id}`)), 'an answer belongs to its lesson');
      assert.ok(grouping.some((a: {id: string}) => a.id === trackIri), 'and to the track');
    }
    await context.close();
  });
});

/** Waits until `done` holds. */
async function until(done: () => boolean | Promise<boolean>, what: string, ms = 30_000): Promise<void> {
  const end = Date.now() + ms;
  while (!(await done())) {
    if (Date.now() > end) throw new Error(`timed out waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}
