import {LitElement, css, html, nothing} from 'lit';
import type {PropertyValues} from 'lit';
import {property} from 'lit/decorators.js';
import type {InformationActivity} from '@upstander/schema';
import {parseMarkdown} from './internal/markdown.js';
import type {Block} from './internal/markdown.js';
import {renderBlock} from './internal/rich-text.js';
import {tokens} from './internal/styles.js';
import {customElement} from './internal/define.js';

/**
 * @summary Shows an information step: lesson text in a safe Markdown subset.
 *
 * The body may use paragraphs (separated by a blank line), `- ` bullet lists, `**bold**` and
 * `*italic*`. It is rendered as Lit templates, so lesson text is always text: HTML in it shows
 * literally and never runs.
 *
 * @csspart base - The wrapper around the rendered text.
 *
 * @cssproperty --up-font-family - Font stack. Defaults to the system UI font.
 * @cssproperty --up-color-text - Text colour.
 * @cssproperty --up-space - Base spacing unit.
 */
@customElement('up-information')
export class UpInformation extends LitElement {
  static override styles = [
    tokens,
    css`
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
      .base > :first-child {
        margin-block-start: 0;
      }
      .base > :last-child {
        margin-block-end: 0;
      }
      p,
      ul {
        margin-block: 0 var(--_space);
      }
      ul {
        padding-inline-start: 1.5em;
      }
      li + li {
        margin-block-start: 0.25em;
      }
    `,
  ];

  /** The information activity to show (`{type: 'information', body}`). Property only. */
  @property({attribute: false}) activity?: InformationActivity;

  private _blocks: Block[] = [];

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (changed.has('activity')) this._blocks = this.activity ? parseMarkdown(this.activity.body) : [];
  }

  protected override render() {
    if (!this.activity) return nothing;
    return html`<div part="base" class="base">${this._blocks.map(renderBlock)}</div>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'up-information': UpInformation;
  }
}
