// The card maker (/kaartenmaker/ in the demo): driven by keyboard only in Debian's Chromium, it
// downloads a PNG of the chosen format; the page makes no request while the young person types and
// downloads (nothing typed leaves the device), and it is axe clean.
import assert from 'node:assert/strict';
import {mkdtemp, readdir, readFile, rm} from 'node:fs/promises';
import {createRequire} from 'node:module';
import {tmpdir} from 'node:os';
import {join} from 'node:path';
import {after, before, describe, it} from 'node:test';
import type {Page} from 'puppeteer-core';
import {cardMaker} from '@upstander/campaign/card-maker';
import {pngSize} from '../../packages/campaign/src/render.js';
import {startRig, stopAll} from './harness.js';
import type {Rig} from './harness.js';

const axeSource = createRequire(import.meta.url).resolve('axe-core/axe.min.js');
let rig: Rig | undefined;
let downloads: string;

before(async () => {
  rig = await startRig({'/kaartenmaker/': cardMaker()});
  downloads = await mkdtemp(join(tmpdir(), 'card-maker-'));
});
after(async () => {
  await stopAll(rig?.browser, rig?.server);
  await rm(downloads, {recursive: true, force: true});
});

/** Presses Tab until the element with this id has focus (keyboard only, as a young person would). */
async function tabTo(page: Page, id: string): Promise<void> {
  for (let i = 0; i < 40; i++) {
    if (await page.evaluate(() => document.activeElement?.id ?? '') === id) return;
    await page.keyboard.press('Tab');
  }
  assert.fail(`Tab never reached #${id}`);
}

const focusedValue = (page: Page) => page.evaluate(() => (document.activeElement as HTMLInputElement).value);

async function waitForPng(dir: string): Promise<string> {
  for (let i = 0; i < 100; i++) {
    const png = (await readdir(dir)).find((f) => f.endsWith('.png'));
    if (png) return join(dir, png);
    await new Promise((r) => setTimeout(r, 100));
  }
  throw new Error('no PNG was downloaded');
}

describe('card maker', () => {
  it('makes a story post by keyboard only and downloads it as a 1080×1920 PNG, sending nothing', async () => {
    const context = await rig!.browser.createBrowserContext({downloadBehavior: {policy: 'allow', downloadPath: downloads}});
    const page = await context.newPage();
    await page.goto(`${rig!.server.url}/kaartenmaker/`);
    await page.waitForSelector('html[data-ready]');
    const requests: string[] = [];
    page.on('request', (r) => {
      if (!r.url().startsWith('data:') && !r.url().startsWith('blob:')) requests.push(r.url());
    });

    await tabTo(page, 'heading');
    await page.keyboard.down('Control');
    await page.keyboard.press('a');
    await page.keyboard.up('Control');
    await page.keyboard.type('Wij laten niemand alleen staan');
    await page.keyboard.press('Tab');
    assert.equal(await page.evaluate(() => document.activeElement?.id), 'body');
    await page.keyboard.type(' Ook niet online.');
    await page.keyboard.press('Tab');
    await page.keyboard.type('@jongerenwerk');
    await page.keyboard.press('Tab'); // into the colours
    assert.equal(await focusedValue(page), 'nacht');
    await page.keyboard.press('ArrowDown');
    await page.keyboard.press('ArrowDown');
    assert.equal(await focusedValue(page), 'mint');
    await page.keyboard.press('Tab'); // into the drawings
    await page.keyboard.press('ArrowDown');
    assert.equal(await focusedValue(page), 'hart');
    await page.keyboard.press('Tab'); // into the formats
    await page.keyboard.press('ArrowDown');
    assert.equal(await focusedValue(page), 'story');
    await page.keyboard.press('Tab');
    assert.equal(await page.evaluate(() => document.activeElement?.id), 'download');
    await page.keyboard.press('Enter');

    const file = await waitForPng(downloads);
    assert.match(file, /mijn-post-story\.png$/);
    const png = await readFile(file);
    assert.deepEqual([...png.subarray(0, 8)], [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a], 'PNG signature');
    assert.deepEqual(pngSize(png), {width: 1080, height: 1920});
    assert.match(await page.$eval('#status', (e) => e.textContent ?? ''), /mijn-post-story\.png/);
    assert.match((await page.$eval('#preview', (e) => e.getAttribute('aria-label'))) ?? '', /Wij laten niemand alleen staan/);
    assert.deepEqual(requests, [], 'no request while typing and downloading');
    await context.close();
  });

  it('is axe clean', async () => {
    const page = await rig!.browser.newPage();
    await page.setBypassCSP(true); // to inject axe; the page's own policy forbids inline scripts
    await page.goto(`${rig!.server.url}/kaartenmaker/`);
    await page.waitForSelector('html[data-ready]');
    await page.addScriptTag({path: axeSource});
    const violations = await page.evaluate(async () => {
      const axe = (window as unknown as {axe: {run(context: Document, options: object): Promise<{violations: {id: string; nodes: {target: unknown}[]}[]}>}}).axe;
      const result = await axe.run(document, {runOnly: {type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice']}});
      return result.violations.map((v) => `${v.id}: ${JSON.stringify(v.nodes.map((n) => n.target))}`);
    });
    assert.deepEqual(violations, []);
    await page.close();
  });
});
