/**
 * The pages and files every package carries: a launch page, the player bundle and the lesson (or the
 * track and its lessons) as JSON. The same files are the static web folder, the SCO of a SCORM package
 * and the launch target of an xAPI or cmi5 package; the player finds out where it was launched.
 */
import {kerndoel} from '@upstander/curriculum';
import type {Lesson, Track} from '@upstander/schema';
import {playerChunks, playerFiles} from './assets.js';
import {GUIDE_PAGE, guidePage} from './guide.js';
import {htmlDocument} from './html.js';
import {DEFAULT_IRI_BASE} from './source.js';
import type {PackageSource, TrackSource, XapiConfig} from './source.js';
import {text} from './text.js';
import {escapeXml as esc} from './xml.js';
import type {PackageFile} from './zip.js';

const encoder = new TextEncoder();

const STYLE =
  'html{background:#fff;color:#1a1a1a;font-family:system-ui,sans-serif;line-height:1.5}body{margin:0;padding:clamp(0.5rem,2vw,1.5rem)}' +
  'a{color:#0b5cad}a:focus-visible{outline:3px solid #0b5cad;outline-offset:2px}' +
  '.up-track-nav{display:flex;flex-wrap:wrap;gap:.5rem 1.5rem;max-width:48rem;margin:0 auto .75rem}';

function page(o: {lang: string; dir: string; title: string; description: string; bundle: string; body: string; preload?: string}): string {
  const {bundle, preload, ...rest} = o;
  return htmlDocument({...rest, style: STYLE, head: `${preload ?? ''}<script type="module" src="${esc(bundle)}"></script>`});
}

/** Links between the lessons of a track, shown above a lesson played from the track's web folder. */
export interface TrackNav {
  trackTitle: string;
  /** 1-based place of this lesson in the track, and how many places the track has. */
  position: number;
  count: number;
  overview: string;
  previous?: string;
  next?: string;
}

export interface LaunchPageOptions {
  /** Where the player bundle is, relative to the page. Default `upstander.js`. */
  bundle?: string;
  /** Where the lesson JSON is, relative to the page. Default `lesson.json`. */
  lessonJson?: string;
  nav?: TrackNav;
  /** The base of the xAPI IRIs the player uses (`data-upstander-iri-base`). Default DEFAULT_IRI_BASE. */
  iriBase?: string;
  /** An LRS for a standalone page (`data-upstander-xapi`; see SourceOptions.xapi). */
  xapi?: XapiConfig | undefined;
  /**
   * Chunks of the player bundle the page loads beside the bundle (`<link rel="modulepreload">`),
   * relative to the page: only in an xAPI or cmi5 package, where the player always imports them
   * (see launchChunks). Default none: a SCORM or web lesson loads the bundle and the lesson only.
   */
  modulePreload?: readonly string[];
}

/**
 * What the player reads from the root element besides the lesson (or track): the SLO URI of each
 * kerndoel of its lessons (`data-upstander-kerndoelen`, for the statements' context), the IRI base
 * and, in a web folder built with one, the LRS.
 */
function playerAttributes(kerndoelen: readonly string[], iriBase: string, xapi: XapiConfig | undefined): string {
  const uris = Object.fromEntries(kerndoelen.map((id) => [id, kerndoel(id)?.uri]).filter(([, uri]) => uri));
  const lrs = xapi ? ` data-upstander-xapi="${esc(JSON.stringify(xapi))}"` : '';
  return ` data-upstander-kerndoelen="${esc(JSON.stringify(uris))}" data-upstander-iri-base="${esc(iriBase)}"${lrs}`;
}

function trackNav(nav: TrackNav, lesson: Lesson): string {
  const t = text(lesson.language);
  const links = [
    `<a href="${esc(nav.overview)}">${esc(t.overview)}: ${esc(nav.trackTitle)}</a>`,
    `<span>${esc(t.lessonOf(nav.position, nav.count))}</span>`,
    nav.previous ? `<a href="${esc(nav.previous)}" rel="prev">${esc(t.previous)}</a>` : '',
    nav.next ? `<a href="${esc(nav.next)}" rel="next">${esc(t.next)}</a>` : '',
  ];
  return `<nav class="up-track-nav" aria-label="${esc(t.track)}">${links.filter(Boolean).join('\n')}</nav>\n`;
}

/**
 * Starts loading the lesson JSON together with the player bundle instead of after it: the browser
 * finds both in the head, and the player's `fetch(lessonUrl)` (mode cors, credentials same-origin,
 * which `crossorigin` matches) takes the preloaded response. On a slow network this saves a round
 * trip and the lesson's transfer time (see docs/performance.md). A browser without preload, or
 * that does not match it, simply fetches the lesson when the player asks.
 */
const preloadLesson = (lessonJson: string) => `<link rel="preload" href="${esc(lessonJson)}" as="fetch" crossorigin>\n`;

/**
 * Starts loading chunks the player will import on demand (the xAPI or cmi5 sink and what it imports)
 * together with the bundle instead of after it has run. No `crossorigin`: the same fetch mode and
 * credentials as the page's `<script type="module">` and the player's `import()`, so the import takes
 * the preloaded module.
 */
const preloadModules = (paths: readonly string[] = []) => paths.map((path) => `<link rel="modulepreload" href="${esc(path)}">\n`).join('');

/**
 * What the LMS launch of a package always imports beyond upstander.js, per page, as the player's chunk
 * names (see playerChunks; their static imports come along). `lesson`: the launch page of a lesson
 * package; `track`: a track package's own page; `trackLesson`: the page of each lesson in a track package.
 * xAPI launches a lesson (its sink) or a track's page (the track runtime and the track's xAPI sink); cmi5
 * launches a lesson, or each lesson of a track as an AU (the cmi5 sink), never a track's page.
 */
export type LaunchKind = 'xapi' | 'cmi5';
type LaunchPage = 'lesson' | 'track' | 'trackLesson';
const LAUNCH_CHUNKS: Record<LaunchKind, Record<LaunchPage, string[]>> = {
  xapi: {lesson: ['xapi-sink'], track: ['track', 'track-xapi-sink'], trackLesson: []},
  cmi5: {lesson: ['cmi5-sink'], track: [], trackLesson: ['cmi5-sink']},
};

/** The chunk files (see LAUNCH_CHUNKS) a page of a package for `launch` preloads, with `prefix` (the way from the page to the bundle). */
function launchChunks(launch: LaunchKind | undefined, page: LaunchPage, bundle: readonly PackageFile[], prefix = ''): string[] {
  const entries = launch ? LAUNCH_CHUNKS[launch][page] : [];
  return entries.length > 0 ? playerChunks(entries, bundle).map((file) => prefix + file) : [];
}

/**
 * The page a lesson launches from. It loads the player bundle and the lesson JSON beside it (both at
 * once); the player finds the LMS (or plays standalone). Works from any web server and inside an
 * LMS frame.
 */
export function launchPage(lesson: Lesson, options: LaunchPageOptions = {}): string {
  const t = text(lesson.language);
  return page({
    preload: preloadLesson(options.lessonJson ?? 'lesson.json') + preloadModules(options.modulePreload),
    lang: lesson.language,
    dir: lesson.dir,
    title: lesson.title,
    description: lesson.summary,
    bundle: options.bundle ?? 'upstander.js',
    body: `${options.nav ? trackNav(options.nav, lesson) : ''}<main data-upstander-lesson="${esc(options.lessonJson ?? 'lesson.json')}"${playerAttributes(lesson.kerndoelen, options.iriBase ?? DEFAULT_IRI_BASE, options.xapi)} data-upstander-guide="${GUIDE_PAGE}">
<p>${esc(t.loading)}</p>
<noscript><p>${esc(t.noScript)}</p></noscript>
</main>`,
  });
}

export const jsonBytes = (value: unknown): Uint8Array => encoder.encode(`${JSON.stringify(value, null, 2)}\n`);

/** The files every lesson package holds: launch page, player, lesson, and the printable guide (guide.ts). */
export function lessonFiles(lesson: Lesson, options: Pick<LaunchPageOptions, 'iriBase' | 'xapi'> & {launch?: LaunchKind | undefined} = {}): PackageFile[] {
  const {launch, ...pageOptions} = options;
  const bundle = playerFiles();
  return [
    {path: 'index.html', data: encoder.encode(launchPage(lesson, {...pageOptions, modulePreload: launchChunks(launch, 'lesson', bundle)}))},
    ...bundle,
    {path: 'lesson.json', data: jsonBytes(lesson)},
    {path: GUIDE_PAGE, data: encoder.encode(guidePage(lesson))},
  ];
}

/** Where a track package keeps one of its lessons: `lessons/<id>/index.html` and `lesson.json` beside it. */
export const trackLessonPath = (lessonId: string) => `lessons/${lessonId}/index.html`;

export interface ContentOptions {
  /**
   * The standalone web folder (true) or the content of an LMS package (false). In the web folder a
   * track links each lesson to its own page, and pages carry the xAPI configuration of the build, if
   * any. In LMS packages the lessons are not linked: there the player plays the track as one session
   * (see docs/lms/track-runtime.md), and a lesson page opened on its own would report to the LMS as if
   * it were the whole track; and the LMS, not the page, says where statements go.
   */
  web: boolean;
  /**
   * The LMS launch of the package, when it is an xAPI or cmi5 package: its pages preload the chunks
   * that launch always imports (LAUNCH_CHUNKS). Never for SCORM packages or the web folder.
   */
  launch?: LaunchKind | undefined;
}

/**
 * The launch page of a track: `<main data-upstander-track="track.json">` holding the track's title and
 * its lessons in order. The player takes the page over and plays the lessons in order as one session;
 * without it the page is a table of contents (with links in the web folder).
 */
export function trackPage(source: TrackSource, options: ContentOptions & {modulePreload?: readonly string[]}): string {
  const {info, lessons, variants} = source;
  const t = text(info.language);
  const item = (lesson: Lesson) => {
    const title = esc(lesson.title);
    const name = options.web ? `<a href="${esc(trackLessonPath(lesson.id))}">${title}</a>` : title;
    return `<li data-lesson="${esc(lesson.id)}"><h2>${name}</h2>\n<p>${esc(t.minutes(lesson.durationMinutes))}. ${esc(lesson.summary)}</p></li>`;
  };
  const variantList =
    variants.length > 0 ? `<p>${esc(t.variants)}</p>\n<ul class="up-track-variants">\n${variants.map(item).join('\n')}\n</ul>\n` : '';
  return page({
    lang: info.language,
    dir: info.dir,
    title: info.title,
    description: info.description,
    bundle: 'upstander.js',
    preload: preloadModules(options.modulePreload),
    body: `<main data-upstander-track="track.json"${playerAttributes([...lessons, ...variants].flatMap((l) => l.kerndoelen), info.iriBase, options.web ? info.xapi : undefined)}>
<h1>${esc(info.title)}</h1>
<p>${esc(info.description)}</p>
<p>${esc(t.lessons(lessons.length))} · ${esc(t.minutes(info.durationMinutes))}</p>
<ol class="up-track-lessons">
${lessons.map(item).join('\n')}
</ol>
${variantList}${options.web ? '' : `<p class="up-track-loading">${esc(t.trackLoading)}</p>\n`}<noscript><p>${esc(t.noScript)}</p></noscript>
</main>`,
  });
}

/**
 * The files of a track package: its launch page and `track.json` at the root, the player bundle once,
 * and every lesson (played ones and variants) as `lessons/<id>/lesson.json` with a launch page beside
 * it that plays that lesson alone (the web folder's lesson pages, and the AUs of a cmi5 course).
 */
export function trackFiles(source: TrackSource, options: ContentOptions): PackageFile[] {
  const {lessons, variants, info} = source;
  const bundle = playerFiles();
  // A cmi5 track's AUs are its lesson pages; an xAPI track launches its own page.
  const lessonPreload = launchChunks(options.launch, 'trackLesson', bundle, '../../');
  const files: PackageFile[] = [
    {path: 'index.html', data: encoder.encode(trackPage(source, {...options, modulePreload: launchChunks(options.launch, 'track', bundle)}))},
    ...bundle,
    {path: 'track.json', data: jsonBytes(source.track satisfies Track)},
  ];
  // The place in the track of every lesson: a variant stands in for the place that names it.
  const place = (lesson: Lesson) =>
    source.track.lessons.findIndex((entry) => entry.lesson === lesson.id || (entry.variants ?? []).includes(lesson.id));
  for (const lesson of [...lessons, ...variants]) {
    const i = place(lesson);
    const nav: TrackNav | undefined = options.web
      ? {
          trackTitle: info.title,
          position: i + 1,
          count: lessons.length,
          overview: '../../index.html',
          previous: i > 0 ? `../${lessons[i - 1]!.id}/index.html` : undefined,
          next: i < lessons.length - 1 ? `../${lessons[i + 1]!.id}/index.html` : undefined,
        }
      : undefined;
    files.push(
      {path: trackLessonPath(lesson.id), data: encoder.encode(launchPage(lesson, {bundle: '../../upstander.js', nav, iriBase: info.iriBase, xapi: options.web ? info.xapi : undefined, modulePreload: lessonPreload}))},
      {path: `lessons/${lesson.id}/lesson.json`, data: jsonBytes(lesson)},
      {path: `lessons/${lesson.id}/${GUIDE_PAGE}`, data: encoder.encode(guidePage(lesson, {bundle: '../../upstander-guide.js'}))},
    );
  }
  return files;
}

/** The content of a package for a lesson or a track (see ContentOptions). */
export function sourceFiles(source: PackageSource, options: ContentOptions): PackageFile[] {
  return source.kind === 'lesson'
    ? lessonFiles(source.lesson, {iriBase: source.info.iriBase, xapi: options.web ? source.info.xapi : undefined, launch: options.launch})
    : trackFiles(source, options);
}
