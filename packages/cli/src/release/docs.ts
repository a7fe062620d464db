/**
 * The documentation part of the release site: every Markdown file under docs/ (and README.md,
 * CONTRIBUTING.md when present) as an HTML page under `docs/`, rendered by `marked` at build time. A
 * link to another of these files points to its page; a link to anything the site does not hold (source
 * files, folders of the repository) keeps its text and loses its link, so the site has no dead links.
 * Headings get GitHub's anchors, so `file.md#heading` links keep working.
 */
import {readFileSync, readdirSync, statSync} from 'node:fs';
import {join, posix} from 'node:path';
import {Marked} from 'marked';
import type {Tokens} from 'marked';

export interface DocPage {
  /** Where the Markdown is, relative to the repository (`docs/lms/moodle.md`, `README.md`). */
  source: string;
  /** Where its page goes in the site (`docs/lms/moodle.html`, `docs/index.html` for README.md). */
  path: string;
  /** The first heading. */
  title: string;
  /** The rendered body. */
  html: string;
}

/** The site path of a Markdown file: docs/x.md → docs/x.html; README.md and other top-level files → docs/readme.html… */
export function docPath(source: string): string {
  const page = source.replace(/\.md$/i, '.html');
  return page.startsWith('docs/') ? page : `docs/${page.toLowerCase()}`;
}

function markdownFiles(root: string, dir: string): string[] {
  const out: string[] = [];
  for (const name of readdirSync(join(root, dir)).sort()) {
    const path = posix.join(dir, name);
    if (statSync(join(root, path)).isDirectory()) out.push(...markdownFiles(root, path));
    else if (name.toLowerCase().endsWith('.md')) out.push(path);
  }
  return out;
}

/** GitHub's heading anchor: lower case, punctuation dropped, spaces as hyphens. */
export const slug = (text: string) =>
  text
    .toLowerCase()
    .replace(/<[^>]*>/g, '')
    .replace(/[^\p{L}\p{N}\s_-]/gu, '')
    .trim()
    .replace(/\s/g, '-');

/** Every Markdown page of the repository at `root` that the site carries, rendered. */
export function docPages(root: string): DocPage[] {
  const sources = [...['README.md', 'CONTRIBUTING.md'].filter((f) => statSync(join(root, f), {throwIfNoEntry: false})?.isFile()), ...markdownFiles(root, 'docs')];
  const known = new Set(sources);
  return sources.map((source) => {
    const markdown = readFileSync(join(root, source), 'utf8');
    const title = /^#\s+(.+)$/m.exec(markdown)?.[1]?.trim() ?? source;
    const page = docPath(source);
    const seen = new Map<string, number>();
    const marked = new Marked({
      gfm: true,
      renderer: {
        heading(this: {parser: {parseInline(tokens: Tokens.Generic[]): string}}, token: Tokens.Heading) {
          const text = this.parser.parseInline(token.tokens);
          let id = slug(token.text);
          const n = seen.get(id) ?? 0;
          seen.set(id, n + 1);
          if (n > 0) id = `${id}-${n}`;
          return `<h${token.depth} id="${id}">${text}</h${token.depth}>\n`;
        },
        link(this: {parser: {parseInline(tokens: Tokens.Generic[]): string}}, token: Tokens.Link) {
          const text = this.parser.parseInline(token.tokens);
          const href = siteHref(token.href, source, page, known);
          return href === undefined ? `<span class="unlinked">${text}</span>` : `<a href="${href}">${text}</a>`;
        },
      },
    });
    return {source, path: page, title, html: marked.parse(markdown, {async: false})};
  });
}

/** Where a link of a Markdown file points in the site, or undefined when the site does not hold its target. */
function siteHref(href: string, source: string, page: string, known: ReadonlySet<string>): string | undefined {
  if (/^[a-z][a-z0-9+.-]*:/i.test(href) || href.startsWith('#')) return href;
  const [path = '', hash] = href.split('#', 2);
  const target = posix.normalize(posix.join(posix.dirname(source), decodeURIComponent(path)));
  if (!known.has(target)) return undefined;
  const to = posix.relative(posix.dirname(page), docPath(target));
  return `${to}${hash ? `#${hash}` : ''}`;
}
