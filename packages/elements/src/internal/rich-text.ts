import {css, html} from 'lit';
import type {TemplateResult} from 'lit';
import {parseMarkdown} from './markdown.js';
import type {Block, Inline} from './markdown.js';

/**
 * Lesson text (the Markdown subset of `markdown.ts`) as Lit templates: paragraphs, bullet lists,
 * `<strong>` and `<em>`. Text is always inserted as text, so lesson data can never become markup.
 */
export function renderMarkdown(source: string): TemplateResult[] {
  return parseMarkdown(source).map(renderBlock);
}

/** Spacing for rendered lesson text inside a `.rich` container. */
export const richText = css`
  .rich > :first-child {
    margin-block-start: 0;
  }
  .rich > :last-child {
    margin-block-end: 0;
  }
  .rich p,
  .rich ul {
    margin-block: 0 calc(var(--_space) * 0.75);
  }
  .rich ul {
    padding-inline-start: 1.5em;
  }
  .rich li + li {
    margin-block-start: 0.25em;
  }
`;

export function renderBlock(block: Block): TemplateResult {
  return block.kind === 'paragraph'
    ? html`<p>${renderInline(block.content)}</p>`
    : html`<ul>
        ${block.items.map((item) => html`<li>${renderInline(item)}</li>`)}
      </ul>`;
}

export function renderInline(nodes: Inline[]): (string | TemplateResult)[] {
  return nodes.map((node) => {
    switch (node.kind) {
      case 'text':
        return node.text;
      case 'strong':
        return html`<strong>${renderInline(node.children)}</strong>`;
      case 'em':
        return html`<em>${renderInline(node.children)}</em>`;
    }
  });
}
