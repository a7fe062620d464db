/**
 * The release's PDFs, printed by headless Chromium (Debian's `chromium`, through puppeteer-core) from
 * the pages the release itself holds: each lesson's facilitator guide page (`web/<name>/handleiding.html`,
 * as "Afdrukken" prints it), each of its handouts alone (parents' letters, worksheets: as the guide's
 * "print this sheet" button prints it), and docs pages such as the parents' letter. A4, from file:// (the
 * pages need no server). Without Chromium the release says so and makes everything but the PDFs.
 *
 * Chromium writes the time of printing into a PDF (CreationDate, ModDate). Those are set to a fixed
 * time of the same length, so the same pages give the same bytes on every build.
 */
import {existsSync, writeFileSync} from 'node:fs';
import {pathToFileURL} from 'node:url';
import type {Browser, Page} from 'puppeteer-core';

/** Where Chromium may be: $CHROMIUM_PATH, then Debian's and other usual places. */
export function findChromium(): string | undefined {
  const candidates = [process.env['CHROMIUM_PATH'], '/usr/bin/chromium', '/usr/bin/chromium-browser', '/usr/bin/google-chrome'];
  return candidates.find((path): path is string => !!path && existsSync(path));
}

/** The fixed time written into every PDF, in PDF date format (same length as Chromium's own). */
const FIXED_DATE = 'D:20240101000000+00\'00\'';

/**
 * Makes a PDF the same on every build, byte for byte the same length (the cross-reference offsets stay
 * right): the print time becomes FIXED_DATE, and the ids of the tagged structure (Chromium numbers them
 * from its own DOM node counter, which depends on what the browser printed before) become 1, 2, 3… in
 * the same order, so the sorted ID tree stays sorted.
 */
export function steadyPdf(pdf: Uint8Array): Uint8Array {
  const text = Buffer.from(pdf).toString('latin1');
  const ids = [...new Set([...text.matchAll(/\(node(\d{8})\)/g)].map((m) => Number(m[1])))].sort((a, b) => a - b);
  const rank = new Map(ids.map((id, i) => [id, i + 1]));
  const fixed = text
    .replace(/\/(CreationDate|ModDate) \((D:[0-9+\-Z']+)\)/g, (_, key: string, date: string) => `/${key} (${FIXED_DATE.slice(0, date.length).padEnd(date.length, ' ')})`)
    .replace(/\(node(\d{8})\)/g, (_, id: string) => `(node${String(rank.get(Number(id))).padStart(8, '0')})`);
  return Buffer.from(fixed, 'latin1');
}

/** A handout of a guide to print alone, and where. */
export interface HandoutPrint {
  id: string;
  title: string;
  out: string;
}

export interface Printer {
  /**
   * Prints a page that holds `<up-facilitator-guide>`: the whole guide to `out`, then each handout
   * alone, from the same loaded page.
   */
  guide(file: string, out: string, handouts?: readonly HandoutPrint[]): Promise<void>;
  /** Prints a plain page (no scripts to wait for). */
  page(file: string, out: string): Promise<void>;
  close(): Promise<void>;
}

/** Starts Chromium; undefined (with the reason) when there is none or puppeteer-core is missing. */
export async function startPrinter(): Promise<Printer | {missing: string}> {
  const executablePath = findChromium();
  if (!executablePath) return {missing: 'Chromium not found (install Debian\'s "chromium" or set CHROMIUM_PATH)'};
  let launch;
  try {
    ({launch} = await import('puppeteer-core'));
  } catch {
    return {missing: 'puppeteer-core is not installed (npm ci)'};
  }
  const browser: Browser = await launch({
    executablePath,
    headless: true,
    args: ['--no-sandbox', '--disable-gpu', '--disable-dev-shm-usage', '--disable-background-networking', '--no-first-run'],
  });
  const print = async (page: Page, out: string) => {
    await page.emulateMediaType('print');
    writeFileSync(out, steadyPdf(await page.pdf({preferCSSPageSize: true, format: 'A4', printBackground: false})));
  };
  return {
    async guide(file, out, handouts = []) {
      const page = await browser.newPage();
      try {
        await page.goto(pathToFileURL(file).href);
        await page.waitForFunction(() => (document.querySelector('up-facilitator-guide')?.shadowRoot?.querySelectorAll('section.part').length ?? 0) > 0, {timeout: 30_000});
        await print(page, out);
        for (const handout of handouts) {
          // What the sheet's own print button does before window.print(): mark that sheet as the one printed.
          await page.evaluate(async ({id, title}) => {
            const guide = document.querySelector('up-facilitator-guide') as unknown as {_printing?: string; updateComplete: Promise<unknown>};
            guide._printing = id;
            document.title = title;
            await guide.updateComplete;
          }, handout);
          await print(page, handout.out);
        }
      } finally {
        await page.close();
      }
    },
    async page(file, out) {
      const page = await browser.newPage();
      try {
        await page.goto(pathToFileURL(file).href, {waitUntil: 'load'});
        // Links within the release would point into this disk on paper: keep their text, drop the link.
        await page.evaluate(() => {
          for (const a of document.querySelectorAll('a[href]')) if (!/^(https?|mailto|tel):/.test((a as HTMLAnchorElement).href)) a.removeAttribute('href');
        });
        await print(page, out);
      } finally {
        await page.close();
      }
    },
    close: () => browser.close(),
  };
}
