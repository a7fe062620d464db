// The sample lessons (sampleSources; every lesson with UPSTANDER_E2E=all), packaged as SCORM 1.2 and as SCORM 2004 4th Edition exactly as
// `upstander build` writes it, unpacked by Debian's unzip as an LMS unpacks an upload, and launched in
// Chromium inside the preview LMS page where scorm-again plays the LMS. A pupil plays the lesson
// through; we read what the LMS holds (its own data model, not what the lesson says about itself).
// Then a pupil leaves halfway and comes back: the LMS starts a resumed session and the lesson resumes.
import assert from 'node:assert/strict';
import {after, before, describe, it} from 'node:test';
import type {Browser, Page} from 'puppeteer-core';
import {previewLmsMounts} from '../../packages/cli/src/preview.js';
import {folder} from '../../packages/cli/src/server.js';
import type {Resolver, RunningServer} from '../../packages/cli/src/server.js';
import {startRig, stopAll} from './harness.js';
import {sampleSources, answeredIds, aria, backToAnswer, lessonFrame, playThrough, playToAfterFirstQuestion, workspace} from './packages-play.js';

const sources = sampleSources();
const space = workspace('scorm');
let server: RunningServer;
let browser: Browser;

before(async () => {
  const mounts: Record<string, Resolver> = previewLmsMounts();
  for (const source of sources) {
    for (const format of ['scorm12', 'scorm2004'] as const) mounts[`/${format}/${source.info.name}/`] = folder(space.unpack(source, format));
  }
  ({server, browser} = await startRig(mounts));
});

after(async () => {
  await stopAll(browser, server);
  space.remove();
});

/** The LMS's data model (scorm-again): toJSON also reveals write-only elements, as the LMS stores them. */
const dataModel = (page: Page) => page.evaluate(() => JSON.parse(JSON.stringify((window as any).upstanderLms.api.cmi)));
/** What the preview LMS refused as Moodle 4.3 would (packages/cli/src/preview/moodle-rules.ts). */
const refused = (page: Page) => page.evaluate(() => (window as any).upstanderLms.refused);

async function open(format: 'scorm12' | 'scorm2004', name: string) {
  const context = await browser.createBrowserContext();
  const page = await context.newPage();
  await page.goto(`${server.url}/lms/${format}.html?launch=${encodeURIComponent(`/${format}/${name}/index.html`)}`);
  return {context, page, frame: await lessonFrame(page)};
}

for (const source of sources) {
  const lesson = source.kind === 'lesson' ? source.lesson : undefined!;
  const questions = answeredIds(lesson);

  describe(`${lesson.id} (${lesson.language}) in an LMS`, () => {
    it('SCORM 1.2: completion, score, location, interactions and resume state reach the LMS', async () => {
      const {context, page, frame} = await open('scorm12', source.info.name);
      const {correct, scored} = await playThrough(frame, lesson);
      const cmi = await dataModel(page);
      assert.deepEqual(await refused(page), [], 'nothing Moodle 4.3 would refuse');
      assert.equal(cmi.core.lesson_status, 'completed');
      if (scored > 0) assert.equal(cmi.core.score.raw, String(Math.round((correct / scored) * 100)));
      assert.equal(cmi.core.lesson_location, lesson.steps.at(-1)!.id);
      assert.deepEqual(Object.values(cmi.interactions).map((i: any) => i.id), questions);
      assert.ok(cmi.suspend_data.length > 0 && cmi.suspend_data.length <= 4096, 'suspend_data fits SCORM 1.2');
      await context.close();
    });

    it('SCORM 2004: completion, success, scaled score, location, interactions and resume state reach the LMS', async () => {
      const {context, page, frame} = await open('scorm2004', source.info.name);
      const {correct, scored} = await playThrough(frame, lesson);
      const cmi = await dataModel(page);
      assert.deepEqual(await refused(page), [], 'nothing Moodle 4.3 would refuse');
      assert.equal(cmi.completion_status, 'completed');
      if (scored > 0) {
        // SCORM 2004 scores are reals: raw may carry decimals (66.67), scaled is 0–1.
        assert.ok(Math.abs(Number(cmi.score.scaled) - correct / scored) < 1e-4, `scaled ${cmi.score.scaled}`);
        assert.ok(Math.abs(Number(cmi.score.raw) - (correct / scored) * 100) < 0.01, `raw ${cmi.score.raw}`);
      }
      assert.equal(cmi.location, lesson.steps.at(-1)!.id);
      assert.deepEqual(Object.values(cmi.interactions).map((i: any) => i.id), questions);
      assert.ok(cmi.suspend_data.length > 0);
      await context.close();
    });

    for (const format of ['scorm12', 'scorm2004'] as const) {
      it(`${format === 'scorm12' ? 'SCORM 1.2' : 'SCORM 2004'}: a pupil who leaves halfway resumes where they were`, async () => {
        const {context, page, frame} = await open(format, source.info.name);
        const {stepIndex, optionText} = await playToAfterFirstQuestion(frame, lesson);
        const where = lesson.steps[stepIndex]!;
        const before = await dataModel(page);
        assert.equal(format === 'scorm12' ? before.core.lesson_location : before.location, where.id);

        await page.reload();
        const again = await lessonFrame(page);
        await again.waitForSelector(aria('heading', where.title), {timeout: 30_000});
        const after = await dataModel(page);
        assert.equal(format === 'scorm12' ? after.core.entry : after.entry, 'resume', 'the LMS started a resumed session');
        // Back one step: the answer given before leaving is still there.
        await backToAnswer(again, lesson, optionText);
        await context.close();
      });
    }
  });
}
