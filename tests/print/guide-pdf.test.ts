// The facilitator guide on paper: for every lesson in lessons/, a page with only
// <up-facilitator-guide> is printed to PDF by Debian's headless Chromium (as "Print" → "Save as PDF"
// would), and the PDF is read back with poppler's pdftotext, an independent reader. It must hold every
// part of the session, the safety section, the aftercare and the help point addresses; the print button
// must not be printed; and no page may end on a heading, separated from what it introduces.
//
// To look at the PDFs: GUIDE_PDF_DIR=/tmp/guides npm run test:node -- guide-pdf, then for example
// pdftoppm -png -r 60 /tmp/guides/<lesson id>.pdf /tmp/guides/<lesson id>.
import assert from 'node:assert/strict';
import {mkdirSync, mkdtempSync, rmSync, writeFileSync} from 'node:fs';
import {tmpdir} from 'node:os';
import {join} from 'node:path';
import {after, before, describe, it} from 'node:test';
import {build} from 'esbuild';
import type {Browser} from 'puppeteer-core';
import type {Lesson} from '@upstander/schema';
import {loadLibrary} from '../../packages/cli/src/lessons.js';
import {guideEn} from '../../packages/elements/src/translations/guide-en.js';
import {guideNl} from '../../packages/elements/src/translations/guide-nl.js';
import {clock, timeline} from '../../packages/elements/src/up-facilitator-guide.js';
import {launchChromium} from '../browser.js';
import {flat, poppler} from './pdf.js';

const lessons = loadLibrary(['lessons']).lessons;
const scratch = mkdtempSync(join(tmpdir(), 'upstander-guide-pdf-'));
const keep = process.env.GUIDE_PDF_DIR;
let browser: Browser;
let script: string;

before(async () => {
  // The element alone, bundled from source as a page would load it.
  const result = await build({
    stdin: {
      contents: `import './packages/elements/src/up-facilitator-guide.ts';`,
      resolveDir: process.cwd(),
      loader: 'ts',
    },
    bundle: true,
    format: 'esm',
    write: false,
    target: 'es2022',
    tsconfig: 'tsconfig.json',
    logLevel: 'silent',
  });
  script = result.outputFiles[0]!.text;
  browser = await launchChromium();
  if (keep) mkdirSync(keep, {recursive: true});
});

after(async () => {
  await browser?.close();
  rmSync(scratch, {recursive: true, force: true});
});

/** Prints the guide of `lesson` to a PDF and returns its path. */
async function printGuide(lesson: Lesson): Promise<string> {
  const page = await browser.newPage();
  try {
    await page.setContent(`<!doctype html><html lang="${lesson.language}"><head><meta charset="utf-8"><title>Draaiboek</title>
<style>@page { size: A4; margin: 15mm 15mm 18mm; } body { margin: 0; }</style></head>
<body><up-facilitator-guide></up-facilitator-guide></body></html>`);
    await page.addScriptTag({content: script, type: 'module'});
    await page.waitForFunction(() => customElements.get('up-facilitator-guide') !== undefined);
    await page.evaluate(async (data) => {
      const guide = document.querySelector('up-facilitator-guide') as HTMLElement & {lesson: unknown; updateComplete: Promise<unknown>};
      guide.lesson = data;
      await guide.updateComplete;
    }, lesson as unknown as Record<string, unknown>);
    await page.emulateMediaType('print');
    const path = join(keep ?? scratch, `${lesson.id}-${lesson.language}.pdf`);
    writeFileSync(path, await page.pdf({preferCSSPageSize: true, printBackground: false}));
    return path;
  } finally {
    await page.close();
  }
}

describe('the facilitator guide on paper', () => {
  it('has lessons to print', () => {
    assert.ok(lessons.length > 0);
  });

  for (const lesson of lessons) {
    it(`prints the whole guide of "${lesson.title}" (${lesson.language}), with no heading at the foot of a page`, async () => {
      const t = lesson.language === 'en' ? guideEn : guideNl;
      const pdf = await printGuide(lesson);
      const pages = Number(/^Pages:\s+(\d+)/m.exec(poppler('pdfinfo', [pdf]))?.[1]);
      assert.ok(pages >= 1, `${pages} pages`);

      const text = flat(poppler('pdftotext', ['-enc', 'UTF-8', pdf, '-']));
      assert.ok(text.includes(flat(lesson.title)), 'the title');
      assert.ok(text.includes(t.minutes(lesson.durationMinutes)), 'the duration');
      for (const id of lesson.kerndoelen) assert.ok(text.includes(id), `kerndoel ${id}`);
      for (const {part, from, to} of timeline(lesson)) {
        assert.ok(text.includes(flat(`${clock(from)}–${clock(to)} ${part.title}`)), `the part "${part.title}" with its time`);
      }
      for (const heading of [t.preparation, t.schedule, t.timetable, t.safety, t.aftercare]) {
        assert.ok(text.includes(heading), `the heading "${heading}"`);
      }
      for (const point of lesson.helpPoints) {
        if (point.url) assert.ok(text.includes(point.url.replace(/^https?:\/\//, '').replace(/\/$/, '')), `the address of ${point.name}`);
      }
      assert.ok(!text.includes(t.print), 'the print button is not printed');
      assert.ok(!text.includes(t.opensInNewWindow), 'no text for screen readers only');

      // A heading must never be the last line of a page.
      const headings = new Set(
        [
          t.lessonGoals,
          t.preparation,
          t.materials,
          t.schedule,
          t.safety,
          t.aftercare,
          t.helpPoints,
          t.do,
          t.say,
          t.questions,
          ...timeline(lesson).map(({part, from, to}) => flat(`${clock(from)}–${clock(to)} ${part.title}`)),
        ].map((h) => h.trim())
      );
      for (let n = 1; n <= pages; n++) {
        const lines = poppler('pdftotext', ['-enc', 'UTF-8', '-layout', '-f', String(n), '-l', String(n), pdf, '-'])
          .split('\n')
          .map((line) => flat(line).trim())
          .filter((line) => line !== '');
        const last = lines.at(-1) ?? '';
        assert.ok(!headings.has(last), `page ${n} of ${pages} ends on the heading "${last}"`);
      }
    });
  }
});
