import {css, html, svg} from 'lit';
import type {TemplateResult} from 'lit';
import {classMap} from 'lit/directives/class-map.js';
import {scalePoints} from '@upstander/schema/answers';

/**
 * The mood of each point of a face scale, lowest first: -2 (very sad) … 2 (very happy). The faces
 * are drawn (SVG), not emoji, so they look the same on every school computer, also where an emoji
 * font lacks a glyph. Decorative: every point has a text label.
 */
export const MOODS: Record<number, readonly number[]> = {
  3: [-1, 0, 1],
  5: [-2, -1, 0, 1, 2],
};

/** A round face whose mouth curves with `mood` (-2 … 2). */
export function face(mood: number): TemplateResult {
  const corner = 15 - mood * 0.5;
  const middle = 15 + mood * 2.5;
  return html`<svg class="face-svg" viewBox="0 0 24 24" width="1em" height="1em" focusable="false">
    ${svg`<circle cx="12" cy="12" r="10.5" class="skin" />
    <circle cx="8.5" cy="9.5" r="1.4" class="feature" />
    <circle cx="15.5" cy="9.5" r="1.4" class="feature" />
    <path d="M7 ${corner} Q12 ${middle} 17 ${corner}" class="mouth" />`}
  </svg>`;
}

export interface ScaleOptions {
  /** The radio group's name. */
  name: string;
  points: number;
  /** One visible label per point, lowest first. */
  labels: readonly string[];
  emoji: boolean;
  /** The chosen point id (`'1'` … `'5'`). */
  value?: string | undefined;
  onChange: (point: string) => void;
}

/**
 * A scale as native radio buttons in a row (wrapping on narrow screens), each with a visible text
 * label and, for emoji scales, a face above it. Put it in a `<fieldset>` whose legend is the
 * statement or question.
 */
export function renderScale({name, points, labels, emoji, value, onChange}: ScaleOptions): TemplateResult {
  const moods = MOODS[points] ?? MOODS[5]!;
  return html`<div class=${classMap({scale: true, emoji})}>
    ${scalePoints(points).map(
      (point, i) => html`<label part="point" class="point">
        <input type="radio" name=${name} .value=${point} .checked=${value === point} @change=${() => onChange(point)} />
        ${emoji ? html`<span class="face" aria-hidden="true" data-mood=${moods[i]!}>${face(moods[i]!)}</span>` : ''}
        <span class="label">${labels[i] ?? point}</span>
      </label>`
    )}
  </div>`;
}

export const scaleStyles = css`
  .scale {
    display: flex;
    flex-wrap: wrap;
    gap: 0.5em;
  }
  .point {
    display: flex;
    flex: 1 1 6em;
    align-items: center;
    gap: 0.5em;
    box-sizing: border-box;
    min-height: 2.75em;
    padding: 0.375em 0.625em;
    border: 2px solid var(--_border);
    border-radius: var(--_radius);
    background: var(--_background);
    cursor: pointer;
  }
  .emoji .point {
    flex-direction: column;
    justify-content: center;
    text-align: center;
  }
  .point:focus-within {
    outline: 3px solid var(--_focus);
    outline-offset: 2px;
  }
  .point:has(input:checked) {
    border-color: var(--_accent);
    box-shadow: inset 0 0 0 1px var(--_accent);
    background: var(--_surface);
  }
  :disabled .point {
    cursor: default;
  }
  .point input {
    flex: none;
    width: 1.25em;
    height: 1.25em;
    margin: 0;
    accent-color: var(--_accent);
  }
  .point input:focus {
    outline: none;
  }
  .face {
    display: block;
    font-size: 2.25em;
    line-height: 1;
  }
  .face-svg {
    display: block;
  }
  .face-svg .skin {
    fill: var(--up-color-face, #ffd54a);
    stroke: currentColor;
    stroke-width: 1.2;
  }
  .face-svg .feature {
    fill: currentColor;
  }
  .face-svg .mouth {
    fill: none;
    stroke: currentColor;
    stroke-width: 1.6;
    stroke-linecap: round;
  }
  .label {
    font-size: 0.95em;
    line-height: 1.25;
  }
  @media (prefers-reduced-motion: no-preference) {
    .face {
      transition: transform 150ms ease-out;
    }
    .point:has(input:checked) .face {
      transform: scale(1.15);
    }
  }
`;
