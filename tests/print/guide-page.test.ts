// The packaged guide page on paper: for every lesson in lessons/, the printable facilitator guide page
// that its web folder carries (handleiding.html, exactly as `upstander build` writes it, with its own
// script upstander-guide.js) is opened from a web server in Debian's headless Chromium, its "Afdrukken"
// button is checked, and it is printed to an A4 PDF that poppler's pdftotext reads back: every part of
// the session with its title, its minutes and its time, and nothing of the page's bar. And the same page
// from a SCORM 1.2 zip unpacked on a disk (a teacher who downloaded the package from Moodle) opens
// from file:// and shows the guide.
//
// To look at the PDFs: GUIDE_PDF_DIR=/tmp/guides npx tsx --test tests/print/guide-page.test.ts
import assert from 'node:assert/strict';
import {mkdirSync, writeFileSync} from 'node:fs';
import {createRequire} from 'node:module';
import {join} from 'node:path';
import {pathToFileURL} from 'node:url';
import {after, before, describe, it} from 'node:test';
import type {Browser, Page} from 'puppeteer-core';
import {GUIDE_PAGE} from '@upstander/packager';
import {kerndoel} from '@upstander/curriculum';
import {folder} from '../../packages/cli/src/server.js';
import type {Resolver, RunningServer} from '../../packages/cli/src/server.js';
import {guideEn} from '../../packages/elements/src/translations/guide-en.js';
import {guideNl} from '../../packages/elements/src/translations/guide-nl.js';
import {clock, timeline} from '../../packages/elements/src/up-facilitator-guide.js';
import {startRig, stopAll} from '../e2e/harness.js';
import {allSources, workspace} from '../e2e/packages-play.js';
import {flat, poppler} from './pdf.js';

const sources = allSources();
const space = workspace('guide-page');
const keep = process.env.GUIDE_PDF_DIR;
let server: RunningServer;
let browser: Browser;

before(async () => {
  const mounts: Record<string, Resolver> = {};
  for (const source of sources) mounts[`/web/${source.info.name}/`] = folder(space.unpack(source, 'web'));
  ({server, browser} = await startRig(mounts));
  if (keep) mkdirSync(keep, {recursive: true});
});

after(async () => {
  await stopAll(browser, server);
  space.remove();
});

/** Opens a guide page and waits until the guide shows its parts. */
async function openGuide(url: string, errors: string[]): Promise<Page> {
  const page = await browser.newPage();
  page.on('pageerror', (error) => errors.push(String(error)));
  await page.goto(url);
  await page.waitForFunction(
    () => {
      const guide = document.querySelector('up-facilitator-guide');
      return (guide?.shadowRoot?.querySelectorAll('section.part').length ?? 0) > 0;
    },
    {timeout: 15_000},
  );
  return page;
}

describe('the packaged guide page (handleiding.html) on paper', () => {
  it('has lessons to print', () => assert.ok(sources.length > 0));

  for (const source of sources) {
    if (source.kind !== 'lesson') continue;
    const {lesson} = source;
    const t = lesson.language === 'en' ? guideEn : guideNl;
    const printLabel = lesson.language === 'en' ? 'Print' : 'Afdrukken';

    it(`${lesson.id} (${lesson.language}): the web folder's guide page prints every part with its title and minutes`, async () => {
      const errors: string[] = [];
      const page = await openGuide(`${server.url}/web/${source.info.name}/${GUIDE_PAGE}`, errors);
      try {
        // The page's own print button: visible, named in the lesson's language, and it prints.
        const button = await page.waitForSelector(`::-p-aria([name="${printLabel}"][role="button"])`);
        assert.ok(await button!.isVisible(), 'the print button is visible');
        await page.evaluate(() => {
          window.print = () => void ((window as unknown as {printed: number}).printed = ((window as unknown as {printed?: number}).printed ?? 0) + 1);
        });
        await button!.click();
        assert.equal(await page.evaluate(() => (window as unknown as {printed?: number}).printed), 1, 'the button calls window.print()');

        await page.emulateMediaType('print');
        const pdf = join(keep ?? space.dir, `${lesson.id}-${lesson.language}-handleiding.pdf`);
        writeFileSync(pdf, await page.pdf({preferCSSPageSize: true, printBackground: false}));
        const pages = Number(/^Pages:\s+(\d+)/m.exec(poppler('pdfinfo', [pdf]))?.[1]);
        assert.ok(pages >= 1, `${pages} pages`);
        assert.match(poppler('pdfinfo', [pdf]), /^Page size:.*\(A4\)/m, 'A4 (the page sets it)');

        const text = flat(poppler('pdftotext', ['-enc', 'UTF-8', pdf, '-']));
        assert.ok(text.includes(flat(lesson.title)), 'the title');
        const first = lesson.kerndoelen[0]!;
        assert.ok(text.includes(flat(`${first}: ${kerndoel(first)!.text}`).slice(0, 60)), `the kerndoel ${first} with its title`);
        for (const {part, from, to} of timeline(lesson)) {
          assert.ok(text.includes(flat(`${part.title} ${t.minutes(part.minutes)}`)), `the part "${part.title}" with its minutes (${t.minutes(part.minutes)})`);
          assert.ok(text.includes(flat(`${clock(from)}–${clock(to)} ${part.title}`)), `the part "${part.title}" with its time`);
        }
        for (const heading of [t.schedule, t.safety, t.aftercare]) assert.ok(text.includes(heading), `the heading "${heading}"`);
        // The page's bar (links and "Afdrukken") and the guide's own print button stay on screen.
        for (const screenOnly of [printLabel, t.print, lesson.language === 'en' ? 'To the lesson' : 'Naar de les']) {
          assert.ok(!new RegExp(`(^| )${screenOnly}( |$)`).test(text), `"${screenOnly}" is not printed`);
        }
        assert.deepEqual(errors, [], 'no script errors');
      } finally {
        await page.close();
      }
    });
  }

  it('is accessible on screen (axe, WCAG 2.2 AA)', async () => {
    const source = sources[0]!;
    const errors: string[] = [];
    const page = await openGuide(`${server.url}/web/${source.info.name}/${GUIDE_PAGE}`, errors);
    try {
      await page.addScriptTag({path: createRequire(import.meta.url).resolve('axe-core/axe.min.js')});
      const violations = await page.evaluate(async () => {
        const axe = (window as unknown as {axe: {run(context: Document, options: object): Promise<{violations: {id: string; nodes: {target: unknown}[]}[]}>}}).axe;
        const result = await axe.run(document, {runOnly: {type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa']}});
        return result.violations.map((v) => `${v.id}: ${JSON.stringify(v.nodes.map((n) => n.target))}`);
      });
      assert.deepEqual(violations, []);
      assert.deepEqual(errors, []);
    } finally {
      await page.close();
    }
  });

  it('opens from a SCORM 1.2 zip unpacked on a disk (file://), as a teacher who downloaded it from Moodle', async () => {
    const source = sources[0]!;
    if (source.kind !== 'lesson') return;
    const dir = space.unpack(source, 'scorm12');
    const errors: string[] = [];
    const page = await openGuide(pathToFileURL(join(dir, GUIDE_PAGE)).href, errors);
    try {
      const titles = await page.$eval('up-facilitator-guide', (guide) => [...guide.shadowRoot!.querySelectorAll('.part-name')].map((n) => n.textContent));
      assert.deepEqual(titles, source.lesson.facilitatorGuide.steps.map((s) => s.title));
      assert.deepEqual(errors, []);
    } finally {
      await page.close();
    }
  });
});
