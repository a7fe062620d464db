/** The campaign as downloads: one zip per format, the PNGs with captions.txt (for the release). */
import {zipSync} from 'fflate';
import type {FormatName} from './formats.js';
import type {RenderedImage} from './render.js';
import type {Campaign} from './schema.js';

/** The captions text of a format: per post its images, caption, alt texts, moment and follow-up. */
export function captionsText(campaign: Campaign, images: readonly RenderedImage[], format: FormatName): string {
  const parts = campaign.posts.map((post) => {
    const files = images.filter((i) => i.post.id === post.id && i.format === format).map((i) => i.path.split('/').pop());
    return [
      `== ${post.id} ==`,
      `Bestanden: ${files.join(', ')}`,
      `Moment: ${post.moment}`,
      `Volgt op: ${post.followsUp.kind === 'lesson' ? 'les' : 'leerlijn'} ${post.followsUp.id}`,
      `Geschikt voor advertenties: ${post.adSafe ? 'ja' : 'nee'}`,
      '',
      'Bijschrift:',
      post.caption,
      '',
      ...post.slides.map((s, i) => `Alt-tekst${post.slides.length > 1 ? ` ${i + 1}` : ''}: ${s.alt}`),
    ].join('\n');
  });
  return `Upstander campagnekit, formaat ${format}. Hoe u de posts gebruikt en reacties modereert: handleiding.md in deze zip.\n\n${parts.join('\n\n')}\n`;
}

/**
 * One zip per format: `upstander-campagne-<format>.zip` with the PNGs, captions.txt and the youth
 * workers' guide (`guide`, the text of docs/campaign.md) as handleiding.md.
 */
export function campaignZips(campaign: Campaign, images: readonly RenderedImage[], guide: string): Map<string, Uint8Array> {
  const zips = new Map<string, Uint8Array>();
  const formats = [...new Set(images.map((i) => i.format))];
  for (const format of formats) {
    const encode = (text: string) => new TextEncoder().encode(text);
    const files: Record<string, Uint8Array> = {'captions.txt': encode(captionsText(campaign, images, format)), 'handleiding.md': encode(guide)};
    for (const image of images.filter((i) => i.format === format)) files[image.path.split('/').pop()!] = image.png;
    zips.set(`upstander-campagne-${format}.zip`, zipSync(files, {level: 0, mtime: new Date('2026-01-01T00:00:00Z')}));
  }
  return zips;
}
