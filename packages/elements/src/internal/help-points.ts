import {css, html, nothing} from 'lit';
import type {TemplateResult} from 'lit';
import type {HelpPoint} from '@upstander/schema';
import type {Translation} from '../translations/nl.js';

const SAFE_LINK = /^(https?:|mailto:|tel:)/i;

/**
 * The address of a help point when it is a link that may be followed (`http`, `https`, `mailto`,
 * `tel`); undefined for anything else, such as `javascript:` in lesson data that skipped validation.
 */
export function safeUrl(url: string | undefined): string | undefined {
  return url && SAFE_LINK.test(url.trim()) ? url.trim() : undefined;
}

/** One help point as a list item: name, description, contact, and a link when it is safe. */
export function renderHelpPoint(t: Translation, point: HelpPoint): TemplateResult {
  const url = safeUrl(point.url);
  const shown = url?.replace(/^(https?:\/\/|mailto:|tel:)/i, '').replace(/\/$/, '');
  const external = url !== undefined && /^https?:/i.test(url);
  return html`<li>
    <p><strong>${point.name}</strong></p>
    <p>${point.description}</p>
    ${point.contact ? html`<p>${point.contact}</p>` : nothing}
    ${url
      ? html`<p>
          ${external
            ? html`<a href=${url} target="_blank" rel="noopener noreferrer"
                >${shown}<span class="visually-hidden"> ${t.opensInNewWindow}</span></a
              >`
            : html`<a href=${url}>${shown}</a>`}
        </p>`
      : nothing}
  </li>`;
}

/** Styles for a `ul.help` of help points and its links. */
export const helpPointStyles = css`
  ul.help {
    margin-block: 0;
    padding-inline-start: 1.5em;
  }
  ul.help li + li {
    margin-block-start: 0.75em;
  }
  ul.help p {
    margin: 0;
  }
  a {
    color: var(--_accent);
    text-underline-offset: 0.15em;
  }
  a:focus-visible {
    outline: 3px solid var(--_focus);
    outline-offset: 2px;
  }
`;
