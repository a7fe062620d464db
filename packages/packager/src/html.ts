import {escapeXml as esc} from './xml.js';

/** What every page a package writes needs: language, title, inline style, what loads, and the body. */
export interface HtmlDocument {
  lang: string;
  dir: string;
  title: string;
  /** `<meta name="description">`; left out when absent. */
  description?: string;
  /** Inline CSS (pages load no stylesheet: one request fewer). */
  style: string;
  /** Raw HTML after the style: preload links and the page's script tag. */
  head: string;
  /** Raw HTML of the body. */
  body: string;
}

/** The one skeleton of every HTML page of a package (launch pages, the guide page, the embed page). */
export function htmlDocument(d: HtmlDocument): string {
  const description = d.description === undefined ? '' : `<meta name="description" content="${esc(d.description)}">\n`;
  return `<!doctype html>
<html lang="${esc(d.lang)}" dir="${esc(d.dir)}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<link rel="icon" href="data:,">
<title>${esc(d.title)}</title>
${description}<style>${d.style}</style>
${d.head}
</head>
<body>
${d.body}
</body>
</html>
`;
}
