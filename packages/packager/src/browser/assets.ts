/**
 * The browser's stand-in for ../assets.ts (which reads packages/player/dist and the XSDs from disk):
 * the same functions over files a page hands over with `setAssets` (the composer page fetches them
 * from the demo server). rollup swaps this module in for ../assets.ts in the composer bundle only, so
 * scorm12Files and the rest run unchanged and write the same files as the CLI.
 */
import type {PackageFile} from '../zip.js';

export {playerChunks} from '../chunks.js';

export interface BrowserAssets {
  player: PackageFile[];
  embed?: PackageFile[];
  schemas: Partial<Record<'scorm12' | 'scorm2004-4th', PackageFile[]>>;
}

let assets: BrowserAssets | undefined;

export function setAssets(value: BrowserAssets): void {
  assets = value;
}

const given = (): BrowserAssets => {
  if (!assets) throw new Error('The player files are not loaded yet.');
  return assets;
};

const sorted = (files: readonly PackageFile[]) => [...files].sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));

export const playerFiles = (): PackageFile[] => sorted(given().player);
export const embedFiles = (): PackageFile[] => sorted(given().embed ?? []);
export const schemaFiles = (standard: 'scorm12' | 'scorm2004-4th'): PackageFile[] => sorted(given().schemas[standard] ?? []);
export const schemaFolder = (standard: string): string => standard;
