/**
 * The printable facilitator guide page every package carries beside each lesson page
 * (`handleiding.html`): the lesson's whole facilitator guide in `<up-facilitator-guide>`, with a print
 * button and links back to the lesson and to classroom mode, in the lesson's language. For the teacher
 * or youth worker who runs the lesson from paper or from a second screen.
 *
 * The page holds the lesson as JSON and loads `upstander-guide.js` (the guide element only, a classic
 * script; see rollup.config.mjs), so it needs no fetch and no module loading: it works from any web
 * server, inside an LMS, and from a package unpacked on a disk (file://). The lesson page never loads it.
 */
import {kerndoel} from '@upstander/curriculum';
import type {Lesson} from '@upstander/schema';
import {htmlDocument} from './html.js';
import {escapeXml as esc} from './xml.js';

/** The file name of the guide page, beside the lesson's `index.html` and `lesson.json`. */
export const GUIDE_PAGE = 'handleiding.html';

const COPY = {
  nl: {
    title: (title: string) => `Handleiding: ${title}`,
    nav: 'Handleiding',
    lesson: 'Naar de les',
    classroom: 'Klassikaal op het digibord',
    print: 'Afdrukken',
    loading: 'De handleiding wordt geladen…',
    noScript: 'Deze handleiding heeft JavaScript nodig. Open hem in een andere browser.',
  },
  en: {
    title: (title: string) => `Facilitator guide: ${title}`,
    nav: 'Guide',
    lesson: 'To the lesson',
    classroom: 'In class, on the digital whiteboard',
    print: 'Print',
    loading: 'The guide is loading…',
    noScript: 'This guide needs JavaScript. Open it in another browser.',
  },
} as const;

const STYLE =
  'html{background:#fff;color:#1a1a1a;font-family:system-ui,sans-serif;line-height:1.5}body{margin:0;padding:clamp(0.5rem,2vw,1.5rem)}' +
  'a{color:#0b5cad}a:focus-visible,button:focus-visible{outline:3px solid #0b5cad;outline-offset:2px}' +
  '.up-guide-bar{display:flex;flex-wrap:wrap;align-items:center;gap:.5rem 1.5rem;max-width:60rem;margin:0 auto 1rem}' +
  '.up-guide-bar nav{display:flex;flex-wrap:wrap;gap:.5rem 1.5rem}' +
  '.up-guide-bar button{font:inherit;font-weight:600;min-height:2.75rem;padding:.4rem 1rem;border:2px solid #0b5cad;border-radius:8px;background:#0b5cad;color:#fff;cursor:pointer}' +
  '@page{size:A4;margin:15mm 15mm 18mm}' +
  '@media print{body{padding:0}.up-guide-bar{display:none}}';

/** JSON that is safe inside a `<script>` element (no `</script>`, no `<!--`). */
const scriptJson = (value: unknown) => JSON.stringify(value).replace(/</g, '\\u003c');

export interface GuidePageOptions {
  /** Where `upstander-guide.js` is, relative to the page. Default `upstander-guide.js`. */
  bundle?: string;
  /** The lesson's launch page, relative to the guide page. Default `index.html`. */
  lessonPage?: string;
}

/** The SLO titles of a lesson's kerndoelen by id, so the guide names each goal and not only its code. */
function kerndoelTitles(lesson: Lesson): Record<string, string> {
  return Object.fromEntries(lesson.kerndoelen.flatMap((id) => {
    const title = kerndoel(id)?.text;
    return title ? [[id, title]] : [];
  }));
}

/** The printable guide page of a lesson. */
export function guidePage(lesson: Lesson, options: GuidePageOptions = {}): string {
  const c = COPY[lesson.language];
  const lessonPage = options.lessonPage ?? 'index.html';
  return htmlDocument({
    lang: lesson.language,
    dir: lesson.dir,
    title: c.title(lesson.title),
    description: lesson.summary,
    style: STYLE,
    head: `<script defer src="${esc(options.bundle ?? 'upstander-guide.js')}"></script>`,
    body: `<header class="up-guide-bar">
<nav aria-label="${esc(c.nav)}">
<a href="${esc(lessonPage)}">${esc(c.lesson)}</a>
<a href="${esc(`${lessonPage}?mode=classroom`)}">${esc(c.classroom)}</a>
</nav>
<button type="button" data-upstander-print>${esc(c.print)}</button>
</header>
<main data-upstander-guide-root>
<p>${esc(c.loading)}</p>
<noscript><p>${esc(c.noScript)}</p></noscript>
</main>
<script type="application/json" data-upstander-guide-lesson>${scriptJson(lesson)}</script>
<script type="application/json" data-upstander-guide-kerndoelen>${scriptJson(kerndoelTitles(lesson))}</script>`,
  });
}
