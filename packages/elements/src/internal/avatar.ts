import {css, html} from 'lit';
import type {TemplateResult} from 'lit';

/** How many avatar colours there are (`.avatar.c0` … `.c7`). */
const COLOURS = 8;

/**
 * Up to two initials of a (fictional) name: the first letter of its first two words, upper-cased.
 * Works for letters outside ASCII and for surrogate pairs; falls back to `?`.
 */
export function initials(name: string): string {
  const words = name.trim().split(/[\s\-_.]+/u).filter((w) => /[\p{L}\p{N}]/u.test(w));
  const letters = words.slice(0, 2).map((w) => Array.from(w.replace(/^[^\p{L}\p{N}]+/u, ''))[0] ?? '');
  return letters.join('').toLocaleUpperCase() || '?';
}

/** A colour index (0–7) that only depends on the name, so a person keeps one colour. */
export function colourIndex(name: string): number {
  let hash = 0;
  for (const ch of name) hash = (Math.imul(hash, 31) + ch.codePointAt(0)!) >>> 0;
  return hash % COLOURS;
}

/**
 * A generated avatar: initials on a coloured circle. No image is ever fetched. Decorative: the
 * name is always written next to it, so it is hidden from assistive technology.
 */
export function avatar(name: string): TemplateResult {
  return html`<span class="avatar c${colourIndex(name)}" aria-hidden="true">${initials(name)}</span>`;
}

/** Avatar circles. Every colour carries white text at 4.5:1 or more. */
export const avatarStyles = css`
  .avatar {
    display: inline-flex;
    flex: none;
    align-items: center;
    justify-content: center;
    box-sizing: border-box;
    width: 2.25em;
    height: 2.25em;
    border-radius: 50%;
    border: 2px solid transparent;
    color: #ffffff;
    font-size: 0.875em;
    font-weight: 700;
    line-height: 1;
    user-select: none;
  }
  .avatar.c0 {
    background: #1d4ed8;
  }
  .avatar.c1 {
    background: #166534;
  }
  .avatar.c2 {
    background: #9a3412;
  }
  .avatar.c3 {
    background: #6b21a8;
  }
  .avatar.c4 {
    background: #9d174d;
  }
  .avatar.c5 {
    background: #0f766e;
  }
  .avatar.c6 {
    background: #374151;
  }
  .avatar.c7 {
    background: #92400e;
  }
  @media (forced-colors: active) {
    .avatar {
      border-color: CanvasText;
    }
  }
`;
