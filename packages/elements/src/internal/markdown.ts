/**
 * The small Markdown subset lesson text may use: paragraphs separated by blank lines, `- ` bullet
 * lists, `**bold**` and `*italic*`. The parser returns a tree of plain strings; elements render it
 * with Lit templates, so lesson text is always inserted as text and can never become markup.
 * Anything outside the subset (HTML, links, headings) stays literal text.
 */

export type Inline =
  | {kind: 'text'; text: string}
  | {kind: 'strong'; children: Inline[]}
  | {kind: 'em'; children: Inline[]};

export type Block = {kind: 'paragraph'; content: Inline[]} | {kind: 'list'; items: Inline[][]};

// `**x**` (may contain *italic*) or `*x*`; markers must hug the text, so "2 * 3 * 4" stays as it is.
const INLINE = /\*\*(\S(?:[\s\S]*?\S)?)\*\*|\*(\S(?:[^*]*?\S)?)\*/g;
const BULLET = /^\s*-\s+(.*)$/;

/** Parses inline emphasis. */
export function parseInline(text: string): Inline[] {
  const nodes: Inline[] = [];
  let last = 0;
  for (const match of text.matchAll(INLINE)) {
    if (match.index > last) nodes.push({kind: 'text', text: text.slice(last, match.index)});
    if (match[1] !== undefined) nodes.push({kind: 'strong', children: parseInline(match[1])});
    else nodes.push({kind: 'em', children: [{kind: 'text', text: match[2] ?? ''}]});
    last = match.index + match[0].length;
  }
  if (last < text.length) nodes.push({kind: 'text', text: text.slice(last)});
  return nodes;
}

/** Parses a body of lesson text into paragraphs and bullet lists. */
export function parseMarkdown(source: string): Block[] {
  const blocks: Block[] = [];
  let paragraph: string[] = [];
  let items: string[] = [];

  const flushParagraph = () => {
    if (paragraph.length > 0) blocks.push({kind: 'paragraph', content: parseInline(paragraph.join(' '))});
    paragraph = [];
  };
  const flushList = () => {
    if (items.length > 0) blocks.push({kind: 'list', items: items.map(parseInline)});
    items = [];
  };

  for (const raw of source.replace(/\r\n?/g, '\n').split('\n')) {
    const line = raw.trim();
    const bullet = BULLET.exec(raw);
    if (line === '') {
      flushParagraph();
      flushList();
    } else if (bullet) {
      flushParagraph();
      items.push((bullet[1] ?? '').trim());
    } else if (items.length > 0 && /^\s/.test(raw)) {
      // An indented line continues the bullet above it.
      items[items.length - 1] += ` ${line}`;
    } else {
      flushList();
      paragraph.push(line);
    }
  }
  flushParagraph();
  flushList();
  return blocks;
}
