import {readFileSync} from 'node:fs';
import {createRequire} from 'node:module';
import {dirname} from 'node:path';
import {fileURLToPath} from 'node:url';
import {scorm12LmsPage} from './pages.js';
import {folder, memory} from './server.js';
import type {Resolver} from './server.js';

const PREVIEW_SCRIPT = fileURLToPath(new URL('../dist/preview-lms.js', import.meta.url));

/**
 * The mounts of the preview LMS page: the page, its script, and scorm-again's SCORM 1.2 LMS from
 * node_modules. A package to preview is mounted beside them and named in the page's `launch` parameter.
 */
export function previewLmsMounts(): Record<string, Resolver> {
  let script: Uint8Array;
  try {
    script = readFileSync(PREVIEW_SCRIPT);
  } catch {
    throw new Error(`The preview LMS script is missing (${PREVIEW_SCRIPT}). Run "npm run build" first.`);
  }
  const scormAgain = dirname(createRequire(import.meta.url).resolve('scorm-again/scorm12/min'));
  return {
    '/lms/': memory(new Map([
      ['scorm12.html', new TextEncoder().encode(scorm12LmsPage())],
      ['preview-lms.js', script],
    ])),
    '/vendor/scorm-again/': folder(scormAgain),
  };
}
