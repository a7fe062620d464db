// Shared by the end-to-end package tests (tests/e2e/packages-*.test.ts): the lessons to test, a pupil
// who plays a lesson through, and a folder with a built package unpacked as an LMS or a web server
// would hold it.
import assert from 'node:assert/strict';
import {execFileSync} from 'node:child_process';
import {mkdirSync, mkdtempSync, rmSync, writeFileSync} from 'node:fs';
import {tmpdir} from 'node:os';
import {dirname, join} from 'node:path';
import type {Frame, Page} from 'puppeteer-core';
import {lessonSource, packageFiles, zip} from '@upstander/packager';
import type {Format, PackageSource} from '@upstander/packager';
import type {Lesson} from '@upstander/schema';
import {en} from '../../packages/elements/src/translations/en.js';
import {nl} from '../../packages/elements/src/translations/nl.js';
import {loadLibrary} from '../../packages/cli/src/lessons.js';

/** Every lesson in lessons/, checked as `upstander build` checks them. */
export function allLessons(): Lesson[] {
  return loadLibrary(['lessons']).lessons;
}

/** Every lesson as a package source, as `upstander build` makes it. */
export const allSources = (): PackageSource[] => allLessons().map((lesson) => lessonSource(lesson));

/**
 * The lessons a test plays in every format but the web folder (which plays them all): a few that
 * between them hold every activity type, every track and every language, picked greedily (the
 * lesson with the most not yet held first) — so CI stays within its time. `UPSTANDER_E2E=all` plays
 * every lesson in every format (before a release; docs/release.md).
 */
export function sampleSources(): PackageSource[] {
  const lessons = allLessons();
  if (process.env['UPSTANDER_E2E'] === 'all') return lessons.map((lesson) => lessonSource(lesson));
  const features = (lesson: Lesson) => new Set([...lesson.steps.map((s) => `type:${s.activity.type}`), `track:${lesson.track}`, `language:${lesson.language}`]);
  const missing = new Set(lessons.flatMap((lesson) => [...features(lesson)]));
  const chosen: Lesson[] = [];
  while (missing.size > 0) {
    const gain = (lesson: Lesson) => [...features(lesson)].filter((f) => missing.has(f)).length;
    const best = lessons.reduce((a, b) => (gain(b) > gain(a) ? b : a));
    chosen.push(best);
    for (const f of features(best)) missing.delete(f);
  }
  return lessons.filter((lesson) => chosen.includes(lesson)).map((lesson) => lessonSource(lesson));
}

/** The labels of the lesson's buttons, in its language. */
export const labels = (lesson: Lesson) => (lesson.language === 'en' ? en : nl);

export const aria = (role: string, name: string) => `::-p-aria([name=${JSON.stringify(name)}][role="${role}"])`;

/**
 * A scratch folder for a test file; removed by the returned function. Packages are written into it
 * with `unpack` (zips through Debian's unzip, an independent reader, as an LMS unpacks an upload).
 */
export function workspace(name: string): {dir: string; unpack(source: PackageSource, format: Format, folderName?: string): string; remove(): void} {
  const dir = mkdtempSync(join(tmpdir(), `upstander-e2e-${name}-`));
  return {
    dir,
    unpack(source, format, folderName = `${source.info.name}-${format}`) {
      const target = join(dir, folderName);
      const files = packageFiles(source, format);
      if (format === 'web' || format === 'embed') {
        for (const file of files) {
          mkdirSync(dirname(join(target, file.path)), {recursive: true});
          writeFileSync(join(target, file.path), file.data);
        }
      } else {
        const zipFile = `${target}.zip`;
        writeFileSync(zipFile, zip(files));
        execFileSync('unzip', ['-q', zipFile, '-d', target]);
      }
      return target;
    },
    remove: () => rmSync(dir, {recursive: true, force: true}),
  };
}

export interface Played {
  /** Scored questions answered right, and how many scored questions there are. */
  correct: number;
  scored: number;
}

/** The activity types that hold "Volgende" back until answered (elements: internal/activities.ts). */
export const ANSWERED_TYPES = ['choice', 'sort', 'social-post'] as const;

/** The ids of the activities a pupil answers to get through the lesson, in lesson order (SCORM interactions). */
export const answeredIds = (lesson: Lesson): string[] =>
  lesson.steps.flatMap(({activity}) => ((ANSWERED_TYPES as readonly string[]).includes(activity.type) && 'id' in activity ? [activity.id] : []));

type Step = Lesson['steps'][number];
type Of<T extends string> = Extract<Step['activity'], {type: T}>;

/** A sort answered right: each item in its group (classify), or the items moved into their order. */
async function answerSort(frame: Frame, activity: Of<'sort'>): Promise<void> {
  if (activity.mode === 'classify') {
    for (const item of activity.items) {
      const category = item.category ?? activity.categories[0]!.id;
      await frame.locator(`up-lesson >>> up-sort >>> input[name="group-${item.id}"][value="${category}"]`).click();
    }
  } else {
    // The items start shuffled: move each one up until it stands in its place.
    for (const [place, item] of activity.items.entries()) {
      const shown = () => frame.$$eval('up-lesson >>> up-sort >>> button[data-direction="up"]', (buttons) => buttons.map((b) => (b as HTMLElement).dataset['id']));
      for (let at = (await shown()).indexOf(item.id); at > place; at--) {
        await frame.locator(`up-lesson >>> up-sort >>> button[data-direction="up"][data-id="${item.id}"]`).click();
      }
    }
  }
}

/**
 * Plays a lesson through as a pupil: every step, answering what must be answered (choice, sort,
 * social post; the first scored choice question wrongly, to check the score arithmetic, unless
 * `allCorrect`; everything else rightly), then "Klaar". Ends on the completion screen. Activities that
 * never hold the pupil back (reflection, survey, dilemma…) are passed without an answer.
 */
export async function playThrough(frame: Frame, lesson: Lesson, options: {allCorrect?: boolean; from?: number; until?: number; before?: (index: number) => Promise<void>} = {}): Promise<Played> {
  const t = labels(lesson);
  const played: Played = {correct: 0, scored: 0};
  let wrongOnce = options.allCorrect ?? false;
  for (const [i, step] of lesson.steps.entries()) {
    if (i < (options.from ?? 0)) continue;
    if (options.until !== undefined && i >= options.until) {
      await frame.waitForSelector(aria('heading', step.title), {timeout: 30_000});
      return played;
    }
    await options.before?.(i);
    await frame.waitForSelector(aria('heading', step.title), {timeout: 30_000});
    const wrong = !wrongOnce && step.activity.type === 'choice' && step.activity.scored;
    const result = await answer(frame, lesson, step, wrong);
    if (wrong) wrongOnce = true;
    played.correct += result.correct;
    played.scored += result.scored;
    const last = i === lesson.steps.length - 1;
    await frame.locator(aria('button', last ? t.finish : t.next)).click();
  }
  await frame.waitForSelector(aria('heading', t.completed), {timeout: 30_000});
  return played;
}

/**
 * Answers one step if it must be answered (choice, social post, sort), rightly unless `wrong` (choice
 * only). Returns how it counts: scored 1 for a scored question, correct 1 when answered rightly.
 */
async function answer(frame: Frame, lesson: Lesson, step: Step, wrong: boolean): Promise<Played> {
  const t = labels(lesson);
  const activity = step.activity;
  if (activity.type === 'choice') {
    const pick = (wrong ? activity.options.find((o) => !o.correct) : undefined) ?? activity.options.find((o) => o.correct) ?? activity.options[0]!;
    await frame.locator(aria('radio', pick.text)).click();
    await frame.locator(aria('button', t.check)).click();
    return {scored: activity.scored ? 1 : 0, correct: activity.scored && pick.correct ? 1 : 0};
  }
  if (activity.type === 'social-post') {
    const pick = activity.choices.find((c) => c.correct) ?? activity.choices[0]!;
    await frame.locator(aria('radio', pick.text)).click();
    await frame.locator(aria('button', t.check)).click();
    return {scored: activity.scored ? 1 : 0, correct: activity.scored && pick.correct ? 1 : 0};
  }
  if (activity.type === 'sort') {
    await answerSort(frame, activity);
    await frame.locator(aria('button', t.check)).click();
    return {scored: activity.scored ? 1 : 0, correct: activity.scored ? 1 : 0};
  }
  return {scored: 0, correct: 0};
}

/**
 * Plays the first steps of a lesson up to and including its first choice question (answering what
 * must be answered on the way), then moves on one step. Returns where the pupil is and the option
 * chosen, to check a resume. A lesson without a choice question (the Cleanup Day's welcome, for one)
 * plays its first step only, and `optionText` is empty.
 */
export async function playToAfterFirstQuestion(frame: Frame, lesson: Lesson): Promise<{stepIndex: number; optionText: string}> {
  const t = labels(lesson);
  const first = Math.max(0, lesson.steps.findIndex((s) => s.activity.type === 'choice'));
  for (let i = 0; i <= first; i++) {
    const step = lesson.steps[i]!;
    await frame.waitForSelector(aria('heading', step.title), {timeout: 30_000});
    await answer(frame, lesson, step, false);
    await frame.locator(aria('button', t.next)).click();
  }
  await frame.waitForSelector(aria('heading', lesson.steps[first + 1]!.title), {timeout: 30_000});
  const activity = lesson.steps[first]!.activity;
  const optionText = activity.type === 'choice' ? (activity.options.find((o) => o.correct) ?? activity.options[0]!).text : '';
  return {stepIndex: first + 1, optionText};
}

/**
 * After a resume: goes back one step and checks the answer given before leaving is still there (or,
 * for a lesson without a choice question, that the first step shows again).
 */
export async function backToAnswer(frame: Frame, lesson: Lesson, optionText: string): Promise<void> {
  await frame.locator(aria('button', labels(lesson).previous)).click();
  if (!optionText) {
    await frame.waitForSelector(aria('heading', lesson.steps[0]!.title));
    return;
  }
  const radio = await frame.waitForSelector(aria('radio', optionText));
  assert.equal(await radio!.evaluate((el) => (el as HTMLInputElement).checked), true, 'the answer given before leaving is still chosen');
}

/** The frame of the lesson in a preview LMS page, once the lesson shows. */
export async function lessonFrame(page: Page): Promise<Frame> {
  const handle = await page.waitForSelector('iframe#sco');
  const frame = await handle!.contentFrame();
  await frame.waitForSelector('up-lesson');
  return frame;
}

/** Waits until the LRS holds statements that satisfy `done`. */
export async function until(done: () => boolean, what: string, ms = 30_000): Promise<void> {
  const end = Date.now() + ms;
  while (!done()) {
    if (Date.now() > end) throw new Error(`timed out waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}
