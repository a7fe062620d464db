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

export {playerChunks} from './chunks.js';
