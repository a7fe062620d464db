/**
 * The card maker in the browser: the form's choices are drawn live with the campaign's own card
 * template, and "Download" saves the canvas as PNG. Nothing typed is sent anywhere: there is no
 * network code here, and the page's Content-Security-Policy forbids connections.
 */
import {drawCard} from './draw.js';
import type {Card} from './draw.js';
import type {FormatName} from './formats.js';
import type {IllustrationName} from './illustrations.js';
import type {PaletteName} from './palette.js';

const form = document.querySelector<HTMLFormElement>('#maker')!;
const canvas = document.querySelector<HTMLCanvasElement>('#preview')!;
const status = document.querySelector<HTMLElement>('#status')!;

function card(): Card {
  const data = new FormData(form);
  const value = (name: string) => String(data.get(name) ?? '').trim();
  return {
    heading: value('heading') || 'Jouw kop',
    body: value('body') || undefined,
    footer: value('footer') || undefined,
    palette: value('palette') as PaletteName,
    illustration: value('illustration') as IllustrationName,
    format: value('format') as FormatName,
  };
}

let drawing = Promise.resolve();
function redraw(): Promise<void> {
  const current = card();
  drawing = drawing.then(async () => {
    await drawCard(canvas, current);
    canvas.setAttribute('aria-label', `Voorbeeld van je post: ${current.heading}${current.body ? `. ${current.body}` : ''}`);
  });
  return drawing;
}

form.addEventListener('input', () => void redraw());
form.addEventListener('change', () => void redraw());
form.addEventListener('submit', async (event) => {
  event.preventDefault();
  await redraw();
  const blob = await new Promise<Blob | null>((resolve) => canvas.toBlob(resolve, 'image/png'));
  if (!blob) return;
  const url = URL.createObjectURL(blob);
  const link = document.createElement('a');
  link.href = url;
  link.download = `mijn-post-${card().format}.png`;
  document.body.append(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
  status.textContent = `Je afbeelding ${link.download} staat in je downloads.`;
});
void redraw().then(() => document.documentElement.setAttribute('data-ready', ''));
