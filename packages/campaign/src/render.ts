/**
 * Renders every post in every format to PNG in headless Debian Chromium (puppeteer-core): the card
 * template (draw.ts) is bundled with esbuild and drawn on a canvas at the format's exact size.
 */
import {fileURLToPath} from 'node:url';
import type {Browser} from 'puppeteer-core';
import {FORMATS} from './formats.js';
import type {FormatName} from './formats.js';
import type {Card} from './draw.js';
import type {Campaign, Post} from './schema.js';

export interface RenderedImage {
  post: Post;
  slide: number;
  format: FormatName;
  /** e.g. feed/stil-is-niet-neutraal-2.png */
  path: string;
  png: Uint8Array;
}

/** The draw module as a classic script that sets window.upstanderDrawCard. */
export async function drawScript(): Promise<string> {
  const {build} = await import('esbuild');
  const result = await build({
    stdin: {
      contents: `import {drawCard} from './draw.ts'; window.upstanderDrawCard = drawCard;`,
      resolveDir: fileURLToPath(new URL('.', import.meta.url)),
      loader: 'ts',
    },
    bundle: true,
    write: false,
    format: 'iife',
    target: 'es2022',
    logLevel: 'silent',
  });
  return result.outputFiles[0]!.text;
}

export function imagePath(post: Post, slide: number, format: FormatName): string {
  return `${format}/${post.id}${post.slides.length > 1 ? `-${slide + 1}` : ''}.png`;
}

export function cardsOf(post: Post, format: FormatName): Card[] {
  return post.slides.map((slide, i) => ({
    heading: slide.heading,
    body: slide.body,
    palette: post.palette,
    illustration: post.illustration,
    format,
    page: {index: i + 1, count: post.slides.length},
  }));
}

/** Renders the posts (all formats unless given) in one page of the browser. */
export async function renderCampaign(
  browser: Browser,
  campaign: Campaign,
  formats: readonly FormatName[] = Object.keys(FORMATS) as FormatName[],
): Promise<RenderedImage[]> {
  const page = await browser.newPage();
  try {
    await page.setContent('<!doctype html><html lang="nl"><body><canvas></canvas></body></html>');
    await page.addScriptTag({content: await drawScript()});
    await page.evaluate(() => document.fonts.ready);
    const images: RenderedImage[] = [];
    for (const post of campaign.posts) {
      for (const format of formats) {
        for (const [i, card] of cardsOf(post, format).entries()) {
          const dataUrl = await page.evaluate(async (c) => {
            const canvas = document.querySelector('canvas')!;
            await (window as unknown as {upstanderDrawCard(x: HTMLCanvasElement, c: unknown): Promise<void>}).upstanderDrawCard(canvas, c);
            return canvas.toDataURL('image/png');
          }, card);
          images.push({post, slide: i, format, path: imagePath(post, i, format), png: Buffer.from(dataUrl.split(',')[1]!, 'base64')});
        }
      }
    }
    return images;
  } finally {
    await page.close();
  }
}

/** Width and height from a PNG's IHDR chunk; throws when the bytes are no PNG. */
export function pngSize(png: Uint8Array): {width: number; height: number} {
  const signature = [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a];
  if (!signature.every((b, i) => png[i] === b)) throw new Error('not a PNG');
  const view = new DataView(png.buffer, png.byteOffset, png.byteLength);
  return {width: view.getUint32(16), height: view.getUint32(20)};
}
