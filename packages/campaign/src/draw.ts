/**
 * The card template, drawn on a canvas from data: used in Chromium by `npm run campaign` and by the
 * card maker, so both give the same picture. Fonts are the system's (DejaVu Sans on Debian); nothing
 * is fetched.
 */
import {ILLUSTRATIONS} from './illustrations.js';
import type {IllustrationName} from './illustrations.js';
import {PALETTE} from './palette.js';
import type {PaletteName} from './palette.js';
import {FORMATS} from './formats.js';
import type {FormatName} from './formats.js';

export interface Card {
  heading: string;
  body?: string | undefined;
  palette: PaletteName;
  illustration: IllustrationName;
  format: FormatName;
  /** "2 / 4" in a carousel. */
  page?: {index: number; count: number} | undefined;
  /** A small line at the foot, e.g. the maker's name or the channel. */
  footer?: string | undefined;
}

export const FONT = '"DejaVu Sans", "Liberation Sans", Arial, sans-serif';
const PAD = 96;

function wrap(ctx: CanvasRenderingContext2D, text: string, width: number): string[] {
  const lines: string[] = [];
  for (const paragraph of text.split('\n')) {
    let line = '';
    for (const word of paragraph.split(/\s+/).filter(Boolean)) {
      const next = line ? `${line} ${word}` : word;
      if (line && ctx.measureText(next).width > width) {
        lines.push(line);
        line = word;
      } else line = next;
    }
    lines.push(line);
  }
  return lines;
}

function loadSvg(markup: string): Promise<HTMLImageElement> {
  return new Promise((resolve, reject) => {
    const image = new Image();
    image.onload = () => resolve(image);
    image.onerror = () => reject(new Error('illustration did not load'));
    image.src = `data:image/svg+xml;charset=utf-8,${encodeURIComponent(markup)}`;
  });
}

/** Draws one card on the canvas (resized to the format). */
export async function drawCard(canvas: HTMLCanvasElement, card: Card): Promise<void> {
  const {width, height} = FORMATS[card.format];
  canvas.width = width;
  canvas.height = height;
  const ctx = canvas.getContext('2d')!;
  const colours = PALETTE[card.palette];
  ctx.fillStyle = colours.background;
  ctx.fillRect(0, 0, width, height);
  ctx.fillStyle = colours.accent;
  ctx.fillRect(0, 0, width, 24);

  const art = card.format === 'story' ? 360 : card.format === 'feed' ? 300 : 240;
  const image = await loadSvg(ILLUSTRATIONS[card.illustration].svg(colours.text, colours.accent));
  const top = card.format === 'story' ? 220 : PAD + 24;
  ctx.drawImage(image, PAD, top, art, art);

  const textTop = top + art + 72;
  const footerHeight = 110;
  const available = height - textTop - footerHeight - PAD / 2;
  const inner = width - 2 * PAD;
  ctx.fillStyle = colours.text;
  ctx.textBaseline = 'top';

  // The largest heading size (96 px down to 48 px) where heading and body fit.
  let size = 96;
  let headingLines: string[] = [];
  let bodyLines: string[] = [];
  let bodySize = 44;
  for (; size >= 48; size -= 4) {
    bodySize = Math.max(36, Math.round(size * 0.48));
    ctx.font = `bold ${size}px ${FONT}`;
    headingLines = wrap(ctx, card.heading, inner);
    ctx.font = `${bodySize}px ${FONT}`;
    bodyLines = card.body ? wrap(ctx, card.body, inner) : [];
    const used = headingLines.length * size * 1.15 + (bodyLines.length ? 48 + bodyLines.length * bodySize * 1.4 : 0);
    if (used <= available) break;
  }
  let y = textTop;
  ctx.font = `bold ${size}px ${FONT}`;
  for (const line of headingLines) {
    ctx.fillText(line, PAD, y);
    y += size * 1.15;
  }
  if (bodyLines.length) {
    y += 48;
    ctx.font = `${bodySize}px ${FONT}`;
    for (const line of bodyLines) {
      ctx.fillText(line, PAD, y);
      y += bodySize * 1.4;
    }
  }

  ctx.font = `bold 36px ${FONT}`;
  ctx.textBaseline = 'alphabetic';
  const foot = height - PAD;
  ctx.fillText(card.footer ?? '#upstander', PAD, foot);
  if (card.page && card.page.count > 1) {
    const label = `${card.page.index} / ${card.page.count}`;
    ctx.fillText(label, width - PAD - ctx.measureText(label).width, foot);
  }
}
