import {LitElement, css, html, nothing} from 'lit';
import {property} from 'lit/decorators.js';
import type {HelpPoint, HelpPointsActivity} from '@upstander/schema';
import {helpPointStyles, renderHelpPoint} from './internal/help-points.js';
import {renderMarkdown, richText} from './internal/rich-text.js';
import {host, tokens, visuallyHidden} from './internal/styles.js';
import {closestLang, localize} from './translations/localize.js';
import {customElement} from './internal/define.js';

/**
 * @summary Where a child or young person can go for help.
 *
 * Shows the activity's intro and a list of help points (from the lesson's `helpPoints`): name,
 * what it is for, how to reach it, and a link. Only `http`, `https`, `tel` and `mailto` addresses
 * become links; web links open in a new window and say so to screen readers; anything else (such
 * as a `javascript:` address in data that skipped validation) shows no link at all. Not tracked: it
 * dispatches no events. UI strings follow the `lang` of the element or its nearest ancestor.
 *
 * @csspart base - The wrapper around everything.
 * @csspart intro - The introduction.
 * @csspart list - The list of help points.
 *
 * @cssproperty --up-font-family - Font stack. Defaults to the system UI font.
 * @cssproperty --up-color-text - Text colour.
 * @cssproperty --up-color-accent - Links.
 * @cssproperty --up-color-focus - Focus ring.
 * @cssproperty --up-space - Base spacing unit.
 */
@customElement('up-help-points')
export class UpHelpPoints extends LitElement {
  static override styles = [
    tokens,
    visuallyHidden,
    host,
    richText,
    helpPointStyles,
    css`
      .intro {
        margin-block-end: var(--_space);
      }
    `,
  ];

  /** The help-points step (`{type: 'help-points', intro}`). Property only. */
  @property({attribute: false}) activity?: HelpPointsActivity;

  /** The help points to list: the lesson's `helpPoints`. Property only. */
  @property({attribute: false}) helpPoints: HelpPoint[] = [];

  /** Observes the native `lang` attribute so the UI strings follow it. */
  @property({attribute: 'lang'}) private _langAttribute?: string;

  protected override render() {
    if (!this.activity) return nothing;
    const t = localize(this._langAttribute || closestLang(this));
    return html`<div part="base" class="base">
      ${this.activity.intro ? html`<div part="intro" class="intro rich">${renderMarkdown(this.activity.intro)}</div>` : nothing}
      ${this.helpPoints.length > 0
        ? html`<ul part="list" class="help">
            ${this.helpPoints.map((point) => renderHelpPoint(t, point))}
          </ul>`
        : nothing}
    </div>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'up-help-points': UpHelpPoints;
  }
}
