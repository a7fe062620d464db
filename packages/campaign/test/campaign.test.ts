// The campaign kit: campaign/posts.json is valid, every post renders in every format at the right size
// in Debian's Chromium, text colours have WCAG contrast against their backgrounds (from the palette,
// and sampled from drawn pixels), every image has alt text, ad-safe captions avoid the refused words,
// and each format's zip carries its PNGs and captions.txt.
import assert from 'node:assert/strict';
import {existsSync, readdirSync, readFileSync} from 'node:fs';
import {after, before, describe, it} from 'node:test';
import {unzipSync} from 'fflate';
import type {Browser} from 'puppeteer-core';
import {launchChromium} from '../../../tests/browser.js';
import {campaignZips} from '../src/kit.js';
import {loadCampaign} from '../src/load.js';
import {drawScript, pngSize, renderCampaign} from '../src/render.js';
import type {RenderedImage} from '../src/render.js';
import {FORMATS, PALETTE, contrast, postSchema, refusedWordsIn} from '../src/index.js';
import type {Campaign, FormatName, PaletteName} from '../src/index.js';

let browser: Browser;
let campaign: Campaign;
let images: RenderedImage[];

before(async () => {
  campaign = await loadCampaign();
  browser = await launchChromium();
  images = await renderCampaign(browser, campaign);
});
after(async () => browser?.close());

describe('campaign kit', () => {
  it('has at least 12 valid posts, each following up a lesson or track that exists', () => {
    assert.ok(campaign.posts.length >= 12);
    const ids = new Set<string>();
    for (const dir of ['lessons', 'tracks']) {
      const walk = (d: string): string[] =>
        readdirSync(d, {withFileTypes: true}).flatMap((e) => (e.isDirectory() ? walk(`${d}/${e.name}`) : e.name.endsWith('.json') ? [`${d}/${e.name}`] : []));
      for (const file of walk(dir)) ids.add((JSON.parse(readFileSync(file, 'utf8')) as {id: string}).id);
    }
    for (const post of campaign.posts) assert.ok(ids.has(post.followsUp.id), `${post.id} follows up ${post.followsUp.id}, which exists`);
    assert.ok(campaign.posts.some((p) => p.slides.length > 1), 'at least one carousel');
    assert.equal(new Set(campaign.posts.map((p) => p.message)).size, 5, 'every message is carried');
  });

  it('renders every slide of every post in every format at the format size', () => {
    const expected = campaign.posts.reduce((n, p) => n + p.slides.length, 0) * Object.keys(FORMATS).length;
    assert.equal(images.length, expected);
    for (const image of images) {
      assert.deepEqual(pngSize(image.png), {width: FORMATS[image.format].width, height: FORMATS[image.format].height}, image.path);
    }
  });

  it('every palette has text at 4.5:1 and accents at 3:1 against the background', () => {
    for (const [name, c] of Object.entries(PALETTE)) {
      assert.ok(contrast(c.text, c.background) >= 4.5, `${name} text ${contrast(c.text, c.background).toFixed(2)}`);
      assert.ok(contrast(c.accent, c.background) >= 3, `${name} accent ${contrast(c.accent, c.background).toFixed(2)}`);
    }
    for (const post of campaign.posts) assert.ok(contrast(PALETTE[post.palette].text, PALETTE[post.palette].background) >= 4.5, post.id);
  });

  it('the drawn pixels are the palette: large areas of text colour on the background colour', async () => {
    const page = await browser.newPage();
    try {
      await page.setContent('<!doctype html><html lang="nl"><body><canvas></canvas></body></html>');
      await page.addScriptTag({content: await drawScript()});
      for (const post of campaign.posts) {
        const slide = post.slides[0]!;
        const colours = PALETTE[post.palette as PaletteName];
        const counts = await page.evaluate(
          async (card, text, background) => {
            const canvas = document.querySelector('canvas')!;
            await (window as unknown as {upstanderDrawCard(x: HTMLCanvasElement, c: unknown): Promise<void>}).upstanderDrawCard(canvas, card);
            // Below the illustration: only text sits on the background there.
            const y = Math.round(canvas.height * 0.45);
            const data = canvas.getContext('2d')!.getImageData(0, y, canvas.width, canvas.height - y).data;
            let t = 0;
            let b = 0;
            let other = 0;
            for (let i = 0; i < data.length; i += 4) {
              // (no helper functions here: tsx would wrap them in __name, unknown in the page)
              const h = '#' + (0x1000000 + data[i]! * 65536 + data[i + 1]! * 256 + data[i + 2]!).toString(16).slice(1);
              if (h === text) t++;
              else if (h === background) b++;
              else other++;
            }
            return {t, b, other};
          },
          {heading: slide.heading, body: slide.body, palette: post.palette, illustration: post.illustration, format: 'feed' as FormatName},
          colours.text,
          colours.background,
        );
        assert.ok(counts.t > 2000, `${post.id}: text drawn in the palette's text colour (${counts.t} px)`);
        assert.ok(counts.b > counts.t, `${post.id}: on the palette's background`);
        // Anti-aliased edges blend text and background; nothing else sits below the illustration.
        assert.ok(counts.other < counts.t * 2, `${post.id}: no other colours under the text (${counts.other} px)`);
      }
    } finally {
      await page.close();
    }
  });

  it('every image has alt text and every post a caption, moment and follow-up', () => {
    for (const post of campaign.posts) {
      assert.ok(post.caption.trim().length > 40, post.id);
      assert.ok(post.moment.trim(), post.id);
      for (const slide of post.slides) {
        assert.ok(slide.alt.trim().length > 20, `${post.id} alt`);
        assert.ok(slide.alt.includes(slide.heading.replace(/[‘’.?]/g, '').slice(0, 15)) || slide.alt.length > slide.heading.length, `${post.id} alt says what the card says`);
      }
    }
  });

  it('no caption flagged ad-safe contains a word the ad policy refused, and the schema refuses one that does', () => {
    const safe = campaign.posts.filter((p) => p.adSafe);
    assert.ok(safe.length >= 10);
    for (const post of safe) {
      assert.deepEqual(refusedWordsIn([post.caption, ...post.slides.flatMap((s) => [s.heading, s.body ?? '', s.alt])].join(' ')), [], post.id);
    }
    const bad = {...campaign.posts[0]!, caption: 'Samen tegen racisme en seksisme.', adSafe: true};
    assert.equal(postSchema.safeParse(bad).success, false);
    assert.equal(postSchema.safeParse({...bad, adSafe: false}).success, true);
  });

  it('makes one zip per format with every PNG, captions.txt and the youth workers\' guide', () => {
    const guide = readFileSync('docs/campaign.md', 'utf8');
    for (const part of ['## Zo gebruikt u de posts', '## Reacties modereren', '## Als een post haat oproept', '## Een kanaal overdragen']) assert.ok(guide.includes(part), part);
    const zips = campaignZips(campaign, images, guide);
    assert.deepEqual([...zips.keys()].sort(), Object.keys(FORMATS).map((f) => `upstander-campagne-${f}.zip`).sort());
    for (const format of Object.keys(FORMATS) as FormatName[]) {
      const files = unzipSync(zips.get(`upstander-campagne-${format}.zip`)!);
      const pngs = Object.keys(files).filter((n) => n.endsWith('.png'));
      assert.equal(pngs.length, images.filter((i) => i.format === format).length);
      const captions = new TextDecoder().decode(files['captions.txt']);
      for (const post of campaign.posts) assert.ok(captions.includes(post.caption), `${format}: caption of ${post.id}`);
      assert.equal(new TextDecoder().decode(files['handleiding.md']), guide, `${format}: the guide`);
    }
  });

  it('is wired as npm run campaign', () => {
    assert.ok(existsSync('packages/campaign/src/main.ts'));
    assert.match(JSON.parse(readFileSync('package.json', 'utf8')).scripts.campaign, /packages\/campaign\/src\/main\.ts/);
  });
});
