// Shared by the end-to-end package tests (tests/e2e/packages-*.test.ts): the lessons to test, a pupil
// who plays a lesson through, and a folder with a built package unpacked as an LMS or a web server
// would hold it.
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

/**
 * Plays a lesson through as a pupil: every step, answering each choice question (the first scored one
 * wrongly, to check the score arithmetic, unless `allCorrect`), then "Klaar". Ends on the completion screen.
 */
export async function playThrough(frame: Frame, lesson: Lesson, options: {allCorrect?: boolean} = {}): Promise<Played> {
  const t = labels(lesson);
  let correct = 0;
  let scored = 0;
  let wrongOnce = options.allCorrect ?? false;
  for (const [i, step] of lesson.steps.entries()) {
    await frame.waitForSelector(aria('heading', step.title), {timeout: 10_000});
    if (step.activity.type === 'choice') {
      const activity = step.activity;
      const wrong = activity.scored && !wrongOnce ? activity.options.find((o) => !o.correct) : undefined;
      const pick = wrong ?? activity.options.find((o) => o.correct) ?? activity.options[0]!;
      if (activity.scored) {
        scored++;
        if (wrong) wrongOnce = true;
        else correct++;
      }
      await frame.locator(aria('radio', pick.text)).click();
      await frame.locator(aria('button', t.check)).click();
    }
    const last = i === lesson.steps.length - 1;
    await frame.locator(aria('button', last ? t.finish : t.next)).click();
  }
  await frame.waitForSelector(aria('heading', t.completed), {timeout: 10_000});
  return {correct, scored};
}

/** Plays the first steps of a lesson up to and including its first choice question, then moves on one step. */
export async function playToAfterFirstQuestion(frame: Frame, lesson: Lesson): Promise<{stepIndex: number; optionText: string}> {
  const t = labels(lesson);
  const first = lesson.steps.findIndex((s) => s.activity.type === 'choice');
  for (let i = 0; i <= first; i++) {
    const step = lesson.steps[i]!;
    await frame.waitForSelector(aria('heading', step.title), {timeout: 10_000});
    if (i === first && step.activity.type === 'choice') {
      const option = step.activity.options.find((o) => o.correct) ?? step.activity.options[0]!;
      await frame.locator(aria('radio', option.text)).click();
      await frame.locator(aria('button', t.check)).click();
    }
    await frame.locator(aria('button', t.next)).click();
  }
  await frame.waitForSelector(aria('heading', lesson.steps[first + 1]!.title), {timeout: 10_000});
  const activity = lesson.steps[first]!.activity;
  const optionText = activity.type === 'choice' ? (activity.options.find((o) => o.correct) ?? activity.options[0]!).text : '';
  return {stepIndex: first + 1, optionText};
}

/** The frame of the lesson in a preview LMS page, once the lesson shows. */
export async function lessonFrame(page: Page): Promise<Frame> {
  const handle = await page.waitForSelector('iframe#sco');
  const frame = await handle!.contentFrame();
  await frame.waitForSelector('up-lesson');
  return frame;
}
