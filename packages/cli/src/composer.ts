/**
 * The composer page of the demo (`/composer/`) and the published JSON Schemas (`/schemas/`). The page
 * is plain HTML and one script (packages/cli/dist/composer.js, built by rollup from composer/page.ts);
 * the server hands it the lessons of the catalogue and the player files, and the page does the rest in
 * the browser: coverage (@upstander/curriculum), validation (@upstander/schema's checkFiles) and the
 * SCORM 1.2 zip (@upstander/packager's own code), so what it downloads is what `upstander build` writes.
 */
import {readFileSync, readdirSync} from 'node:fs';
import {fileURLToPath} from 'node:url';
import {playerFiles} from '@upstander/packager';
import type {Lesson} from '@upstander/schema';
import {SCHEMA_DIR} from './compose.js';
import type {Library} from './lessons.js';
import {memory} from './server.js';
import type {Resolver} from './server.js';

const SCRIPT = fileURLToPath(new URL('../dist/composer.js', import.meta.url));
const XSD_DIR = fileURLToPath(new URL('../../packager/schemas/scorm12/', import.meta.url));

const b64 = (data: Uint8Array) => Buffer.from(data).toString('base64');

/** The page: its form skeleton; composer.js fills it in. */
export function composerPage(): string {
  return `<!doctype html>
<html lang="nl">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>Leerlijn samenstellen – Upstander</title>
<style>
body{font-family:system-ui,sans-serif;line-height:1.5;margin:0 auto;max-width:72rem;padding:1rem;color:#1a1a1a;background:#fff}
a{color:#0b4f9c}
fieldset{border:1px solid #767676;margin:0 0 1rem;padding:.5rem 1rem}
label{display:inline-block;margin:.25rem 1rem .25rem 0}
button{font:inherit;padding:.25rem .75rem;margin:.125rem;border:1px solid #1a1a1a;border-radius:.25rem;background:#f2f2f2;color:#1a1a1a;cursor:pointer}
button:focus-visible,a:focus-visible,input:focus-visible,select:focus-visible{outline:3px solid #0b4f9c;outline-offset:2px}
button[disabled]{color:#595959;cursor:not-allowed}
.layout{display:grid;grid-template-columns:1fr 1fr;gap:1.5rem}
@media (max-width:50rem){.layout{grid-template-columns:1fr}}
ul.lessons,ol.chosen{padding-left:1.25rem}
ul.lessons li,ol.chosen li{margin-bottom:.75rem}
.meta{color:#4d4d4d;font-size:.9em}
table{border-collapse:collapse;font-size:.9em}
th,td{border:1px solid #999;padding:.25rem .5rem;text-align:left;vertical-align:top}
.problems{color:#9b1c1c}
.visually-hidden{position:absolute;clip:rect(0 0 0 0);width:1px;height:1px;overflow:hidden;white-space:nowrap}
</style>
</head>
<body>
<header>
<p><a href="/">Terug naar de catalogus</a></p>
<h1>Leerlijn samenstellen</h1>
<p>Kies lessen, zet ze in volgorde en download de leerlijn als bestand of als SCORM 1.2-pakket. De
pakketten worden in deze browser gemaakt, met dezelfde code als <code>upstander build</code>.
Uitleg staat in <code>docs/composing.md</code>. De schema's voor een editor: <a href="/schemas/track.schema.json">track.schema.json</a>,
<a href="/schemas/lesson.schema.json">lesson.schema.json</a>.</p>
</header>
<main id="composer" class="layout">
<p>De lessen worden geladen…</p>
</main>
<script type="module" src="composer.js"></script>
</body>
</html>
`;
}

/** The mounts: `/composer/` (page, script, lessons, player files) and `/schemas/`. */
export function composerMounts(library: Library): Record<string, Resolver> {
  const lessons: Lesson[] = [...library.lessons, ...(library.supporting ?? [])];
  const files = new Map<string, () => Uint8Array>([
    ['index.html', () => new TextEncoder().encode(composerPage())],
    ['composer.js', () => readFileSync(SCRIPT)],
    ['lessons.json', () => new TextEncoder().encode(JSON.stringify(lessons))],
    [
      'assets.json',
      () => {
        const player = playerFiles().map((f) => ({path: f.path, data: b64(f.data)}));
        const scorm12 = readdirSync(XSD_DIR)
          .filter((name) => name.endsWith('.xsd'))
          .sort()
          .map((name) => ({path: name, data: b64(readFileSync(XSD_DIR + name))}));
        return new TextEncoder().encode(JSON.stringify({player, schemas: {scorm12}}));
      },
    ],
  ]);
  const cache = new Map<string, Uint8Array>();
  return {
    '/composer/': (path) => {
      const name = path === '' ? 'index.html' : path;
      const make = files.get(name);
      if (!make) return undefined;
      if (!cache.has(name) || name === 'composer.js') cache.set(name, make());
      return cache.get(name);
    },
    '/schemas/': memory(
      new Map(['lesson', 'track'].map((kind): [string, Uint8Array] => [`${kind}.schema.json`, readFileSync(`${SCHEMA_DIR}${kind}.schema.json`)])),
    ),
  };
}
