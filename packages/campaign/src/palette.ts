/**
 * The accessible palette of the cards and the card maker: each pair's text colour has a WCAG
 * contrast of at least 4.5:1 against its background (checked in the tests), the accent at least 3:1.
 */
export interface Colours {
  label: string;
  background: string;
  text: string;
  accent: string;
}

export const PALETTE = {
  nacht: {label: 'Nachtblauw', background: '#14213d', text: '#ffffff', accent: '#fca311'},
  zon: {label: 'Zonnegeel', background: '#ffd166', text: '#1b1b1b', accent: '#7a2e00'},
  mint: {label: 'Mint', background: '#b8f2e6', text: '#0b3b35', accent: '#6a1b9a'},
  paars: {label: 'Paars', background: '#4a148c', text: '#ffffff', accent: '#ffd54f'},
  koraal: {label: 'Koraal', background: '#ffe0d6', text: '#3b0a0a', accent: '#b3261e'},
  groen: {label: 'Bosgroen', background: '#1b4332', text: '#ffffff', accent: '#95d5b2'},
} as const satisfies Record<string, Colours>;
export type PaletteName = keyof typeof PALETTE;

function channel(value: number): number {
  const c = value / 255;
  return c <= 0.04045 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
}

/** Relative luminance of #rrggbb or an [r, g, b] triple (WCAG 2). */
export function luminance(colour: string | readonly number[]): number {
  const [r, g, b] =
    typeof colour === 'string' ? [1, 3, 5].map((i) => parseInt(colour.slice(i, i + 2), 16)) : colour;
  return 0.2126 * channel(r!) + 0.7152 * channel(g!) + 0.0722 * channel(b!);
}

/** WCAG contrast ratio of two colours (1–21). */
export function contrast(a: string | readonly number[], b: string | readonly number[]): number {
  const [hi, lo] = [luminance(a), luminance(b)].sort((x, y) => y - x);
  return (hi! + 0.05) / (lo! + 0.05);
}
