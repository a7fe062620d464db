import {GUIDE_PAGE, escapeXml as esc, outputPath} from '@upstander/packager';
import type {Format, LessonSource, PackageSource, TrackSource} from '@upstander/packager';

export const STYLE = `
:root{font-family:system-ui,sans-serif;color:#1a1a1a;background:#fff;line-height:1.5}
body{margin:0 auto;padding:1rem;max-width:72rem}
a{color:#0b5cad}a:focus-visible,button:focus-visible{outline:3px solid #0b5cad;outline-offset:2px}
.unit{border:1px solid #c8c8c8;border-radius:8px;padding:1rem;margin-block:1rem}
.unit ul{display:flex;flex-wrap:wrap;gap:.5rem 1.5rem;padding:0;list-style:none}
.unit h3{font-size:1rem;margin-block:.75rem .25rem}
.layout{display:grid;grid-template-columns:minmax(0,3fr) minmax(0,2fr);gap:1rem}
@media (max-width:60rem){.layout{grid-template-columns:1fr}}
iframe{width:100%;height:80vh;border:1px solid #c8c8c8;border-radius:8px}
table{border-collapse:collapse;width:100%;font-size:.875rem}td,th{border:1px solid #c8c8c8;padding:.25rem .5rem;text-align:start;overflow-wrap:anywhere}
#log{font-size:.875rem;max-height:20rem;overflow:auto}
button{font:inherit;padding:.4rem .8rem}
`;

/** A whole page in the style of the demo and the release site. */
export function page(title: string, body: string, head = '', bodyAttrs = ''): string {
  return `<!doctype html>
<html lang="nl">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${esc(title)}</title>
<style>${STYLE}</style>
${head}
</head>
<body${bodyAttrs}>
${body}
</body>
</html>
`;
}

/**
 * The preview LMS pages, by standard: what the catalogue links to and what `serve` mounts under /lms/.
 * SCORM: scorm-again is the LMS and the page shows its data model. xAPI and cmi5: the demo's LRS
 * receives the statements and the page shows them as they arrive.
 */
export const PREVIEW_LMS = {
  scorm12: {page: 'scorm12.html', label: 'SCORM 1.2', vendor: 'scorm12.min.js'},
  scorm2004: {page: 'scorm2004.html', label: 'SCORM 2004 4th Edition', vendor: 'scorm2004.min.js'},
  xapi: {page: 'xapi.html', label: 'xAPI', vendor: undefined},
  cmi5: {page: 'cmi5.html', label: 'cmi5', vendor: undefined},
} as const;

export type PreviewStandard = keyof typeof PREVIEW_LMS;
export const SCORM_PREVIEWS = ['scorm12', 'scorm2004'] as const;
export const LRS_PREVIEWS = ['xapi', 'cmi5'] as const;

/** The URL of a package's launch page inside the demo, and of that package in a preview LMS. */
export const launchUrl = (source: PackageSource, format: Format) => `/${format}/${source.info.name}/index.html`;
export const previewUrl = (source: PackageSource, standard: PreviewStandard) =>
  standard === 'xapi' || standard === 'cmi5'
    ? `/lms/${PREVIEW_LMS[standard].page}?package=${encodeURIComponent(source.info.name)}`
    : `/lms/${PREVIEW_LMS[standard].page}?launch=${encodeURIComponent(launchUrl(source, standard))}`;

/** The zips a teacher or an LMS admin downloads, with the label the catalogue gives them. */
export const DOWNLOADS: [Format, string][] = [
  ['scorm12', 'SCORM 1.2 (Moodle)'],
  ['scorm2004', 'SCORM 2004'],
  ['xapi', 'xAPI (tincan.xml)'],
  ['cmi5', 'cmi5'],
];

/** The kerndoelen of a lesson or track as list items: id and SLO title. */
export const kerndoelItems = (source: PackageSource) => source.info.kerndoelen.map((k) => `<li>${esc(k.id)}: ${esc(k.text)}</li>`).join('');

/**
 * The catalogue's order: tracks in file order; lessons in the order of the tracks they are in (a
 * track's les 1 first, variants after), then the lessons of no track in file order.
 */
export function catalogueOrder(sources: readonly PackageSource[]): {tracks: TrackSource[]; lessons: LessonSource[]} {
  const tracks = sources.filter((s): s is TrackSource => s.kind === 'track');
  const place = new Map<string, number>();
  for (const t of tracks) for (const l of [...t.lessons, ...t.variants]) if (!place.has(l.id)) place.set(l.id, place.size);
  const rank = (s: PackageSource) => place.get(s.info.id) ?? place.size;
  const lessons = sources.filter((s): s is LessonSource => s.kind === 'lesson').sort((a, b) => rank(a) - rank(b));
  return {tracks, lessons};
}

function unit(source: PackageSource, withLrs: boolean): string {
  const {info} = source;
  const id = `t-${info.kind}-${info.name}`;
  const what =
    source.kind === 'lesson'
      ? `Les · ${esc(source.lesson.track)}`
      : `Leerlijn · ${source.lessons.length} ${source.lessons.length === 1 ? 'les' : 'lessen'}: ${source.lessons.map((l) => esc(l.title)).join(', ')}`;
  const play = [
    `<li><a href="/web/${info.name}/">${source.kind === 'lesson' ? 'Speel de les' : 'Open de leerlijn'} (voortgang blijft in deze browser)</a></li>`,
    `<li><a href="/web/${info.name}/?mode=classroom">Klassikaal op het digibord</a></li>`,
    source.kind === 'lesson' ? `<li><a href="/web/${info.name}/${GUIDE_PAGE}">Handleiding voor de begeleider (printbaar)</a></li>` : '',
    `<li><a href="/embed/${info.name}/">Insluiten in een website</a></li>`,
  ];
  // A track's web folder holds each lesson's printable guide beside that lesson's page (variants too).
  const guides =
    source.kind === 'track'
      ? `<h3>Handleidingen voor de begeleider (printbaar)</h3>
<ul>${[...source.lessons, ...source.variants]
          .map((lesson) => `<li><a href="/web/${info.name}/lessons/${esc(lesson.id)}/${GUIDE_PAGE}">${esc(lesson.title)}</a></li>`)
          .join('')}</ul>\n`
      : '';
  // xAPI and cmi5 previews need the demo's LRS, and play one lesson (a track needs the player's track runtime).
  const standards: PreviewStandard[] = [...SCORM_PREVIEWS, ...(withLrs && source.kind === 'lesson' ? LRS_PREVIEWS : [])];
  const lms = standards.map(
    (standard) => `<li><a href="${esc(previewUrl(source, standard))}">${PREVIEW_LMS[standard].label} in het voorbeeld-LMS</a></li>`,
  );
  const downloads = DOWNLOADS.map(([format, label]) => `<li><a href="/download/${esc(outputPath(source, format))}" download>${label}</a></li>`);
  return `<section class="unit" aria-labelledby="${id}">
<h2 id="${id}">${esc(info.title)}</h2>
<p>${esc(info.description)}</p>
<p>${what} · ${info.durationMinutes} minuten</p>
<details><summary>Kerndoelen (${info.kerndoelen.length})</summary><ul>${kerndoelItems(source)}</ul></details>
<h3>Spelen</h3>
<ul>${play.join('')}</ul>
${guides}<h3>Testen in een LMS</h3>
<ul>${lms.join('')}</ul>
<h3>Downloaden</h3>
<ul>${downloads.join('')}</ul>
</section>`;
}

/** The demo's front page: every lesson and track, playable on its own and in the preview LMSs, and downloadable. */
export function cataloguePage(sources: readonly PackageSource[], options: {withLrs?: boolean; withComposer?: boolean} = {}): string {
  const withLrs = options.withLrs ?? false;
  const {tracks, lessons} = catalogueOrder(sources);
  return page(
    'Upstander — lessen en leerlijnen',
    `<header><h1>Upstander</h1><p>Interactieve lessen over online haat en discriminatie: van omstander naar upstander.</p>
<p><a href="/components/">Alle elementen, individueel en klassikaal</a>: elk onderdeel van de lessen los, met het draaiboek en de leerlijn.</p>
${options.withComposer ? '<p><a href="/composer/">Leerlijn samenstellen</a>: kies lessen, zie welke kerndoelen ze dekken en download je eigen leerlijn als SCORM-pakket.</p>' : ''}
<p><a href="/kaartenmaker/">Kaartenmaker</a>: maak je eigen post voor sociale media, met tekst, kleuren en een tekening.</p></header>
<main>
<h2>Lessen</h2>
${lessons.map((s) => unit(s, withLrs)).join('\n')}
${tracks.length > 0 ? `<h2>Leerlijnen</h2>\n${tracks.map((s) => unit(s, withLrs)).join('\n')}` : ''}
</main>`,
  );
}

/**
 * The preview LMS: the lesson in a frame and beside it, live, what the LMS receives: scorm-again's
 * data model (SCORM), or the statements the demo's LRS stores (xAPI, cmi5).
 */
export function lmsPage(standard: PreviewStandard): string {
  const {label, vendor} = PREVIEW_LMS[standard];
  const scorm = vendor !== undefined;
  const table = scorm
    ? '<table id="cmi"><thead><tr><th scope="col">Element</th><th scope="col">Waarde</th></tr></thead><tbody></tbody></table>'
    : '<table id="statements"><thead><tr><th scope="col">Tijd</th><th scope="col">Werkwoord</th><th scope="col">Over</th><th scope="col">Resultaat</th></tr></thead><tbody></tbody></table>';
  return page(
    `Voorbeeld-LMS (${label}) — Upstander`,
    `<header>
<h1>Voorbeeld-LMS: ${label}</h1>
<p>Hier draait het pakket zoals een LMS het start. Rechts zie je live wat ${scorm ? 'het LMS' : 'de LRS (de opslag voor leerrecords)'} ontvangt. Herlaad de pagina om te zien dat de les hervat waar je was.</p>
<p><a href="/">Terug naar alle lessen</a> · <button type="button" id="reset">Wis de LMS-gegevens en begin opnieuw</button></p>
</header>
<main class="layout">
<iframe id="sco" title="De les"></iframe>
<section aria-labelledby="data-title">
<h2 id="data-title">Wat ${scorm ? 'het LMS' : 'de LRS'} ontvangt</h2>
${table}
<h2>Logboek</h2>
<ol id="log"></ol>
</section>
</main>`,
    `${scorm ? `<script src="/vendor/scorm-again/${vendor}"></script>\n` : ''}<script type="module" src="/lms/preview-lms.js"></script>`,
    ` data-standard="${standard}"`,
  );
}
