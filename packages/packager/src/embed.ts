/**
 * The embed folder: what a website hosts to show lessons in its own pages with one script tag.
 * `embed.js` (the player plus the `<up-lesson src>` behaviour), each lesson as `<lesson id>.json`, and
 * an index.html that shows the exact snippet to paste and plays it (it is itself an embedding page).
 */
import type {Lesson} from '@upstander/schema';
import {embedFiles as embedBundle} from './assets.js';
import type {PackageSource} from './source.js';
import {text} from './text.js';
import {jsonBytes} from './web.js';
import {htmlDocument} from './html.js';
import {escapeXml as esc} from './xml.js';
import type {PackageFile} from './zip.js';

const encoder = new TextEncoder();

/** The file name of a lesson in an embed folder. */
export const embedLessonFile = (lesson: Lesson) => `${lesson.id}${lesson.language === 'nl' ? '' : `.${lesson.language}`}.json`;

/** The snippet a website pastes, with URLs relative to the embed folder (the page makes them absolute). */
export function embedSnippet(lesson: Lesson, base = ''): string {
  return `<script type="module" src="${base}embed.js"></script>\n<up-lesson src="${base}${embedLessonFile(lesson)}"></up-lesson>`;
}

const COPY = {
  nl: {
    intro:
      'Zet een les in je eigen website met één script en één element. Zet deze map op je website en plak het fragment in een pagina. Staat de pagina op een andere website dan deze map, laat de server van deze map dan de header Access-Control-Allow-Origin meesturen.',
    snippet: 'Het fragment',
    demo: 'Zo ziet het eruit',
    privacy: 'De voortgang van een leerling blijft in de browser van die leerling. Er gaat niets naar een andere website.',
  },
  en: {
    intro:
      'Put a lesson in your own website with one script and one element. Host this folder on your website and paste the snippet into a page. When the page is on another site than this folder, have the server of this folder send the Access-Control-Allow-Origin header.',
    snippet: 'The snippet',
    demo: 'What it looks like',
    privacy: "A learner's progress stays in that learner's browser. Nothing is sent to another website.",
  },
} as const;

const EMBED_PAGE_STYLE =
  'html{font-family:system-ui,sans-serif;line-height:1.5;color:#1a1a1a;background:#fff}body{margin:0 auto;padding:1rem;max-width:60rem}' +
  'pre{background:#f3f3f3;padding:1rem;overflow:auto;white-space:pre-wrap}section{border-top:1px solid #c8c8c8;margin-top:2rem}';

/** index.html of an embed folder: the snippet for every lesson (with absolute URLs) and the lessons playing. */
export function embedPage(source: PackageSource): string {
  const {info} = source;
  const lessons = source.kind === 'lesson' ? [source.lesson] : source.lessons;
  const c = COPY[info.language];
  const t = text(info.language);
  const sections = lessons
    .map(
      (lesson) => `<section aria-labelledby="t-${esc(lesson.id)}">
<h2 id="t-${esc(lesson.id)}">${esc(lesson.title)}</h2>
<p>${esc(t.minutes(lesson.durationMinutes))}. ${esc(lesson.summary)}</p>
<h3>${esc(c.snippet)}</h3>
<pre><code data-snippet>${esc(embedSnippet(lesson))}</code></pre>
<h3>${esc(c.demo)}</h3>
<up-lesson src="${esc(embedLessonFile(lesson))}"></up-lesson>
</section>`,
    )
    .join('\n');
  return htmlDocument({
    lang: info.language,
    dir: info.dir,
    title: info.title,
    style: EMBED_PAGE_STYLE,
    head: '<script type="module" src="embed.js"></script>',
    body: `<header>
<h1>${esc(info.title)}</h1>
<p>${esc(c.intro)}</p>
<p>${esc(c.privacy)}</p>
</header>
<main>
${sections}
</main>
<script type="module">
// The snippet with this folder's own address, so it can be copied as it is.
const base = new URL('.', location.href).href;
for (const code of document.querySelectorAll('code[data-snippet]')) {
  code.textContent = code.textContent.replace(/src="(?!https?:)([^"]*)"/g, (_, file) => 'src="' + base + file + '"');
}
</script>`,
  });
}

/** The files of an embed folder for a lesson, or for every lesson of a track. */
export function embedFiles(source: PackageSource): PackageFile[] {
  const lessons = source.kind === 'lesson' ? [source.lesson] : [...source.lessons, ...source.variants];
  return [
    {path: 'index.html', data: encoder.encode(embedPage(source))},
    ...embedBundle(),
    ...lessons.map((lesson) => ({path: embedLessonFile(lesson), data: jsonBytes(lesson)})),
  ];
}
