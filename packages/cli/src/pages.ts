import type {Lesson} from '@upstander/schema';

const esc = (text: string) =>
  text.replace(/[&<>"']/g, (c) => ({'&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;'})[c]!);

const STYLE = `
:root{font-family:system-ui,sans-serif;color:#1a1a1a;background:#fff;line-height:1.5}
body{margin:0 auto;padding:1rem;max-width:72rem}
a{color:#0b5cad}a:focus-visible,button:focus-visible{outline:3px solid #0b5cad;outline-offset:2px}
.lesson{border:1px solid #c8c8c8;border-radius:8px;padding:1rem;margin-block:1rem}
.lesson ul{display:flex;flex-wrap:wrap;gap:.5rem 1.5rem;padding:0;list-style:none}
.layout{display:grid;grid-template-columns:minmax(0,3fr) minmax(0,2fr);gap:1rem}
@media (max-width:60rem){.layout{grid-template-columns:1fr}}
iframe{width:100%;height:80vh;border:1px solid #c8c8c8;border-radius:8px}
table{border-collapse:collapse;width:100%;font-size:.875rem}td,th{border:1px solid #c8c8c8;padding:.25rem .5rem;text-align:start;overflow-wrap:anywhere}
#log{font-size:.875rem;max-height:20rem;overflow:auto}
button{font:inherit;padding:.4rem .8rem}
`;

function page(title: string, body: string, head = ''): string {
  return `<!doctype html>
<html lang="nl">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${esc(title)}</title>
<style>${STYLE}</style>
${head}
</head>
<body>
${body}
</body>
</html>
`;
}

/** The demo's front page: every lesson, playable on its own and in the preview LMS. */
export function cataloguePage(lessons: Lesson[]): string {
  const items = lessons
    .map(
      (l) => `<section class="lesson" aria-labelledby="t-${l.id}">
<h2 id="t-${l.id}">${esc(l.title)}</h2>
<p>${esc(l.summary)}</p>
<p>Leerlijn: ${esc(l.track)} · ${l.durationMinutes} minuten · kerndoelen: ${esc(l.kerndoelen.join(', '))}</p>
<ul>
<li><a href="/web/${l.id}/">Speel de les (voortgang blijft in deze browser)</a></li>
<li><a href="/web/${l.id}/?mode=classroom">Klassikaal op het digibord</a></li>
<li><a href="/lms/scorm12.html?launch=${encodeURIComponent(`/scorm12/${l.id}/index.html`)}">SCORM 1.2 in het voorbeeld-LMS</a></li>
<li><a href="/download/${l.id}-scorm12.zip" download>Download SCORM 1.2-pakket (voor Moodle)</a></li>
</ul>
</section>`,
    )
    .join('\n');
  return page(
    'Upstander — lessen',
    `<header><h1>Upstander</h1><p>Interactieve lessen over online haat en discriminatie: van omstander naar upstander.</p></header>
<main>${items}</main>`,
  );
}

/** The preview LMS: scorm-again as the LMS, the lesson in a frame, the LMS's data beside it. */
export function scorm12LmsPage(): string {
  return page(
    'Voorbeeld-LMS (SCORM 1.2) — Upstander',
    `<header>
<h1>Voorbeeld-LMS: SCORM 1.2</h1>
<p>Hier draait de les zoals in Moodle. Rechts zie je live wat het LMS ontvangt. Herlaad de pagina om te zien dat de les hervat waar je was.</p>
<p><a href="/">Terug naar alle lessen</a> · <button type="button" id="reset">Wis de LMS-gegevens en begin opnieuw</button></p>
</header>
<main class="layout">
<iframe id="sco" title="De les"></iframe>
<section aria-labelledby="data-title">
<h2 id="data-title">Wat het LMS ontvangt</h2>
<table id="cmi"><thead><tr><th scope="col">Element</th><th scope="col">Waarde</th></tr></thead><tbody></tbody></table>
<h2>Logboek</h2>
<ol id="log"></ol>
</section>
</main>`,
    `<script src="/vendor/scorm-again/scorm12.min.js"></script>
<script type="module" src="/lms/preview-lms.js"></script>`,
  );
}
