import {css} from 'lit';

/**
 * Design tokens. Every element maps the public `--up-*` custom properties to private `--_*` ones
 * with defaults, so the elements look right with no global CSS and can be themed from any
 * ancestor. Default colours meet WCAG AA on the default background (text 4.5:1, borders 3:1).
 */
export const tokens = css`
  :host {
    --_font-family: var(
      --up-font-family,
      system-ui,
      -apple-system,
      'Segoe UI',
      Roboto,
      'Noto Sans',
      'Helvetica Neue',
      Arial,
      sans-serif
    );
    --_text: var(--up-color-text, #1f2328);
    --_text-muted: var(--up-color-text-muted, #4b5563);
    --_background: var(--up-color-background, #ffffff);
    --_surface: var(--up-color-surface, #f3f4f6);
    --_border: var(--up-color-border, #6b7280);
    --_accent: var(--up-color-accent, #1d4ed8);
    --_on-accent: var(--up-color-on-accent, #ffffff);
    --_focus: var(--up-color-focus, #1d4ed8);
    --_correct: var(--up-color-correct, #166534);
    --_correct-surface: var(--up-color-correct-surface, #f0fdf4);
    --_incorrect: var(--up-color-incorrect, #9a3412);
    --_incorrect-surface: var(--up-color-incorrect-surface, #fff7ed);
    --_alert: var(--up-color-alert, #991b1b);
    --_alert-surface: var(--up-color-alert-surface, #fef2f2);
    --_radius: var(--up-radius, 0.5rem);
    --_space: var(--up-space, 1rem);
  }
`;

/** Text that only assistive technology reads. */
export const visuallyHidden = css`
  .visually-hidden {
    position: absolute;
    width: 1px;
    height: 1px;
    padding: 0;
    margin: -1px;
    overflow: hidden;
    clip: rect(0 0 0 0);
    clip-path: inset(50%);
    white-space: nowrap;
    border: 0;
  }
`;

/**
 * Buttons. A held-back button keeps `aria-disabled="true"` instead of `disabled`, so it stays
 * focusable and can say why it is held back; it still looks held back, with AA contrast.
 */
export const buttons = css`
  .button {
    box-sizing: border-box;
    min-height: 2.75em;
    min-width: 2.75em;
    padding: 0.5em 1.25em;
    border: 2px solid var(--_accent);
    border-radius: var(--_radius);
    background: var(--_accent);
    color: var(--_on-accent);
    font: inherit;
    font-weight: 600;
    line-height: 1.2;
    cursor: pointer;
  }
  .button.secondary {
    background: var(--_background);
    color: var(--_accent);
  }
  .button:focus-visible {
    outline: 3px solid var(--_focus);
    outline-offset: 2px;
  }
  .button:disabled,
  .button[aria-disabled='true'] {
    border-style: dashed;
    border-color: var(--_border);
    background: var(--_surface);
    color: var(--_text-muted);
    cursor: not-allowed;
  }
  @media (hover: hover) {
    .button:not(:disabled, [aria-disabled='true']):hover {
      box-shadow: inset 0 0 0 100vmax rgb(0 0 0 / 0.12);
    }
  }
  @media (prefers-reduced-motion: no-preference) {
    .button {
      transition: box-shadow 120ms ease-out;
    }
  }
  @media (forced-colors: active) {
    .button:disabled,
    .button[aria-disabled='true'] {
      color: GrayText;
      border-color: GrayText;
    }
  }
`;

/** The host of every activity element: a block in the lesson's font, hideable. */
export const host = css`
  :host {
    display: block;
    color: var(--_text);
    font-family: var(--_font-family);
    line-height: 1.5;
    overflow-wrap: break-word;
  }
  :host([hidden]) {
    display: none;
  }
  fieldset {
    min-width: 0;
    margin: 0 0 var(--_space);
    padding: 0;
    border: 0;
  }
  legend {
    padding: 0;
    margin-block-end: calc(var(--_space) * 0.75);
    font-weight: 600;
  }
`;

/**
 * Answer boxes: a `<label class="option">` around a native radio button or checkbox, at least
 * 44 px high, with the focus ring on the box. `.options` stacks them; `.options.row` puts them side
 * by side and wraps them on narrow screens.
 */
export const options = css`
  .options {
    display: grid;
    gap: calc(var(--_space) * 0.5);
  }
  .options.row {
    display: flex;
    flex-wrap: wrap;
  }
  .options.row > .option {
    flex: 1 1 8em;
  }
  .option {
    display: flex;
    align-items: flex-start;
    gap: 0.75em;
    box-sizing: border-box;
    min-height: 2.75em;
    padding: 0.5em 0.75em;
    border: 2px solid var(--_border);
    border-radius: var(--_radius);
    background: var(--_background);
    cursor: pointer;
  }
  .option:focus-within {
    outline: 3px solid var(--_focus);
    outline-offset: 2px;
  }
  .option:has(input:checked) {
    border-color: var(--_accent);
    box-shadow: inset 0 0 0 1px var(--_accent);
  }
  :disabled .option,
  .option:has(input:disabled) {
    cursor: default;
  }
  .option input {
    flex: none;
    font: inherit;
    width: 1.25em;
    height: 1.25em;
    margin: 0.125em 0 0;
    accent-color: var(--_accent);
  }
  .option input:focus {
    outline: none;
  }
`;

/** Text fields: a label above a full-width `<textarea>` or `<input>`. */
export const fields = css`
  .field {
    display: grid;
    gap: 0.375em;
    margin-block-end: var(--_space);
  }
  .field > label {
    font-weight: 600;
  }
  textarea,
  input[type='text'] {
    box-sizing: border-box;
    width: 100%;
    min-height: 2.75em;
    padding: 0.5em 0.75em;
    border: 2px solid var(--_border);
    border-radius: var(--_radius);
    background: var(--_background);
    color: var(--_text);
    font: inherit;
    line-height: 1.5;
  }
  textarea {
    min-height: 6em;
    resize: vertical;
  }
  textarea:focus-visible,
  input[type='text']:focus-visible {
    outline: 3px solid var(--_focus);
    outline-offset: 2px;
  }
  textarea:disabled,
  input[type='text']:disabled {
    background: var(--_surface);
  }
`;

/**
 * Panels: feedback (`.panel`, `.panel.correct`, `.panel.incorrect`) with a `.verdict` line, hints
 * (`.hint`) and notes about where answers go (`.note`).
 */
export const panels = css`
  .panel,
  .hint {
    margin: 0;
    padding: 0.75em 1em;
    border-inline-start: 0.375em solid var(--_border);
    border-radius: var(--_radius);
    background: var(--_surface);
  }
  .panel.correct {
    border-color: var(--_correct);
    background: var(--_correct-surface);
  }
  .panel.incorrect {
    border-color: var(--_incorrect);
    background: var(--_incorrect-surface);
  }
  .panel p {
    margin: 0;
  }
  .panel p + p {
    margin-block-start: 0.25em;
  }
  .verdict {
    display: flex;
    align-items: center;
    gap: 0.375em;
    font-weight: 700;
  }
  .correct .verdict,
  .verdict.correct {
    color: var(--_correct);
  }
  .incorrect .verdict,
  .verdict.incorrect {
    color: var(--_incorrect);
  }
  .verdict svg,
  .icon {
    flex: none;
    width: 1.25em;
    height: 1.25em;
    fill: none;
    stroke: currentColor;
    stroke-width: 3;
    stroke-linecap: round;
    stroke-linejoin: round;
  }
  .note {
    display: flex;
    align-items: flex-start;
    gap: 0.5em;
    margin: var(--_space) 0 0;
    color: var(--_text-muted);
    font-size: 0.9em;
  }
  .note svg {
    flex: none;
    width: 1.25em;
    height: 1.25em;
    margin-block-start: 0.1em;
    fill: none;
    stroke: currentColor;
    stroke-width: 2;
    stroke-linecap: round;
    stroke-linejoin: round;
  }
  /* The line is always there, empty until a save: "Bewaard" appearing on blur must not push the
     buttons below it (the first click on "Volgende" would miss). */
  .status {
    margin-block: var(--_space) 0;
    min-block-size: 1.5em;
  }
  .actions {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: calc(var(--_space) * 0.5) var(--_space);
  }
`;
