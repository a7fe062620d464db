// A curriculum developer composes a track on the composer page of the demo (/composer/) with the
// KEYBOARD ONLY: adds two lessons, puts them in order with the "omhoog" button, names the track,
// downloads the track file and the SCORM 1.2 zip the page builds in the browser. The zip is the CLI's
// byte for byte (`upstander build` of the downloaded track file), unzips with Debian's unzip and plays
// to completion in the preview LMS (scorm-again). The page is axe clean.
import assert from 'node:assert/strict';
import {execFileSync, spawnSync} from 'node:child_process';
import {existsSync, mkdtempSync, readFileSync, rmSync} from 'node:fs';
import {createRequire} from 'node:module';
import {tmpdir} from 'node:os';
import {join} from 'node:path';
import {after, before, describe, it} from 'node:test';
import type {Browser, Frame, Page} from 'puppeteer-core';
import {demoMounts, librarySources} from '../../packages/cli/src/demo.js';
import {loadLibrary} from '../../packages/cli/src/lessons.js';
import {folder} from '../../packages/cli/src/server.js';
import type {RunningServer} from '../../packages/cli/src/server.js';
import {startRig, stopAll} from './harness.js';
import {aria, playThrough} from './packages-play.js';

const library = loadLibrary(['lessons', 'tracks']);
const ours = library.tracks.find((t) => t.track === 'groep-7-8')!;
const [first, second] = ours.lessons.slice(0, 2).map((e) => library.lessons.find((l) => l.id === e.lesson && l.language === 'nl')!) as [
  (typeof library.lessons)[number],
  (typeof library.lessons)[number],
];
const ID = 'e2e-eigen-lijn';
const dir = mkdtempSync(join(tmpdir(), 'upstander-e2e-composer-'));
const unpacked = join(dir, 'unpacked');
let server: RunningServer;
let browser: Browser;
let page: Page;

before(async () => {
  const mounts = demoMounts(librarySources(library), {library});
  mounts[`/scorm12/${ID}/`] = (path) => (existsSync(unpacked) ? folder(unpacked)(path) : undefined);
  ({server, browser} = await startRig(mounts));
  page = await browser.newPage();
  const cdp = await page.createCDPSession();
  await cdp.send('Browser.setDownloadBehavior', {behavior: 'allow', downloadPath: dir});
});

after(async () => {
  await stopAll(browser, server);
  rmSync(dir, {recursive: true, force: true});
});

/** The accessible name the keyboard user hears for the focused element: its aria-label, its id for a field, or its text. */
const focused = () =>
  page.evaluate(() => {
    const el = document.activeElement as HTMLElement | null;
    return el ? (el.getAttribute('aria-label') ?? (el.id && /^(INPUT|SELECT)$/.test(el.tagName) ? `#${el.id}` : el.textContent?.trim() ?? '')) : '';
  });

/** Presses Tab until the element with this name (or `#id` for a field) has the focus. */
async function tabTo(name: string): Promise<void> {
  for (let i = 0; i < 400; i++) {
    if ((await focused()) === name) return;
    await page.keyboard.press('Tab');
  }
  throw new Error(`Tab never reached "${name}"`);
}

async function typeInto(field: string, text: string): Promise<void> {
  await tabTo(field);
  await page.keyboard.down('Control');
  await page.keyboard.press('KeyA');
  await page.keyboard.up('Control');
  await page.keyboard.type(text);
}

async function downloaded(name: string): Promise<Buffer> {
  const file = join(dir, name);
  for (let i = 0; i < 100 && !existsSync(file); i++) await new Promise((r) => setTimeout(r, 100));
  assert.ok(existsSync(file), `${name} was downloaded`);
  return readFileSync(file);
}

const order = () => page.$$eval('#gekozen li > span', (spans) => spans.map((s) => s.textContent?.trim() ?? ''));

async function axeViolations(): Promise<string[]> {
  await page.addScriptTag({path: createRequire(import.meta.url).resolve('axe-core/axe.min.js')});
  return page.evaluate(async () => {
    const axe = (window as unknown as {axe: {run(context: Document, options: object): Promise<{violations: {id: string; nodes: {target: unknown}[]}[]}>}}).axe;
    const result = await axe.run(document, {runOnly: {type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa']}});
    return result.violations.map((v) => `${v.id}: ${JSON.stringify(v.nodes.map((n) => n.target))}`);
  });
}

describe('the composer page', () => {
  it('builds a two-lesson track with the keyboard only; its zip is the CLI’s and plays to completion in an LMS', async () => {
    await page.goto(`${server.url}/composer/`);
    await page.waitForSelector('#lessen [data-toggle]');
    // Add the second lesson first, then the first one, and move the first one up.
    await tabTo(`Voeg toe: ${second.title}`);
    await page.keyboard.press('Enter');
    await tabTo(`Voeg toe: ${first.title}`);
    await page.keyboard.press('Enter');
    assert.deepEqual(await order(), [`${second.title} (${second.durationMinutes} min)`, `${first.title} (${first.durationMinutes} min)`]);
    await tabTo(`${first.title} omhoog`);
    await page.keyboard.press('Space');
    assert.deepEqual(await order(), [`${first.title} (${first.durationMinutes} min)`, `${second.title} (${second.durationMinutes} min)`]);
    assert.equal(await focused(), `${first.title} omlaag`, 'the focus stays on the moved lesson');
    assert.match(await page.$eval('#status', (el) => el.textContent ?? ''), /plaats 1 van 2/);
    await typeInto('#lijn-id', ID);
    await typeInto('#lijn-titel', 'Onze eigen lijn');
    assert.equal(await page.$eval('#totaal', (el) => el.textContent), `2 lessen, samen ${first.durationMinutes + second.durationMinutes} minuten.`);
    const covered = await page.$$eval('#dekking tbody th', (ths) => ths.map((th) => th.textContent ?? ''));
    for (const id of [...first.kerndoelen, ...second.kerndoelen]) assert.ok(covered.some((c) => c.startsWith(`${id} `)), `${id} in the coverage matrix`);
    assert.deepEqual(await page.$$eval('#problemen li', (lis) => lis.map((li) => li.textContent)), []);
    assert.deepEqual(await axeViolations(), [], 'the composer page is axe clean');
    // Every lesson has a preview that plays it.
    for (const href of await page.$$eval('#lessen a', (links) => links.map((a) => (a as HTMLAnchorElement).href))) {
      assert.equal((await fetch(href)).status, 200, href);
    }

    await tabTo('Download leerlijn (JSON)');
    await page.keyboard.press('Enter');
    const json = await downloaded(`${ID}.json`);
    await tabTo('Download SCORM 1.2-pakket (zip)');
    await page.keyboard.press('Enter');
    const zip = await downloaded(`${ID}-scorm12.zip`);

    // The track file validates like ours, and the CLI builds the very same zip from it.
    const track = JSON.parse(json.toString('utf8')) as {lessons: {lesson: string}[]; title: string};
    assert.deepEqual(track.lessons, [{lesson: first.id}, {lesson: second.id}]);
    assert.equal(track.title, 'Onze eigen lijn');
    const upstander = (...args: string[]) => spawnSync(process.execPath, ['--import', 'tsx', 'packages/cli/src/main.ts', ...args], {encoding: 'utf8'});
    const checked = upstander('validate', join(dir, `${ID}.json`));
    assert.equal(checked.status, 0, checked.stdout + checked.stderr);
    const built = upstander('build', join(dir, `${ID}.json`), '--only', ID, '--format', 'scorm12', '--out', join(dir, 'cli'));
    assert.equal(built.status, 0, built.stderr);
    assert.ok(readFileSync(join(dir, 'cli', `${ID}-scorm12.zip`)).equals(zip), 'the browser zip and the CLI zip are byte-identical');

    // Unzipped as an LMS does, launched in the preview LMS, both lessons played: the track is completed.
    execFileSync('unzip', ['-q', join(dir, `${ID}-scorm12.zip`), '-d', unpacked]);
    const lms = await browser.newPage();
    await lms.goto(`${server.url}/lms/scorm12.html?launch=${encodeURIComponent(`/scorm12/${ID}/index.html`)}`);
    const frame = (await (await lms.waitForSelector('iframe#sco'))!.contentFrame()) as Frame;
    await frame.waitForSelector('up-track');
    for (const lesson of [first, second]) {
      await frame.locator(aria('button', lesson.title)).click();
      await playThrough(frame, lesson);
      await frame.locator(aria('button', 'Overzicht van de leerlijn')).click();
      await frame.waitForSelector(aria('button', lesson.title));
    }
    const cmi = await lms.evaluate(() => JSON.parse(JSON.stringify((window as any).upstanderLms.api.cmi)));
    assert.equal(cmi.core.lesson_status, 'completed');
    await lms.close();
  });
});
