/**
 * Every package of every lesson and track, written to an output folder all at once or not at all:
 * everything is built into a staging folder inside the output folder first, and moved into place only
 * when all of it was written. A failed build leaves the output folder as it was.
 */
import {existsSync, mkdirSync, mkdtempSync, renameSync, rmSync, writeFileSync} from 'node:fs';
import {dirname, join} from 'node:path';
import {cmi5Files} from './cmi5.js';
import {embedFiles} from './embed.js';
import {scorm12Files} from './scorm12.js';
import {scorm2004Files} from './scorm2004.js';
import type {PackageSource} from './source.js';
import {sourceFiles} from './web.js';
import {xapiFiles} from './xapi.js';
import {zip} from './zip.js';
import type {PackageFile} from './zip.js';

export const FORMATS = ['scorm12', 'scorm2004', 'xapi', 'cmi5', 'web', 'embed'] as const;
export type Format = (typeof FORMATS)[number];

/** What each format is, for help texts and progress lines. */
export const FORMAT_DESCRIPTIONS: Record<Format, string> = {
  scorm12: 'SCORM 1.2 zip, one SCO (Moodle, most LMSs)',
  scorm2004: 'SCORM 2004 4th Edition zip, one SCO',
  xapi: 'xAPI zip with tincan.xml (LMS with an LRS)',
  cmi5: 'cmi5 zip with cmi5.xml (one AU per lesson)',
  web: 'static web folder (any web server; a link in Magister)',
  embed: 'embed folder: embed.js + <up-lesson src> for websites',
};

/** Reads a comma-separated list of formats; throws with the known ones on an unknown name. */
export function parseFormats(list: string): Format[] {
  const names = list.split(',').map((s) => s.trim()).filter(Boolean);
  const unknown = names.filter((n) => !(FORMATS as readonly string[]).includes(n));
  if (unknown.length > 0) throw new Error(`unknown format${unknown.length === 1 ? '' : 's'} ${unknown.map((u) => `"${u}"`).join(', ')}: choose from ${FORMATS.join(', ')}`);
  if (names.length === 0) throw new Error(`no format given: choose from ${FORMATS.join(', ')}`);
  return FORMATS.filter((f) => names.includes(f));
}

/** One output: a zip file or a folder, at a path relative to the output folder. */
export interface Output {
  source: PackageSource;
  format: Format;
  /** `<name>-scorm12.zip`, or `web/<name>` for a folder. */
  path: string;
  kind: 'zip' | 'folder';
}

/** Where a package goes in the output folder. */
export function outputPath(source: PackageSource, format: Format): string {
  const name = source.info.name;
  return format === 'web' || format === 'embed' ? `${format}/${name}` : `${name}-${format}.zip`;
}

/** The files of one package (for a zip: the files inside it). */
export function packageFiles(source: PackageSource, format: Format): PackageFile[] {
  switch (format) {
    case 'scorm12':
      return scorm12Files(source);
    case 'scorm2004':
      return scorm2004Files(source);
    case 'xapi':
      return xapiFiles(source);
    case 'cmi5':
      return cmi5Files(source);
    case 'web':
      return sourceFiles(source, {web: true});
    case 'embed':
      return embedFiles(source);
  }
}

/** Every output for the sources and formats, in order. Throws when two sources would write the same path. */
export function plan(sources: readonly PackageSource[], formats: readonly Format[]): Output[] {
  const outputs: Output[] = [];
  const seen = new Map<string, PackageSource>();
  for (const source of sources) {
    const other = seen.get(source.info.name);
    if (other) {
      throw new Error(
        `${source.info.kind} "${source.info.id}" and ${other.info.kind} "${other.info.id}" would write packages with the same name (${source.info.name}); give one of them another id`,
      );
    }
    seen.set(source.info.name, source);
    for (const format of formats) {
      outputs.push({source, format, path: outputPath(source, format), kind: format === 'web' || format === 'embed' ? 'folder' : 'zip'});
    }
  }
  return outputs;
}

export interface WriteOptions {
  /** Told after each package is built (before anything is moved into place). */
  onBuilt?: (output: Output, index: number, total: number) => void;
}

function writeFolder(folder: string, files: PackageFile[]): void {
  for (const file of files) {
    if (file.path.startsWith('/') || file.path.split('/').includes('..')) throw new Error(`unsafe path "${file.path}"`);
    const target = join(folder, file.path);
    mkdirSync(dirname(target), {recursive: true});
    writeFileSync(target, file.data);
  }
}

/**
 * Builds every output into a staging folder inside `out`, then moves each into place (a rename on the
 * same file system: a zip replaces the old one in one step, a folder replaces the old folder). When
 * anything fails before the move, `out` is left as it was and the error is thrown. The staging folder
 * is always removed.
 */
export function writeOutputs(out: string, outputs: readonly Output[], options: WriteOptions = {}): void {
  mkdirSync(out, {recursive: true});
  const staging = mkdtempSync(join(out, '.upstander-build-'));
  try {
    outputs.forEach((output, i) => {
      const files = packageFiles(output.source, output.format);
      const target = join(staging, 'new', output.path);
      mkdirSync(dirname(target), {recursive: true});
      if (output.kind === 'zip') writeFileSync(target, zip(files));
      else writeFolder(target, files);
      options.onBuilt?.(output, i, outputs.length);
    });
    outputs.forEach((output, i) => {
      const target = join(out, output.path);
      mkdirSync(dirname(target), {recursive: true});
      if (output.kind === 'folder' && existsSync(target)) renameSync(target, join(staging, `old-${i}`));
      renameSync(join(staging, 'new', output.path), target);
    });
  } finally {
    rmSync(staging, {recursive: true, force: true});
  }
}
