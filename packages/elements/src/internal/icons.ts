import {html, svg} from 'lit';
import type {TemplateResult} from 'lit';
import type {Translation} from '../translations/nl.js';

/*
 * Inline SVG icons (24 × 24, stroked with currentColor): nothing is fetched, and they follow the
 * text colour, also in forced-colours mode. Always decorative: every icon sits next to text or
 * inside a control that has a name.
 */
export const checkPath = svg`<path d="M4 12.5l5 5L20 6.5" />`;
export const crossPath = svg`<path d="M6 6l12 12M18 6L6 18" />`;
export const upPath = svg`<path d="M12 19V5M5 12l7-7 7 7" />`;
export const downPath = svg`<path d="M12 5v14M5 12l7 7 7-7" />`;
export const lockPath = svg`<rect x="5" y="11" width="14" height="10" rx="2" /><path d="M8 11V7a4 4 0 0 1 8 0v4" />`;
export const eyePath = svg`<path d="M2 12s3.5-7 10-7 10 7 10 7-3.5 7-10 7S2 12 2 12z" /><circle cx="12" cy="12" r="3" />`;
export const heartPath = svg`<path d="M12 20s-7-4.4-9-9a4.8 4.8 0 0 1 9-3 4.8 4.8 0 0 1 9 3c-2 4.6-9 9-9 9z" />`;
export const flagPath = svg`<path d="M5 21V4M5 4h11l-2 4 2 4H5" />`;
export const infoPath = svg`<circle cx="12" cy="12" r="9" /><path d="M12 11v6M12 7.5v.5" />`;

/** An icon as an inline, decorative `<svg>`. */
export function icon(path: TemplateResult, className = 'icon'): TemplateResult {
  return html`<svg class=${className} viewBox="0 0 24 24" aria-hidden="true" focusable="false">${path}</svg>`;
}

/** "Goed!" or "Niet helemaal" with its icon: the verdict is always text, never colour alone. */
export function verdict(t: Translation, correct: boolean): TemplateResult {
  return html`<p class="verdict">${icon(correct ? checkPath : crossPath)}<span>${correct ? t.correct : t.incorrect}</span></p>`;
}

/** Where the answers go, as a small note with an icon. */
export function note(kind: 'device' | 'shared' | 'anonymous' | 'info', text: string): TemplateResult {
  const path = kind === 'device' || kind === 'anonymous' ? lockPath : kind === 'shared' ? eyePath : infoPath;
  return html`<p part="note" class="note ${kind}">${icon(path)}<span>${text}</span></p>`;
}
