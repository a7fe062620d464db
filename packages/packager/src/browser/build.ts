/**
 * What the composer page builds in the browser: a track's SCORM 1.2 zip, with the packager's own code
 * (trackSources, scorm12Files, zip), so the bytes equal `upstander build`'s. The player files come in
 * through setAssets (see ./assets.ts, which rollup uses for ../assets.ts in this bundle).
 */
import type {Lesson, Track} from '@upstander/schema';
import {scorm12Files} from '../scorm12.js';
import {trackSources} from '../source.js';
import {zip} from '../zip.js';

export {setAssets} from './assets.js';
export type {BrowserAssets} from './assets.js';

/** The SCORM 1.2 zip of a track, as `upstander build --format scorm12` writes <id>-scorm12.zip (the Dutch one first). */
export function trackScorm12Zip(track: Track, lessons: readonly Lesson[]): {name: string; data: Uint8Array} {
  const source = trackSources(track, lessons)[0]!;
  return {name: `${source.info.name}-scorm12.zip`, data: zip(scorm12Files(source))};
}
