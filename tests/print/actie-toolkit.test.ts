// The take-home toolkit of the Social Cleanup Day (module 8 of the actie track) on paper: the handout
// printed alone, as its own "Afdrukken" button does, from the facilitator guide element in Debian's
// headless Chromium to an A4 PDF that poppler reads back. It is what a participant keeps, so it must be
// at most two pages, hold every part (step plan, replies, safety checklist, reporting points with their
// addresses, contact person, check-ins) and nothing of the guide around it or of the other handouts.
//
// To look at the PDF: GUIDE_PDF_DIR=/tmp/guides npx tsx tests/run-node-tests.ts actie-toolkit
import assert from 'node:assert/strict';
import {mkdirSync, mkdtempSync, rmSync, writeFileSync} from 'node:fs';
import {tmpdir} from 'node:os';
import {join} from 'node:path';
import {after, before, describe, it} from 'node:test';
import {build} from 'esbuild';
import type {Browser} from 'puppeteer-core';
import {loadLibrary} from '../../packages/cli/src/lessons.js';
import {guideNl} from '../../packages/elements/src/translations/guide-nl.js';
import {launchChromium} from '../browser.js';
import {flat, poppler} from './pdf.js';

const lesson = loadLibrary(['lessons']).lessons.find((l) => l.id === 'actie-nazorg' && l.language === 'nl')!;
const scratch = mkdtempSync(join(tmpdir(), 'upstander-toolkit-pdf-'));
const keep = process.env.GUIDE_PDF_DIR;
let browser: Browser;
let script: string;

before(async () => {
  const result = await build({
    stdin: {contents: `import './packages/elements/src/up-facilitator-guide.ts';`, resolveDir: process.cwd(), loader: 'ts'},
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

/** Prints one handout of the lesson alone, in the state its own print button puts the guide in. */
async function printHandout(id: string): Promise<string> {
  const page = await browser.newPage();
  try {
    await page.setContent(`<!doctype html><html lang="nl"><head><meta charset="utf-8"><title>Toolkit</title>
<style>@page { size: A4; margin: 15mm 15mm 18mm; } body { margin: 0; }</style></head>
<body><up-facilitator-guide></up-facilitator-guide></body></html>`);
    await page.addScriptTag({content: script, type: 'module'});
    await page.waitForFunction(() => customElements.get('up-facilitator-guide') !== undefined);
    await page.evaluate(
      async (data, handoutId) => {
        const guide = document.querySelector('up-facilitator-guide') as HTMLElement & {lesson: unknown; updateComplete: Promise<unknown>};
        guide.lesson = data;
        await guide.updateComplete;
        // The handout's print button sets this state, calls window.print() and clears it again; the
        // test holds the state while Chromium prints, as the browser's print dialog does.
        (guide as unknown as {_printing: string})._printing = handoutId;
        await guide.updateComplete;
      },
      lesson as unknown as Record<string, unknown>,
      id,
    );
    await page.emulateMediaType('print');
    const path = join(keep ?? scratch, `${lesson.id}-${id}.pdf`);
    writeFileSync(path, await page.pdf({preferCSSPageSize: true, printBackground: false}));
    return path;
  } finally {
    await page.close();
  }
}

describe('the Social Cleanup Day toolkit on paper', () => {
  it('prints alone on at most two A4 pages with every part and the addresses of the help points', async () => {
    assert.ok(lesson, 'module 8 of the actie track');
    const kit = lesson.facilitatorGuide.handouts!.find((h) => h.id === 'toolkit')!;
    const pdf = await printHandout('toolkit');
    const info = poppler('pdfinfo', [pdf]);
    const pages = Number(/^Pages:\s+(\d+)/m.exec(info)?.[1]);
    assert.ok(pages >= 1 && pages <= 2, `${pages} pages`);
    assert.match(info, /Page size:.*\(A4\)/, 'A4');

    const text = flat(poppler('pdftotext', ['-enc', 'UTF-8', pdf, '-']));
    assert.ok(text.includes(flat(kit.title)), 'the title');
    for (const block of kit.blocks) {
      if (block.type === 'heading') assert.ok(text.includes(block.text), `the heading “${block.text}”`);
      if (block.type === 'lines' && block.label) assert.ok(text.includes(flat(block.label)), `a line for “${block.label}”`);
    }
    for (const point of lesson.helpPoints) {
      if (point.url) assert.ok(text.includes(point.name), `the toolkit names ${point.name}`);
    }
    for (const address of ['meld.onlinediscriminatie.nl', 'www.discriminatie.nl', 'www.helpwanted.nl', '0800-0432', '0900-8844', '0800-0113']) {
      assert.ok(text.includes(address), address);
    }
    for (const row of ['Na 1 week', 'Na 4 weken']) assert.ok(text.includes(row), row);

    // Only the toolkit: not the guide, not its "use" note for the facilitator, not the other handouts, no buttons.
    assert.ok(!text.includes(guideNl.preparation), 'no guide sections');
    assert.ok(!text.includes(flat(kit.use!)), 'the facilitator note is not printed');
    for (const other of lesson.facilitatorGuide.handouts!.filter((h) => h.id !== 'toolkit')) {
      assert.ok(!text.includes(flat(other.title)), `not the handout “${other.title}”`);
    }
    assert.ok(!text.includes(guideNl.printHandout), 'no print button');
  });
});
