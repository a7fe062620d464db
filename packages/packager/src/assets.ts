import {readFileSync, readdirSync} from 'node:fs';
import {fileURLToPath} from 'node:url';
import type {PackageFile} from './zip.js';

const PLAYER = fileURLToPath(new URL('../../player/dist/upstander.js', import.meta.url));
const SCHEMAS = fileURLToPath(new URL('../schemas/', import.meta.url));

/** The player bundle built by `npm run build` (rollup). */
export function playerBundle(): Uint8Array {
  try {
    return readFileSync(PLAYER);
  } catch {
    throw new Error(`The player bundle is missing (${PLAYER}). Run "npm run build" first.`);
  }
}

/** The official XSD files for one packaging standard, as package files at the zip's root. */
export function schemaFiles(standard: 'scorm12' | 'scorm2004-4th'): PackageFile[] {
  const folder = `${SCHEMAS}${standard}/`;
  return readdirSync(folder)
    .filter((name) => name.endsWith('.xsd'))
    .map((name) => ({path: name, data: readFileSync(folder + name)}));
}

/** The folder holding a standard's XSDs, for validating manifests. */
export function schemaFolder(standard: 'scorm12' | 'scorm2004-4th'): string {
  return `${SCHEMAS}${standard}/`;
}
