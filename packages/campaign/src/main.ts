/**
 * `npm run campaign [outdir]`: validates campaign/posts.json, renders every post in every format
 * (dist/campaign/<format>/*.png) and writes one zip per format with captions.txt and the guide.
 */
import {mkdir, readFile, writeFile} from 'node:fs/promises';
import {dirname, join} from 'node:path';
import puppeteer from 'puppeteer-core';
import {chromiumArgs, chromiumPath} from '../../../tests/chromium.mjs';
import {campaignZips} from './kit.js';
import {loadCampaign} from './load.js';
import {renderCampaign} from './render.js';

export async function writeCampaign(outdir: string): Promise<{images: number; zips: string[]}> {
  const campaign = await loadCampaign();
  const browser = await puppeteer.launch({executablePath: chromiumPath(), headless: true, args: chromiumArgs});
  try {
    const images = await renderCampaign(browser, campaign);
    for (const image of images) {
      const file = join(outdir, image.path);
      await mkdir(dirname(file), {recursive: true});
      await writeFile(file, image.png);
    }
    const zips = campaignZips(campaign, images, await readFile('docs/campaign.md', 'utf8'));
    for (const [name, bytes] of zips) await writeFile(join(outdir, name), bytes);
    return {images: images.length, zips: [...zips.keys()]};
  } finally {
    await browser.close();
  }
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const outdir = process.argv[2] ?? 'dist/campaign';
  writeCampaign(outdir).then(
    ({images, zips}) => console.log(`Campaign: ${images} images and ${zips.join(', ')} in ${outdir}/`),
    (error: unknown) => {
      console.error(error instanceof Error ? error.message : error);
      process.exit(1);
    },
  );
}
