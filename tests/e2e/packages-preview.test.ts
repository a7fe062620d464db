// The demo of `npm start` (upstander serve) as a teacher or LMS admin uses it: from the catalogue, each
// lesson's package opens in a preview LMS page, plays in its frame, and the page shows live what the
// LMS receives: scorm-again's data model for SCORM 1.2 and 2004, the stored statements for xAPI and
// cmi5 (the demo's LRS). For the sample lessons (sampleSources; every lesson with UPSTANDER_E2E=all).
import assert from 'node:assert/strict';
import {after, before, describe, it} from 'node:test';
import type {Browser, Page} from 'puppeteer-core';
import {demoMounts} from '../../packages/cli/src/demo.js';
import {PREVIEW_LMS, previewUrl} from '../../packages/cli/src/pages.js';
import type {PreviewStandard} from '../../packages/cli/src/pages.js';
import type {RunningServer} from '../../packages/cli/src/server.js';
import {startRig, stopAll} from './harness.js';
import {startLrs} from '../lrs/lrs.js';
import type {TestLrs} from '../lrs/lrs.js';
import {sampleSources, lessonFrame, playThrough} from './packages-play.js';

const sources = sampleSources();
let server: RunningServer;
let lrs: TestLrs;
let browser: Browser;

before(async () => {
  lrs = await startLrs();
  ({server, browser} = await startRig(demoMounts(sources, {lrs})));
});

after(() => stopAll(browser, server, lrs));

/** The value the page shows for a data-model element (SCORM previews). */
const shown = (page: Page, element: string) =>
  page.$eval(`#cmi tr[data-element="${element}"] td:last-child`, (td) => td.textContent).catch(() => undefined);

/** Waits until `check` says the page shows what we wait for. */
async function waitFor(check: () => Promise<boolean>, what: string): Promise<void> {
  const end = Date.now() + 30_000;
  while (!(await check())) {
    if (Date.now() > end) throw new Error(`the preview page never showed ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
}

for (const source of sources) {
  if (source.kind !== 'lesson') continue;
  describe(`${source.lesson.id} (${source.lesson.language}) in the demo's preview LMS`, () => {
    it('is linked from the catalogue in every preview', async () => {
      const home = await (await fetch(`${server.url}/`)).text();
      for (const standard of Object.keys(PREVIEW_LMS) as PreviewStandard[]) {
        assert.ok(home.includes(previewUrl(source, standard).replaceAll('&', '&amp;')), standard);
      }
    });

    for (const standard of Object.keys(PREVIEW_LMS) as PreviewStandard[]) {
      it(`${PREVIEW_LMS[standard].label}: plays in the frame, and the page shows live what arrives`, async () => {
        const context = await browser.createBrowserContext();
        const page = await context.newPage();
        await page.goto(server.url + previewUrl(source, standard));
        await playThrough(await lessonFrame(page), source.lesson);
        if (standard === 'scorm12') await waitFor(async () => (await shown(page, 'cmi.core.lesson_status')) === 'completed', 'lesson_status completed');
        else if (standard === 'scorm2004') await waitFor(async () => (await shown(page, 'cmi.completion_status')) === 'completed', 'completion_status completed');
        else {
          await waitFor(async () => (await page.$$('#statements tr[data-verb="completed"]')).length === 1, 'a completed statement');
          const verbs = await page.$$eval('#statements tbody tr', (rows) => rows.map((r) => (r as HTMLElement).dataset['verb']));
          // Questions the pupil must answer to go on are always sent (a lesson of only information,
          // agreements and a check-in sends none: check-ins stay on the device).
          const asks = source.lesson.steps.some((s) => ['choice', 'sort', 'social-post', 'dilemma'].includes(s.activity.type));
          if (asks) assert.ok(verbs.includes('answered'), `answered among ${verbs.join(', ')}`);
          if (standard === 'cmi5') assert.equal(verbs[0], 'initialized');
        }
        await context.close();
      });
    }
  });
}
