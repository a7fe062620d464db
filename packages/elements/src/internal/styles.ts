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
