// The two standalone formats, for every lesson in lessons/ and for the example track, exactly as
// `upstander build` writes them, served by a plain static web server and opened in Chromium:
// - the web folder (what a Magister studiewijzer links to): plays, keeps progress in the browser only,
//   resumes after a reload, and makes no request outside its own folder;
// - the embed folder: a website page with only the snippet (one module script and <up-lesson src>)
//   plays the lesson; the folder's own index.html shows that snippet and plays it too.
import assert from 'node:assert/strict';
import {writeFileSync} from 'node:fs';
import {join} from 'node:path';
import {after, before, describe, it} from 'node:test';
import type {Browser, BrowserContext, Page} from 'puppeteer-core';
import {embedSnippet, trackSources} from '@upstander/packager';
import {loadLibrary} from '../../packages/cli/src/lessons.js';
import {folder} from '../../packages/cli/src/server.js';
import type {Resolver, RunningServer} from '../../packages/cli/src/server.js';
import {startRig, stopAll} from './harness.js';
import {allSources, aria, backToAnswer, playThrough, playToAfterFirstQuestion, workspace} from './packages-play.js';

const sources = allSources();
const library = loadLibrary(['lessons', 'tracks', 'examples/tracks']);
const tracks = library.tracks.flatMap((track) => trackSources(track, library.lessons));
const space = workspace('web');
let server: RunningServer;
let browser: Browser;

before(async () => {
  const mounts: Record<string, Resolver> = {};
  for (const source of [...sources, ...tracks]) {
    for (const format of ['web', 'embed'] as const) mounts[`/${format}/${source.info.name}/`] = folder(space.unpack(source, format));
  }
  // A school's own website page, with nothing but the snippet (absolute URLs, as the embed page shows it).
  for (const source of sources) {
    if (source.kind !== 'lesson') continue;
    const page = `<!doctype html><html lang="${source.lesson.language}"><head><meta charset="utf-8"><title>Onze school</title></head><body>
<h1>Onze school</h1>
${embedSnippet(source.lesson, `/embed/${source.info.name}/`)}
</body></html>`;
    writeFileSync(join(space.dir, `site-${source.info.name}.html`), page);
  }
  mounts['/site/'] = folder(space.dir);
  ({server, browser} = await startRig(mounts));
});

after(async () => {
  await stopAll(browser, server);
  space.remove();
});

/** A fresh browser profile, and every URL it requests. */
async function visit(url: string): Promise<{context: BrowserContext; page: Page; requests: string[]}> {
  const context = await browser.createBrowserContext();
  const page = await context.newPage();
  const requests: string[] = [];
  page.on('request', (request) => requests.push(request.url()));
  await page.goto(url);
  return {context, page, requests};
}

const mainFrame = async (page: Page) => {
  await page.waitForSelector('up-lesson');
  return page.mainFrame();
};

for (const source of sources) {
  if (source.kind !== 'lesson') continue;
  const {lesson} = source;
  const name = source.info.name;

  describe(`${lesson.id} (${lesson.language}) standalone`, () => {
    it('web folder: plays to the end with progress kept in the browser only, and nothing loaded from elsewhere', async () => {
      const {context, page, requests} = await visit(`${server.url}/web/${name}/`);
      const frame = await mainFrame(page);
      await playThrough(frame, lesson);
      const stored = await page.evaluate(() => Object.keys(localStorage));
      assert.ok(stored.some((key) => key.includes(lesson.id)), `progress in localStorage (${stored.join(', ')})`);
      const prefix = `${server.url}/web/${name}/`;
      assert.deepEqual(requests.filter((url) => !url.startsWith(prefix)), [], 'every request stays inside the web folder');
      await context.close();
    });

    it('web folder: a pupil who closes the page and comes back resumes where they were', async () => {
      const {context, page} = await visit(`${server.url}/web/${name}/`);
      const {stepIndex, optionText} = await playToAfterFirstQuestion(await mainFrame(page), lesson);
      await page.reload();
      const frame = await mainFrame(page);
      await frame.waitForSelector(aria('heading', lesson.steps[stepIndex]!.title), {timeout: 30_000});
      await backToAnswer(frame, lesson, optionText);
      await context.close();
    });

    it('embed: a website page with only the snippet plays the lesson to the end', async () => {
      const {context, page, requests} = await visit(`${server.url}/site/site-${name}.html`);
      await page.waitForSelector(`[data-upstander-embed] up-lesson`);
      await playThrough(page.mainFrame(), lesson);
      assert.ok(requests.includes(`${server.url}/embed/${name}/${lesson.id}${lesson.language === 'nl' ? '' : `.${lesson.language}`}.json`), 'the lesson came from src');
      assert.deepEqual(requests.filter((url) => !url.startsWith(server.url)), [], 'no request leaves the site');
      await context.close();
    });

    it('embed: the folder’s page shows the snippet with its own address, and plays it', async () => {
      const {context, page} = await visit(`${server.url}/embed/${name}/`);
      const snippet = await page.$eval('code[data-snippet]', (code) => code.textContent ?? '');
      assert.equal(snippet, embedSnippet(lesson, `${server.url}/embed/${name}/`));
      await page.waitForSelector('[data-upstander-embed] up-lesson');
      await playThrough(page.mainFrame(), lesson);
      await context.close();
    });
  });
}

for (const source of tracks) {
  if (source.kind !== 'track') continue;
  const overview = source.info.language === 'en' ? 'Overview of the track' : 'Overzicht van de leerlijn';
  const statusLines = (page: Page) => page.$$eval('up-track >>> [part~="lesson-status"]', (lines) => lines.map((l) => l.textContent?.replace(/\s+/g, ' ').trim() ?? ''));
  describe(`track ${source.info.id} standalone (web folder)`, () => {
    it('its page plays every lesson in place from the overview, keeps progress in the browser only, and still knows it after a reload', async () => {
      const {context, page, requests} = await visit(`${server.url}/web/${source.info.name}/`);
      await page.waitForSelector('up-track');
      const titles = await page.$$eval('up-track >>> [part~="lesson-button"]', (buttons) => buttons.map((b) => b.textContent?.trim()));
      assert.deepEqual(titles, source.lessons.map((l) => l.title));
      for (const lesson of source.lessons) {
        await page.locator(aria('button', lesson.title)).click();
        await playThrough(page.mainFrame(), lesson);
        await page.locator(aria('button', overview)).click();
      }
      const done = source.info.language === 'en' ? 'Finished' : 'Afgerond';
      assert.ok((await statusLines(page)).every((line) => line.includes(done)), 'every lesson finished');
      await page.reload();
      await page.waitForSelector('up-track');
      assert.ok((await statusLines(page)).every((line) => line.includes(done)), 'still finished after a reload');
      const stored = await page.evaluate(() => Object.keys(localStorage));
      assert.ok(stored.includes(`upstander:${source.info.id}:state`), `the track's progress in localStorage (${stored.join(', ')})`);
      // The pupil's own record of the track as xAPI statements: about the track and each of its lessons.
      const record: string[] = await page.evaluate(async () => {
        const [player] = await (window as any).upstander.tracks;
        return (await player.exportStatements()).map((s: any) => `${s.verb.id.split('/').at(-1)} ${s.object.id}`);
      });
      const trackIri = `${source.info.iriBase}/tracks/${source.info.id}`;
      assert.equal(record[0], `initialized ${trackIri}`, 'the record opens with the track');
      assert.ok(record.includes(`completed ${trackIri}`), 'the track completed');
      for (const lesson of source.lessons) assert.ok(record.includes(`completed ${source.info.iriBase}/lessons/${lesson.id}`), `${lesson.id} completed`);
      const prefix = `${server.url}/web/${source.info.name}/`;
      assert.deepEqual(requests.filter((url) => !url.startsWith(prefix)), [], 'every request stays inside the web folder');
      await context.close();
    });

    it('each lesson page plays on its own, with links on and back to the overview', async () => {
      const {context, page} = await visit(`${server.url}/web/${source.info.name}/`);
      for (const [i, lesson] of source.lessons.entries()) {
        await page.goto(`${server.url}/web/${source.info.name}/lessons/${lesson.id}/index.html`);
        await playThrough(await mainFrame(page), lesson);
        const next = await page.$('a[rel="next"]');
        assert.equal(next !== null, i < source.lessons.length - 1, 'a link to the next lesson, except after the last');
        await Promise.all([page.waitForNavigation(), page.locator(`a[href="../../index.html"]`).click()]);
        assert.equal(new URL(page.url()).pathname, `/web/${source.info.name}/index.html`);
        await page.waitForSelector('up-track');
      }
      await context.close();
    });
  });
}
