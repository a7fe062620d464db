// A teacher's path, end to end: the SCORM 1.2 zip is unpacked and launched in Chromium inside a page
// where scorm-again plays the LMS (as Moodle would); a pupil answers with clicks and the keyboard;
// we read what the LMS holds. Then a pupil leaves mid-lesson and comes back: the lesson resumes.
import assert from 'node:assert/strict';
import {execFileSync} from 'node:child_process';
import {mkdtempSync, rmSync, writeFileSync} from 'node:fs';
import {tmpdir} from 'node:os';
import {join} from 'node:path';
import {after, before, describe, it} from 'node:test';
import type {Browser, Frame, Page} from 'puppeteer-core';
import {buildScorm12} from '@upstander/packager';
import type {ChoiceActivity, Lesson} from '@upstander/schema';
import {decodeState} from '@upstander/tracking';
import {loadLesson} from '../../packages/cli/src/lessons.js';
import {previewLmsMounts} from '../../packages/cli/src/preview.js';
import {folder, startServer} from '../../packages/cli/src/server.js';
import type {RunningServer} from '../../packages/cli/src/server.js';
import {launchChromium} from '../browser.js';

const LESSON = 'lessons/groep-7-8/wat-is-online-respect.json';

interface LmsData {
  status: string;
  raw: string;
  location: string;
  entry: string;
  suspend: string;
  interactions: {id: string; result: string; student_response: string}[];
}

const lmsData = (page: Page) =>
  page.evaluate(() => {
    // The LMS's own data model (scorm-again), not anything the lesson reports about itself.
    // toJSON also reveals write-only elements, as the LMS stores them.
    const cmi = JSON.parse(JSON.stringify((window as unknown as {API: {cmi: unknown}}).API.cmi));
    return {
      status: cmi.core.lesson_status,
      raw: cmi.core.score.raw,
      location: cmi.core.lesson_location,
      entry: cmi.core.entry,
      suspend: cmi.suspend_data,
      interactions: Object.values(cmi.interactions).map((i: any) => ({id: i.id, result: i.result, student_response: i.student_response})),
    };
  }) as Promise<LmsData>;

async function lessonFrame(page: Page): Promise<Frame> {
  const handle = await page.waitForSelector('iframe#sco');
  const frame = await handle!.contentFrame();
  await frame.waitForSelector('up-lesson');
  return frame;
}

const aria = (role: string, name: string) => `::-p-aria([name=${JSON.stringify(name)}][role="${role}"])`;

async function showsStep(frame: Frame, title: string) {
  await frame.waitForSelector(aria('heading', title), {timeout: 5000});
}

/** Answers a choice step as a pupil: a click on the option and on "Controleer". */
async function answerByClick(frame: Frame, activity: ChoiceActivity, optionId: string) {
  const option = activity.options.find((o) => o.id === optionId)!;
  await frame.locator(aria('radio', option.text)).click();
  await frame.locator(aria('button', 'Controleer')).click();
}

/** Answers a choice step with the keyboard only: Tab into the group, arrows, Space, Tab, Enter. */
async function answerByKeyboard(page: Page, frame: Frame, activity: ChoiceActivity, optionId: string) {
  const index = activity.options.findIndex((o) => o.id === optionId);
  const first = await frame.waitForSelector(aria('radio', activity.options[0]!.text));
  await first!.focus();
  for (let i = 0; i < index; i++) await page.keyboard.press('ArrowDown');
  await page.keyboard.press('Space');
  await page.keyboard.press('Tab');
  await page.keyboard.press('Enter');
}

describe('SCORM 1.2 package in an LMS (scorm-again)', () => {
  let lesson: Lesson;
  let server: RunningServer;
  let browser: Browser;
  let dir: string;

  before(async () => {
    lesson = loadLesson(LESSON);
    dir = mkdtempSync(join(tmpdir(), 'upstander-scorm12-'));
    const zipFile = join(dir, 'package.zip');
    writeFileSync(zipFile, buildScorm12(lesson));
    // Unpacked by Debian's unzip, as an LMS unpacks an upload: an independent reader of our zip.
    execFileSync('unzip', ['-q', zipFile, '-d', join(dir, 'sco')]);
    server = await startServer({...previewLmsMounts(), '/pkg/': folder(join(dir, 'sco'))});
    browser = await launchChromium();
  });

  after(async () => {
    await browser?.close();
    await server?.close();
    if (dir) rmSync(dir, {recursive: true, force: true});
  });

  const choiceSteps = () => lesson.steps.filter((s) => s.activity.type === 'choice');

  it('records completion, score and interactions when a pupil finishes the lesson', async () => {
    const context = await browser.createBrowserContext();
    const page = await context.newPage();
    await page.goto(`${server.url}/lms/scorm12.html?launch=/pkg/index.html`);
    const frame = await lessonFrame(page);

    const scored = choiceSteps().filter((s) => (s.activity as ChoiceActivity).scored);
    assert.ok(scored.length >= 2, 'the lesson has at least two scored questions');
    let correct = 0;
    let wrongOnce = false;
    for (const [i, step] of lesson.steps.entries()) {
      await showsStep(frame, step.title);
      if (step.activity.type === 'choice') {
        const activity = step.activity;
        // The first scored question is answered wrongly, to check the score arithmetic.
        const wrong = activity.scored && !wrongOnce ? activity.options.find((o) => !o.correct) : undefined;
        const pick = wrong ?? activity.options.find((o) => o.correct) ?? activity.options[0]!;
        if (wrong) wrongOnce = true;
        else if (activity.scored) correct++;
        if (i % 2 === 0) await answerByClick(frame, activity, pick.id);
        else await answerByKeyboard(page, frame, activity, pick.id);
      }
      const last = i === lesson.steps.length - 1;
      await frame.locator(aria('button', last ? 'Klaar' : 'Volgende')).click();
    }
    await frame.waitForSelector(aria('heading', 'Je hebt deze les afgerond'));

    const lms = await lmsData(page);
    assert.equal(lms.status, 'completed');
    assert.equal(lms.raw, String(Math.round((correct / scored.length) * 100)));
    assert.equal(lms.location, lesson.steps.at(-1)!.id);
    assert.deepEqual(
      lms.interactions.map((i) => i.id),
      choiceSteps().map((s) => (s.activity as ChoiceActivity).id),
    );
    assert.ok(lms.interactions.some((i) => i.result === 'wrong'));
    const state = decodeState(lms.suspend);
    assert.equal(state?.completed, true);
    assert.equal(Object.keys(state!.answers).length, choiceSteps().length);
    assert.ok(lms.suspend.length <= 4096, 'suspend_data fits SCORM 1.2');
    await context.close();
  });

  it('resumes where the pupil was after the page is reloaded mid-lesson', async () => {
    const context = await browser.createBrowserContext();
    const page = await context.newPage();
    await page.goto(`${server.url}/lms/scorm12.html?launch=/pkg/index.html`);
    let frame = await lessonFrame(page);

    const firstChoice = lesson.steps.findIndex((s) => s.activity.type === 'choice');
    const activity = lesson.steps[firstChoice]!.activity as ChoiceActivity;
    const answer = activity.options.find((o) => o.correct) ?? activity.options[0]!;
    for (let i = 0; i <= firstChoice; i++) {
      await showsStep(frame, lesson.steps[i]!.title);
      if (i === firstChoice) await answerByClick(frame, activity, answer.id);
      await frame.locator(aria('button', 'Volgende')).click();
    }
    const where = lesson.steps[firstChoice + 1]!;
    await showsStep(frame, where.title);
    const before = await lmsData(page);
    assert.equal(before.status, 'incomplete');
    assert.equal(before.location, where.id);

    await page.reload();
    frame = await lessonFrame(page);
    await showsStep(frame, where.title);
    const after = await lmsData(page);
    assert.equal(after.entry, 'resume', 'the LMS started the second session as a resume');
    assert.equal(after.status, 'incomplete');

    // Back one step: the answer given before the reload is still there, locked.
    await frame.locator(aria('button', 'Vorige')).click();
    await showsStep(frame, lesson.steps[firstChoice]!.title);
    const radio = await frame.waitForSelector(aria('radio', answer.text));
    assert.equal(await radio!.evaluate((el) => (el as HTMLInputElement).checked), true);
    await context.close();
  });
});
