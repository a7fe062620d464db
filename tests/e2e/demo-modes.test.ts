// Every lesson, played start to finish in the demo that `npm start` serves, in both modes: the
// pupil's own (individual) and the digibord's (classroom, `?mode=classroom`), as the catalogue links them.
import assert from 'node:assert/strict';
import {after, before, describe, it} from 'node:test';
import type {Browser, Page} from 'puppeteer-core';
import {demoMounts, librarySources} from '../../packages/cli/src/demo.js';
import {loadLibrary} from '../../packages/cli/src/lessons.js';
import type {RunningServer} from '../../packages/cli/src/server.js';
import {startRig, stopAll} from './harness.js';
import {playThrough} from './packages-play.js';

const library = loadLibrary(['lessons', 'tracks']);
const sources = librarySources(library);
let server: RunningServer;
let browser: Browser;

before(async () => {
  ({server, browser} = await startRig(demoMounts(sources)));
});
after(() => stopAll(browser, server));

/** The lesson element's mode and its computed font size, in px. */
const lessonLook = (page: Page) =>
  page.$eval('up-lesson', (el) => ({mode: el.getAttribute('mode'), fontSize: parseFloat(getComputedStyle(el).fontSize)}));

describe('the demo: every lesson in both modes', () => {
  for (const source of sources) {
    if (source.kind !== 'lesson' || source.lesson.language !== 'nl') continue;
    const {lesson} = source;
    it(`${lesson.id}: the catalogue links both modes, and each plays to the end`, async () => {
      const catalogue = await (await fetch(`${server.url}/`)).text();
      const base = `/web/${source.info.name}/`;
      assert.ok(catalogue.includes(`href="${base}"`), 'the catalogue links the lesson for pupils');
      assert.ok(catalogue.includes(`href="${base}?mode=classroom"`), 'and for the digibord');

      const looks: Record<string, {mode: string | null; fontSize: number}> = {};
      for (const mode of ['individual', 'classroom'] as const) {
        const context = await browser.createBrowserContext();
        const page = await context.newPage();
        const errors: string[] = [];
        page.on('pageerror', (error) => errors.push(String(error)));
        await page.goto(`${server.url}${base}${mode === 'classroom' ? '?mode=classroom' : ''}`);
        await page.waitForSelector('up-lesson');
        looks[mode] = await lessonLook(page);
        await playThrough(page.mainFrame(), lesson, {allCorrect: true});
        assert.deepEqual(errors, [], `no script errors in ${mode} mode`);
        await context.close();
      }
      assert.equal(looks['individual']!.mode, 'individual');
      assert.equal(looks['classroom']!.mode, 'classroom');
      assert.ok(looks['classroom']!.fontSize >= looks['individual']!.fontSize * 1.5, `large type on the digibord (${looks['classroom']!.fontSize}px)`);
    });
  }
});
