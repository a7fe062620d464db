import {en} from './en.js';
import {nl} from './nl.js';
import type {Translation} from './nl.js';

/** The languages the elements have a catalogue for. Dutch is the source and the fallback. */
export type UiLanguage = 'nl' | 'en';

const catalogues: Record<UiLanguage, Translation> = {nl, en};

/**
 * The catalogue for a BCP 47 language tag (`"en"`, `"en-GB"`, `"nl-BE"`). Unknown or missing
 * languages get Dutch.
 */
export function localize(lang: string | null | undefined): Translation {
  const primary = (lang ?? '').trim().toLowerCase().split('-')[0];
  return primary === 'en' ? catalogues.en : catalogues.nl;
}

/**
 * The language that applies to `node`: its own `lang` attribute or the nearest ancestor's,
 * looking through shadow roots to their hosts. Empty when none is set.
 */
export function closestLang(node: Node): string {
  for (let n: Node | null = node; n; n = n instanceof ShadowRoot ? n.host : n.parentNode) {
    if (n instanceof Element && n.hasAttribute('lang')) return n.getAttribute('lang') ?? '';
  }
  return '';
}
