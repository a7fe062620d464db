/**
 * The pages of the release site (`npm run release`): a start page, the catalogue (tracks first, lessons
 * in their order), a page per lesson and per track, a start page per user group, and the docs. Plain
 * HTML with relative links only, so the folder works on any web server and in any sub-folder; no
 * scripts but one small inline one that shows the full address of a lesson for Magister. No requests to
 * other sites. Shares its shell, its order and its labels with the demo's catalogue (pages.ts).
 */
import {coverage} from '@upstander/curriculum';
import {GUIDE_PAGE, escapeXml as esc, outputPath} from '@upstander/packager';
import type {Format, LessonSource, PackageSource, TrackSource} from '@upstander/packager';
import type {Lesson} from '@upstander/schema';
import {coverageHtml} from '../coverage.js';
import {DOWNLOADS, catalogueOrder, kerndoelItems, page} from '../pages.js';
import type {DocPage} from './docs.js';

/** Every format as a download in the release: the zips, and the two folders zipped as well. */
export const RELEASE_DOWNLOADS: [Format, string][] = [...DOWNLOADS, ['web', 'Webmap (zip, voor een eigen webserver)'], ['embed', 'Insluiten (zip, voor een eigen website)']];

/** The file name of a package's download: the zip of `upstander build`, or `<name>-web.zip` / `<name>-embed.zip`. */
export const downloadName = (source: PackageSource, format: Format) => (format === 'web' || format === 'embed' ? `${source.info.name}-${format}.zip` : outputPath(source, format));

/** A PDF the release holds, by what it prints. */
export interface Pdf {
  /** Path in the release (`pdf/<name>-handleiding.pdf`). */
  path: string;
  title: string;
  /** `guide`, a handout of a lesson, or a docs page. */
  kind: 'guide' | 'handout' | 'doc';
  /** The lesson package name, for guides and handouts. */
  lesson?: string;
  /** For handouts: for whom (parents, pupils, facilitator…). */
  for?: string;
}

export interface SiteInput {
  sources: readonly PackageSource[];
  docs: readonly DocPage[];
  /** The PDFs made (none when Chromium was missing). */
  pdfs: readonly Pdf[];
  /** Bytes of every download, by release path, for the sizes shown. */
  sizes: ReadonlyMap<string, number>;
}

export const guidePdfPath = (lesson: LessonSource | Lesson) => `pdf/${'info' in lesson ? lesson.info.name : lesson.language === 'nl' ? lesson.id : `${lesson.id}.${lesson.language}`}-handleiding.pdf`;
export const handoutPdfPath = (name: string, handout: string) => `pdf/${name}-${handout}.pdf`;
export const docPdfPath = (doc: DocPage) => `pdf/${doc.source.replace(/^docs\//, '').replace(/\.md$/i, '').replace(/\//g, '-')}.pdf`;

const AUDIENCE = {po: 'basisonderwijs, groep 7 en 8', vo: 'voortgezet onderwijs', jongerenwerk: 'jongerenwerk'} as const;
const ACTIVITY: Record<string, string> = {
  information: 'uitleg',
  choice: 'vraag',
  sort: 'sorteren',
  'social-post': 'bericht beoordelen',
  'response-builder': 'reactie maken',
  reflection: 'nadenken (blijft op het apparaat)',
  survey: 'peiling',
  story: 'ervaringsverhaal',
  roles: 'rollen',
  dilemma: 'dilemma',
  agreements: 'afspraken',
  'check-in': 'check-in',
  'check-out': 'check-out',
  'help-points': 'hulp',
};
const HANDOUT_FOR: Record<string, string> = {parents: 'voor ouders', pupils: 'voor leerlingen', learners: 'voor deelnemers', facilitator: 'voor de begeleider', school: 'voor de school'};

const SITE_STYLE = `
.site-nav ul{display:flex;flex-wrap:wrap;gap:.25rem 1.25rem;padding:0;list-style:none;margin:.5rem 0 1rem}
.site-nav{border-bottom:1px solid #c8c8c8}
.cards{display:grid;grid-template-columns:repeat(auto-fit,minmax(16rem,1fr));gap:1rem;padding:0;list-style:none}
.cards li{border:1px solid #c8c8c8;border-radius:8px;padding:1rem}
.actions{display:flex;flex-wrap:wrap;gap:.5rem 1rem;padding:0;list-style:none}
.actions a{display:inline-block;padding:.4rem .8rem;border:2px solid #0b5cad;border-radius:8px;text-decoration:none;font-weight:600}
pre{background:#f3f3f3;padding:.75rem;overflow:auto;white-space:pre-wrap}
code{font-family:ui-monospace,monospace}
dl.facts{display:grid;grid-template-columns:max-content 1fr;gap:.25rem 1rem}dl.facts dt{font-weight:600}
.address{font-size:1.05rem;background:#f3f3f3;padding:.25rem .5rem;overflow-wrap:anywhere}
.unlinked{text-decoration:underline dotted}
.visually-hidden{position:absolute;clip:rect(0 0 0 0);width:1px;height:1px;overflow:hidden}
@page{size:A4;margin:15mm 15mm 18mm}
@media print{.site-nav{display:none}body{padding:0}}
`;

/** Start pages per user group: path, menu label, title. */
export const START_PAGES = [
  {id: 'leerkracht', label: 'Leerkrachten', title: 'Voor leerkrachten: een les in Moodle, in Magister of op het digibord'},
  {id: 'mentor', label: 'Mentoren en jongerenwerkers', title: 'Voor mentoren en jongerenwerkers: een mentoruur geven met de handleiding'},
  {id: 'curriculum', label: 'Curriculumontwikkelaars', title: 'Voor curriculumontwikkelaars: een eigen leerlijn samenstellen en de kerndoelen zien'},
  {id: 'lms-beheer', label: 'LMS-beheerders', title: 'Voor LMS-beheerders: xAPI, cmi5 en de voortgang van leerlingen'},
  {id: 'webontwikkelaar', label: 'Webontwikkelaars', title: 'Voor webontwikkelaars: een les insluiten in een website'},
] as const;

const nav = (root: string) => `<nav class="site-nav" aria-label="Site"><ul>
<li><a href="${root}index.html">Upstander</a></li>
<li><a href="${root}lessen/index.html">Lessen en leerlijnen</a></li>
${START_PAGES.map((s) => `<li><a href="${root}voor/${s.id}.html">${s.label}</a></li>`).join('\n')}
<li><a href="${root}docs/index.html">Documentatie</a></li>
</ul></nav>`;

/** A site page: the demo's shell with the site's menu; `root` leads from the page to the site's top. */
const sitePage = (title: string, root: string, body: string) => page(`${title} — Upstander`, `${nav(root)}\n${body}`, `<style>${SITE_STYLE}</style>`);

const lessonPagePath = (source: PackageSource) => `lessen/${source.info.name}.html`;
const minutes = (n: number) => `${n} minuten`;

function pdfsOf(input: SiteInput, name: string) {
  return {guide: input.pdfs.find((p) => p.kind === 'guide' && p.lesson === name), handouts: input.pdfs.filter((p) => p.kind === 'handout' && p.lesson === name)};
}

const size = (input: SiteInput, path: string) => {
  const bytes = input.sizes.get(path);
  return bytes === undefined ? '' : ` <span class="size">(${bytes >= 1e6 ? `${(bytes / 1e6).toFixed(1)} MB` : `${Math.max(1, Math.round(bytes / 1e3))} kB`})</span>`;
};

function downloadList(input: SiteInput, source: PackageSource, root: string): string {
  return `<ul>${RELEASE_DOWNLOADS.map(([format, label]) => {
    const path = `download/${downloadName(source, format)}`;
    return `<li><a href="${root}${path}" download data-format="${format}">${esc(label)}</a>${size(input, path)}</li>`;
  }).join('')}</ul>`;
}

/** The actions a teacher looks for: play, digibord, guide, Moodle, Magister, embed. */
function actions(input: SiteInput, source: PackageSource, root: string): string {
  const name = source.info.name;
  const guide = source.kind === 'lesson' ? pdfsOf(input, name).guide : undefined;
  const items = [
    `<li><a href="${root}web/${name}/" data-action="play">Spelen</a></li>`,
    `<li><a href="${root}web/${name}/?mode=classroom" data-action="classroom">Op het digibord</a></li>`,
    guide ? `<li><a href="${root}${guide.path}" data-action="guide-pdf">Handleiding (PDF)</a></li>` : '',
    source.kind === 'lesson' ? `<li><a href="${root}web/${name}/${GUIDE_PAGE}" data-action="guide">Handleiding (webpagina)</a></li>` : '',
    `<li><a href="${root}download/${downloadName(source, 'scorm12')}" download data-action="moodle">Voor Moodle (SCORM 1.2)</a></li>`,
    `<li><a href="#magister" data-action="magister">Voor Magister</a></li>`,
    `<li><a href="${root}embed/${name}/" data-action="embed">Insluiten</a></li>`,
  ];
  return `<ul class="actions">${items.join('')}</ul>`;
}

/** The address to paste into a Magister studiewijzer: shown relative, completed to the full address by the page itself. */
function magister(source: PackageSource, root: string): string {
  const href = `${root}web/${source.info.name}/`;
  return `<section aria-labelledby="magister"><h2 id="magister">Voor Magister</h2>
<p>Magister speelt geen SCORM-pakketten af. Zet daarom een link naar de les in de studiewijzer: <strong>ELO → Studiewijzers</strong>, kies het onderdeel, voeg een <strong>link</strong> toe en plak dit adres:</p>
<p><code class="address" data-magister-address data-href="${href}">${href}</code></p>
<p>Voor op het digibord plak je hetzelfde adres met <code>?mode=classroom</code> erachter. Stap voor stap: <a href="${root}voor/leerkracht.html#magister">Magister</a>.</p>
</section>`;
}

/** Shows the full address of `data-magister-address` elements (the site can live on any server). */
const ADDRESS_SCRIPT = `<script>for (const c of document.querySelectorAll('[data-magister-address]')) c.textContent = new URL(c.dataset.href, location.href).href;</script>`;

function timelineOf(lesson: Lesson): string {
  let at = 0;
  const clock = (m: number) => `${Math.floor(m / 60)}:${String(m % 60).padStart(2, '0')}`;
  return `<ol>${lesson.facilitatorGuide.steps
    .map((part) => {
      const from = at;
      at += part.minutes;
      return `<li>${clock(from)}–${clock(at)} ${esc(part.title)} (${part.minutes} min)</li>`;
    })
    .join('')}</ol>`;
}

function lessonPage(input: SiteInput, source: LessonSource, tracks: readonly TrackSource[]): string {
  const {lesson, info} = source;
  const root = '../';
  const inTracks = tracks.filter((t) => [...t.lessons, ...t.variants].some((l) => l.id === lesson.id && l.language === lesson.language));
  const {handouts} = pdfsOf(input, info.name);
  const place = inTracks.map((t) => {
    const index = t.lessons.findIndex((l) => l.id === lesson.id);
    return `<a href="${esc(t.info.name)}.html">${esc(t.info.title)}</a>${index >= 0 ? ` (les ${index + 1} van ${t.lessons.length})` : ' (variant)'}`;
  });
  return sitePage(
    info.title,
    root,
    `<main lang="${info.language}">
<h1>${esc(info.title)}</h1>
<p>${esc(info.description)}</p>
<dl class="facts">
<dt>Duur</dt><dd data-minutes>${minutes(info.durationMinutes)}</dd>
<dt>Doelgroep</dt><dd>${AUDIENCE[info.audience]}</dd>
${place.length ? `<dt>Leerlijn</dt><dd>${place.join(', ')}</dd>` : ''}
</dl>
${actions(input, source, root)}
<h2>Leerdoelen</h2>
<ul>${lesson.goals.map((g) => `<li>${esc(g)}</li>`).join('')}</ul>
<h2>Kerndoelen</h2>
<ul data-kerndoelen>${kerndoelItems(source)}</ul>
<h2>Wat zit erin</h2>
<h3>Op het scherm (${lesson.steps.length} stappen)</h3>
<ol>${lesson.steps.map((s) => `<li>${esc(s.title)} <span class="type">(${ACTIVITY[s.activity.type] ?? esc(s.activity.type)})</span></li>`).join('')}</ol>
<h3>Het draaiboek voor de begeleider</h3>
${timelineOf(lesson)}
${handouts.length ? `<h3>Kopieerbladen</h3><ul>${handouts.map((h) => `<li><a href="${root}${h.path}" data-handout>${esc(h.title)}</a> (${esc(HANDOUT_FOR[h.for ?? ''] ?? h.for ?? '')}, PDF)</li>`).join('')}</ul>` : ''}
${magister(source, root)}
<h2>Downloaden</h2>
${downloadList(input, source, root)}
<p>Controleer een download met <a href="${root}SHA256SUMS">SHA256SUMS</a> (<code>sha256sum -c SHA256SUMS</code>).</p>
</main>
${ADDRESS_SCRIPT}`,
  );
}

function trackPage(input: SiteInput, source: TrackSource): string {
  const {info} = source;
  const root = '../';
  const report = coverageHtml({kind: 'track', id: info.id, title: info.title, coverage: coverage(source.lessons)});
  const lessonItem = (l: Lesson) => {
    const name = l.language === 'nl' ? l.id : `${l.id}.${l.language}`;
    const guide = pdfsOf(input, name).guide;
    return `<li><a href="${esc(name)}.html">${esc(l.title)}</a> · ${minutes(l.durationMinutes)}${guide ? ` · <a href="${root}${guide.path}">handleiding (PDF)</a>` : ''}</li>`;
  };
  return sitePage(
    info.title,
    root,
    `<main lang="${info.language}">
<h1>Leerlijn: ${esc(info.title)}</h1>
<p>${esc(info.description)}</p>
<dl class="facts">
<dt>Lessen</dt><dd>${source.lessons.length}</dd>
<dt>Duur</dt><dd data-minutes>${minutes(info.durationMinutes)} in totaal</dd>
<dt>Doelgroep</dt><dd>${AUDIENCE[info.audience]}</dd>
</dl>
${actions(input, source, root)}
<h2>De lessen, in volgorde</h2>
<ol>${source.lessons.map(lessonItem).join('')}</ol>
${source.variants.length ? `<h3>Varianten (kunnen een les vervangen)</h3><ul>${source.variants.map(lessonItem).join('')}</ul>` : ''}
<h2>Kerndoelen</h2>
<ul data-kerndoelen>${kerndoelItems(source)}</ul>
${report}
${magister(source, root)}
<h2>Downloaden (de hele leerlijn als één pakket)</h2>
${downloadList(input, source, root)}
</main>
${ADDRESS_SCRIPT}`,
  );
}

function catalogue(input: SiteInput): string {
  const {tracks, lessons} = catalogueOrder(input.sources);
  const inTrack = new Set(tracks.flatMap((t) => [...t.lessons, ...t.variants].map((l) => l.id)));
  const lessonRow = (s: LessonSource) =>
    `<li><a href="${esc(s.info.name)}.html">${esc(s.info.title)}</a> · ${minutes(s.info.durationMinutes)} · kerndoelen ${s.info.kerndoelen
      .map((k) => `<abbr title="${esc(k.text)}">${esc(k.id)}</abbr>`)
      .join(', ')}<br>${esc(s.info.description.split(/(?<=\.)\s/)[0] ?? '')}</li>`;
  const byName = new Map(lessons.map((s) => [`${s.lesson.id}/${s.lesson.language}`, s]));
  const trackSection = (t: TrackSource) => `<section class="unit" aria-labelledby="t-${esc(t.info.name)}">
<h2 id="t-${esc(t.info.name)}"><a href="${esc(t.info.name)}.html">${esc(t.info.title)}</a></h2>
<p>${AUDIENCE[t.info.audience]} · ${t.lessons.length} lessen · ${minutes(t.info.durationMinutes)}</p>
<p>${esc(t.info.description)}</p>
<ol>${t.lessons.map((l) => byName.get(`${l.id}/${l.language}`)).filter((s): s is LessonSource => !!s).map(lessonRow).join('')}</ol>
${t.variants.length ? `<p>Varianten:</p><ul>${t.variants.map((l) => byName.get(`${l.id}/${l.language}`)).filter((s): s is LessonSource => !!s).map(lessonRow).join('')}</ul>` : ''}
</section>`;
  const loose = lessons.filter((s) => !inTrack.has(s.info.id) || s.info.language !== 'nl');
  return sitePage(
    'Lessen en leerlijnen',
    '../',
    `<main>
<h1>Lessen en leerlijnen</h1>
<p>Elke les heeft een eigen pagina: wat erin zit, hoe lang hij duurt, welke kerndoelen hij dekt, de handleiding als PDF en de pakketten voor Moodle, Magister en andere systemen.</p>
${tracks.map(trackSection).join('\n')}
${loose.length ? `<h2>Andere lessen</h2><ul>${loose.map(lessonRow).join('')}</ul>` : ''}
</main>`,
  );
}

function home(input: SiteInput): string {
  const {tracks} = catalogueOrder(input.sources);
  return sitePage(
    'Lessen tegen online haat en discriminatie',
    '',
    `<main>
<h1>Upstander: van omstander naar upstander</h1>
<p>Interactieve lessen over online haat en discriminatie voor de basisschool, het voortgezet onderwijs en het jongerenwerk. Gratis en open: de code is MIT, de lessen zijn CC BY 4.0. Alles op deze site werkt zonder iets te installeren.</p>
<h2>Wat wil je doen?</h2>
<ul class="cards">
${START_PAGES.map((s) => `<li><a href="voor/${s.id}.html">${esc(s.title.split(':')[0]!)}</a><br>${esc(s.title.split(': ')[1] ?? '')}</li>`).join('\n')}
</ul>
<h2>De leerlijnen</h2>
<ul>${tracks.map((t) => `<li><a href="lessen/${esc(t.info.name)}.html">${esc(t.info.title)}</a>: ${AUDIENCE[t.info.audience]}, ${t.lessons.length} lessen</li>`).join('')}</ul>
<p><a href="lessen/index.html">Alle lessen en leerlijnen</a> · <a href="docs/index.html">Documentatie</a> · <a href="SHA256SUMS">Controlegetallen van de downloads (SHA256SUMS)</a></p>
</main>`,
  );
}

const command = (text: string, run = true) => `<pre><code${run ? ' data-command' : ' data-command-manual'}>${esc(text)}</code></pre>`;

function startPage(input: SiteInput, id: (typeof START_PAGES)[number]['id']): string {
  const {tracks, lessons} = catalogueOrder(input.sources);
  const root = '../';
  const first = lessons[0]!;
  const doc = (source: string, label: string) => {
    const d = input.docs.find((x) => x.source === source);
    return d ? `<a href="${root}${d.path}">${esc(label)}</a>` : esc(label);
  };
  const title = START_PAGES.find((s) => s.id === id)!.title;
  const bodies: Record<typeof id, string> = {
    leerkracht: `<p>Je hebt niets te installeren. Kies een les in de <a href="${root}lessen/index.html" data-step="catalogue">catalogus</a>; elke les heeft knoppen voor Moodle, Magister en het digibord.</p>
<h2 id="moodle">In Moodle (SCORM 1.2)</h2>
<ol data-clicks="moodle">
<li>Open de pagina van de les in de <a href="${root}lessen/index.html">catalogus</a>, bijvoorbeeld <a href="${root}${lessonPagePath(first)}" data-example>${esc(first.info.title)}</a>.</li>
<li>Klik op <strong>Voor Moodle (SCORM 1.2)</strong>. Je krijgt een bestand dat eindigt op <code>-scorm12.zip</code>, bijvoorbeeld <a href="${root}download/${downloadName(first, 'scorm12')}" download><code>${esc(downloadName(first, 'scorm12'))}</code></a>. Pak het <strong>niet</strong> uit.</li>
<li>Open je cursus in Moodle en zet <strong>Bewerken aan</strong> (<em>Edit mode</em>).</li>
<li>Klik bij het onderwerp op <strong>Activiteit of bron toevoegen</strong> (<em>Add an activity or resource</em>), kies <strong>SCORM-pakket</strong> (<em>SCORM package</em>) en klik op <strong>Toevoegen</strong>.</li>
<li>Vul bij <strong>Naam</strong> de titel van de les in en sleep bij <strong>Pakketbestand</strong> (<em>Package file</em>) het zip-bestand in het vak.</li>
<li>Zet bij <strong>Uiterlijk</strong>: Weergeven pakket <strong>Huidig venster</strong>, Leerling slaat inhoudsopgave over <strong>Altijd</strong>, Toon navigatie <strong>Nee</strong>. Bij <strong>Beoordeling</strong>: Maximumcijfer <strong>100</strong>. Bij <strong>Pogingenbeheer</strong>: Forceer nieuwe poging <strong>Nee</strong> (dan gaat een leerling verder waar hij was).</li>
<li>Klik op <strong>Opslaan en tonen</strong> en open de les één keer zelf.</li>
</ol>
<p>Alle instellingen en waarom: ${doc('docs/lms/moodle.md', 'Een les in Moodle zetten')}. De score en "voltooid" komen in het cijferoverzicht.</p>
<h2 id="magister">In Magister (een link)</h2>
<ol data-clicks="magister">
<li>Open de pagina van de les en kopieer het adres onder <strong>Voor Magister</strong>, bijvoorbeeld bij <a href="${root}${lessonPagePath(first)}#magister">${esc(first.info.title)}</a>.</li>
<li>Ga in Magister naar <strong>ELO → Studiewijzers</strong> en open de studiewijzer van je klas.</li>
<li>Kies het onderdeel, voeg een <strong>link</strong> toe (soms heet dat <strong>bron</strong> of <strong>weblink</strong>), plak het adres en geef de link een naam.</li>
<li>Zet het onderdeel zichtbaar voor leerlingen, sla op en klik zelf één keer op de link.</li>
</ol>
<p>De les stuurt niets naar Magister: de voortgang blijft in de browser van de leerling. Meer: ${doc('docs/lms/magister.md', 'Een les in Magister zetten')}.</p>
<h2 id="digibord">Op het digibord</h2>
<p>Klik bij een les op <strong>Op het digibord</strong>: grote letters en knoppen, en met <strong>Notities voor de begeleider</strong> zie je het draaiboek bij elke stap. Probeer het met <a href="${root}web/${first.info.name}/?mode=classroom" data-step="classroom">${esc(first.info.title)}</a>.</p>`,
    mentor: `<p>Een mentoruur of een groepsbijeenkomst geef je met de <strong>handleiding</strong> (het draaiboek) van de les: de tijd per onderdeel, wat je zegt en doet, de vragen, de veiligheidsafspraken, wat je doet als een leerling iets kwetsends zegt of iets zwaars vertelt, de nazorg en de hulplijnen.</p>
<h2 id="stappen">Zo geef je een les</h2>
<ol data-clicks="mentor">
<li>Kies een les. Voor een mentoruur van 45 tot 50 minuten past de leerlijn <a href="${root}${tracks.find((t) => t.info.id === 'bewustwording') ? lessonPagePath(tracks.find((t) => t.info.id === 'bewustwording')!) : 'lessen/index.html'}">Bewustwording</a>; voor jongerenwerk de leerlijn <a href="${root}${tracks.find((t) => t.info.id === 'actie') ? lessonPagePath(tracks.find((t) => t.info.id === 'actie')!) : 'lessen/index.html'}">Actie</a>.</li>
<li>Klik bij de les op <strong>Handleiding (PDF)</strong>, druk hem af en lees hem vooraf: vooral <strong>Voorbereiding</strong> en <strong>Veiligheid</strong>.</li>
<li>Druk de <strong>kopieerbladen</strong> af die de les noemt (brieven voor ouders, werkbladen).</li>
<li>Open in de les <strong>Op het digibord</strong> en volg het tijdschema van de handleiding.</li>
<li>Sluit af met de nazorg uit de handleiding; de hulplijnen staan in de les en op papier.</li>
</ol>
<h2>Alle handleidingen</h2>
<ul data-guides>${lessons
      .map((s) => {
        const {guide} = pdfsOf(input, s.info.name);
        return `<li><a href="${root}${lessonPagePath(s)}">${esc(s.info.title)}</a> (${minutes(s.info.durationMinutes)})${guide ? ` · <a href="${root}${guide.path}">handleiding (PDF)</a>` : ''} · <a href="${root}web/${s.info.name}/?mode=classroom">op het digibord</a></li>`;
      })
      .join('')}</ul>
<p>Waarom de lessen zo zijn opgebouwd: ${doc('docs/content.md', 'inhoud en werkzame mechanismen')}. Wat er over leerlingen wordt opgeslagen: ${doc('docs/privacy.md', 'privacy')}.</p>`,
    curriculum: `<p>Een leerlijn is een bestand met de lessen in volgorde. Je stelt hem samen in de browser of met één opdracht, ziet welke kerndoelen hij dekt, en bouwt er dezelfde pakketten van als op deze site. Daarvoor heb je Node.js 20 en de map van Upstander nodig.</p>
<h2>Eenmalig</h2>
${command('npm ci', false)}
<h2>Welke kerndoelen dekt een leerlijn?</h2>
${command('npm run upstander -- coverage tracks/groep-7-8.json')}
<p>Per kerndoel (met de titel van SLO) welke les hem dekt, en welke kerndoelen van het niveau open blijven. Met <code>--format html</code> of <code>--format md</code> voor een verslag. De dekking van de leerlijnen van Upstander staat ook op hun pagina in de <a href="${root}lessen/index.html">catalogus</a>.</p>
<h2>Een eigen leerlijn</h2>
<p>Kies lessen (hun id staat op hun pagina en in de bestandsnaam van hun pakketten), in volgorde:</p>
${command('npm run upstander -- compose mijn-leerlijn --lesson g78-online-respect --lesson g78-stop-en-denk --rule all')}
${command('npm run upstander -- validate tracks/mijn-leerlijn.json')}
${command('npm run upstander -- coverage tracks/mijn-leerlijn.json')}
${command('npm run upstander -- build tracks/mijn-leerlijn.json --format scorm12 --out pakketten')}
<p>Het SCORM-pakket van je leerlijn staat dan in <code>pakketten/mijn-leerlijn-scorm12.zip</code>.</p>
<p>Of in de browser: <code>npm start</code> en dan <strong>Leerlijn samenstellen</strong>. Het formaat en de foutmeldingen: ${doc('docs/composing.md', 'leerlijnen samenstellen')}; een les schrijven: ${doc('docs/authoring.md', 'lessen schrijven')}.</p>
<h2>Alles wat deze site biedt, zelf maken</h2>
${command('npm run release', false)}
<p>Schrijft deze site met alle pakketten en PDF's in de map <code>release/</code>.</p>`,
    'lms-beheer': `<p>Elke les en leerlijn is er als <strong>xAPI</strong>-pakket (tincan.xml) en als <strong>cmi5</strong>-pakket (cmi5.xml), naast SCORM 1.2 en 2004. De lessen sturen xAPI-statements met vaste ID's en de kerndoelen van de les; het vocabulaire staat in ${doc('docs/tracking.md', 'tracking')}.</p>
<h2>Een pakket in het LMS</h2>
<ol data-clicks="lms">
<li>Open een les in de <a href="${root}lessen/index.html">catalogus</a> en download onder <strong>Downloaden</strong> het pakket: <a href="${root}download/${downloadName(first, 'xapi')}" download>xAPI</a> of <a href="${root}download/${downloadName(first, 'cmi5')}" download>cmi5</a>.</li>
<li>Importeer de zip in het LMS (als "xAPI package", "Tin Can" of "cmi5 course"); het LMS geeft de les het adres van de LRS mee bij het starten.</li>
<li>Controleer de downloads met <a href="${root}SHA256SUMS">SHA256SUMS</a>: <code>sha256sum -c SHA256SUMS</code> in de map met de bestanden.</li>
</ol>
<h2>De voortgang lezen</h2>
<p>Het rapport leest de statements uit elke xAPI-LRS (pagina voor pagina) of uit een export, en toont de voortgang per klas, leerlijn, les, vraag, leerling en kerndoel, als tabel, CSV of één HTML-pagina. Vrije tekst staat er nooit in. Elk veld: ${doc('docs/admin.md', 'voor LMS-beheerders')}; het vocabulaire: ${doc('docs/tracking.md', 'tracking')}.</p>
${command('UPSTANDER_LRS_PASSWORD=geheim npm run upstander -- report --lrs https://lrs.example.org/xapi/ --user rapport --format html --out voortgang.html', false)}
<h2>De webmap met een eigen LRS (zonder LMS)</h2>
<p>De webmap op deze site houdt de voortgang alleen in de browser. Wil je statements in je eigen LRS, bouw de webmap dan zelf met het adres van je LRS (gebruik gegevens die alleen statements mogen schrijven):</p>
${command('UPSTANDER_XAPI_AUTH="Basic dXBzdGFuZGVyOnNjaHJpanZlbg==" npm run upstander -- build --format web --xapi-endpoint https://lrs.example.org/xapi/ --out pakketten')}
<p>Vrije tekst van leerlingen verlaat het apparaat niet, tenzij een les dat per activiteit aanzet: zie ${doc('docs/privacy.md', 'privacy')}.</p>`,
    webontwikkelaar: `<p>Een les in je eigen website: één script en één element. Elke les heeft een map onder <code>embed/</code> met het fragment dat je kunt kopiëren, bijvoorbeeld <a href="${root}embed/${first.info.name}/" data-step="embed">${esc(first.info.title)}</a>.</p>
<pre><code>${esc(`<script type="module" src="https://jouw-site.example/embed/${first.info.name}/embed.js"></script>\n<up-lesson src="https://jouw-site.example/embed/${first.info.name}/${first.info.name}.json"></up-lesson>`)}</code></pre>
<p>Zet de map (download <a href="${root}download/${downloadName(first, 'embed')}" download>${esc(downloadName(first, 'embed'))}</a>) op je webserver. Staat je pagina op een andere website dan de map, stuur dan de header <code>Access-Control-Allow-Origin</code> mee. Er gaan geen verzoeken naar andere websites.</p>
<p>De elementen en hun attributen: ${doc('docs/components/up-lesson.md', 'up-lesson')}; de opbouw: ${doc('docs/architecture.md', 'architectuur')}.</p>
${command('npm run upstander -- build --format embed --only ' + first.info.id + ' --out pakketten')}`,
  };
  return sitePage(title.split(':')[0]!, root, `<main>\n<h1>${esc(title)}</h1>\n${bodies[id]}\n</main>`);
}

function docsIndex(input: SiteInput): string {
  const docPdfs = input.pdfs.filter((p) => p.kind === 'doc');
  return sitePage(
    'Documentatie',
    '../',
    `<main>
<h1>Documentatie</h1>
<ul>${input.docs.map((d) => `<li><a href="${d.path.replace(/^docs\//, '')}">${esc(d.title)}</a> <small>(${esc(d.source)})</small></li>`).join('')}</ul>
${docPdfs.length ? `<h2>Om af te drukken</h2><ul>${docPdfs.map((p) => `<li><a href="../${p.path}">${esc(p.title)}</a> (PDF)</li>`).join('')}</ul>` : ''}
</main>`,
  );
}

/** A docs page: the rendered Markdown in the site's shell. */
export function docPage(doc: DocPage): string {
  const root = '../'.repeat(doc.path.split('/').length - 1);
  return sitePage(doc.title, root, `<main class="doc">\n${doc.html}\n</main>`);
}

/** Every page of the site, by path in the release. */
export function sitePages(input: SiteInput): Map<string, string> {
  const {tracks, lessons} = catalogueOrder(input.sources);
  const pages = new Map<string, string>([
    ['index.html', home(input)],
    ['lessen/index.html', catalogue(input)],
    ['docs/index.html', docsIndex(input)],
  ]);
  for (const s of lessons) pages.set(lessonPagePath(s), lessonPage(input, s, tracks));
  for (const t of tracks) pages.set(lessonPagePath(t), trackPage(input, t));
  for (const s of START_PAGES) pages.set(`voor/${s.id}.html`, startPage(input, s.id));
  for (const d of input.docs) if (d.path !== 'docs/index.html') pages.set(d.path, docPage(d));
  return pages;
}
