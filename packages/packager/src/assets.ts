import {readFileSync, readdirSync} from 'node:fs';
import {fileURLToPath} from 'node:url';
import type {PackageFile} from './zip.js';

const PLAYER_DIST = fileURLToPath(new URL('../../player/dist/', import.meta.url));
const EMBED_DIST = fileURLToPath(new URL('../dist/', import.meta.url));
const SCHEMAS = fileURLToPath(new URL('../schemas/', import.meta.url));

/**
 * A bundle built by `npm run build` (rollup): `<name>.js` and the chunks it loads on demand beside it
 * (`<name>-*.js`: the xAPI and cmi5 code, loaded only on such a launch). All of them go into a
 * package, at its root, sorted by name.
 */
function bundleFiles(folder: string, name: string, what: string): PackageFile[] {
  let names: string[];
  try {
    names = readdirSync(folder).filter((file) => file === `${name}.js` || (file.startsWith(`${name}-`) && file.endsWith('.js')));
  } catch {
    names = [];
  }
  if (!names.includes(`${name}.js`)) throw new Error(`The ${what} is missing (${folder}${name}.js). Run "npm run build" first.`);
  return names.sort().map((file) => ({path: file, data: readFileSync(folder + file)}));
}

/** The player bundle: upstander.js and its upstander-*.js chunks. */
export const playerFiles = (): PackageFile[] => bundleFiles(PLAYER_DIST, 'upstander', 'player bundle');

/** The website embed bundle (`<up-lesson src>`, from src/browser/embed.ts): embed.js and its embed-*.js chunks. */
export const embedFiles = (): PackageFile[] => bundleFiles(EMBED_DIST, 'embed', 'embed bundle');

/** The official XSD files for one packaging standard, as package files at the zip's root. */
export function schemaFiles(standard: 'scorm12' | 'scorm2004-4th'): PackageFile[] {
  const folder = `${SCHEMAS}${standard}/`;
  return readdirSync(folder)
    .filter((name) => name.endsWith('.xsd'))
    .sort()
    .map((name) => ({path: name, data: readFileSync(folder + name)}));
}

/** The folder holding a standard's XSDs, for validating manifests. */
export function schemaFolder(standard: 'scorm12' | 'scorm2004-4th'): string {
  return `${SCHEMAS}${standard}/`;
}

/**
 * The chunks of the player bundle that a launch needs beyond upstander.js, read from the files rollup
 * wrote (packages/player/dist): each entry (a chunk upstander.js, or a chunk it loads, imports on
 * demand, named by its module: `xapi-sink` is `upstander-xapi-sink.js`) and every chunk it imports
 * statically in turn, but upstander.js (the page loads it anyway). Sorted by file name. `bundle`: the
 * player files (playerFiles()), when the caller has read them already.
 */
export function playerChunks(entries: readonly string[], bundle: readonly PackageFile[] = playerFiles()): string[] {
  const files = new Map(bundle.map((f) => [f.path, new TextDecoder().decode(f.data)]));
  const dynamic = new Set([...files.values()].flatMap((code) => [...code.matchAll(/\bimport\(\s*["']\.\/([^"']+\.js)["']\s*\)/g)].map((m) => m[1]!)));
  const seen = new Set<string>();
  const visit = (name: string) => {
    if (seen.has(name) || name === 'upstander.js') return;
    const code = files.get(name);
    if (code === undefined) throw new Error(`The player bundle has no ${name} (imported on demand). Run "npm run build" first.`);
    seen.add(name);
    for (const m of code.matchAll(/(?:\bfrom|\bimport)\s*["']\.\/([^"']+\.js)["']/g)) visit(m[1]!);
  };
  for (const entry of entries) {
    const name = `upstander-${entry}.js`;
    if (!dynamic.has(name)) throw new Error(`The player bundle never imports ${name} on demand. Run "npm run build" first.`);
    visit(name);
  }
  return [...seen].sort();
}
