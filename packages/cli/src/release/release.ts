/**
 * `upstander release` (`npm run release`): everything a school needs, in one static folder that any web
 * server can host (see docs/release.md and docs/decisions/0014-release-site.md):
 *
 *   index.html, lessen/, voor/, docs/   the site: catalogue, a page per lesson and track, start pages, docs
 *   web/<name>/, embed/<name>/          every lesson and track, playable from the site (and linkable from Magister)
 *   download/<name>-<format>.zip        every package: SCORM 1.2, SCORM 2004, xAPI, cmi5, web folder, embed folder
 *   pdf/                                every facilitator guide, every handout (parents' letters, worksheets) and
 *                                       the printable docs (docs/parents/), printed by headless Chromium
 *   SHA256SUMS                          the checksums of every download and PDF (`sha256sum -c SHA256SUMS`)
 *
 * The same sources give the same bytes: zips carry fixed times, PDFs a fixed date, pages no date. The
 * folder is built beside the target and swapped in at the end; a failed release leaves the old one.
 */
import {createHash} from 'node:crypto';
import {mkdirSync, readdirSync, renameSync, rmSync, statSync, writeFileSync, readFileSync} from 'node:fs';
import {dirname, join, posix, resolve} from 'node:path';
import {plan, writeOutputs, zip, packageFiles} from '@upstander/packager';
import type {PackageSource} from '@upstander/packager';
import type {Lang} from '@upstander/schema';
import {librarySources} from '../demo.js';
import {loadLibrary} from '../lessons.js';
import {docPages} from './docs.js';
import {startPrinter} from './pdf.js';
import {RELEASE_DOWNLOADS, docPage, docPdfPath, downloadName, guidePdfPath, handoutPdfPath, sitePages} from './site.js';
import type {Pdf} from './site.js';

export const RELEASE_HELP = `upstander release [options]

Writes one static folder with everything a school needs: a site (catalogue of every lesson and track,
a page per lesson, start pages for teachers, mentors and youth workers, curriculum developers, LMS
admins and web developers, the docs), every package of every lesson and track as a download (SCORM
1.2, SCORM 2004, xAPI, cmi5, web folder and embed folder), the lessons playable online, every
facilitator guide and handout as a PDF (printed by headless Chromium; without Chromium the PDFs are
skipped, with a message), and SHA256SUMS. Put the folder on any web server. "npm run release" runs
this after "npm run build".

Options:
  --out <folder>   where to write (default release); replaced as a whole at the end
  --no-pdf         skip the PDFs (faster; the site then links no PDFs)
  --lang nl|en     language of problem messages (default nl)
  -h, --help       this help
`;

export interface ReleaseOptions {
  out: string;
  pdf: boolean;
  lang: Lang;
  /** The repository: lessons/, tracks/, docs/ (default the working directory). */
  root?: string;
  log?: (line: string) => void;
}

function write(dir: string, path: string, data: string | Uint8Array): void {
  mkdirSync(dirname(join(dir, path)), {recursive: true});
  writeFileSync(join(dir, path), data);
}

function files(dir: string, under = ''): string[] {
  return readdirSync(join(dir, under))
    .sort()
    .flatMap((name) => (statSync(join(dir, under, name)).isDirectory() ? files(dir, posix.join(under, name)) : [posix.join(under, name)]));
}

/** Prints every guide, handout and printable doc into `dir/pdf/`; returns what was made. */
async function printPdfs(dir: string, sources: readonly PackageSource[], docs: ReturnType<typeof docPages>, log: (line: string) => void): Promise<Pdf[]> {
  const printer = await startPrinter();
  if ('missing' in printer) {
    log(`No PDFs: ${printer.missing}. Everything else is built; the site links no PDFs.`);
    return [];
  }
  const started = Date.now();
  const pdfs: Pdf[] = [];
  mkdirSync(join(dir, 'pdf'), {recursive: true});
  try {
    for (const source of sources) {
      if (source.kind !== 'lesson') continue;
      const {lesson, info} = source;
      const page = join(dir, 'web', info.name, 'handleiding.html');
      const guide: Pdf = {path: guidePdfPath(source), title: `Handleiding: ${lesson.title}`, kind: 'guide', lesson: info.name};
      const handouts: Pdf[] = (lesson.facilitatorGuide.handouts ?? []).map((h) => ({path: handoutPdfPath(info.name, h.id), title: h.title, kind: 'handout', lesson: info.name, for: h.for}));
      await printer.guide(
        page,
        join(dir, guide.path),
        (lesson.facilitatorGuide.handouts ?? []).map((h, i) => ({id: h.id, title: h.title, out: join(dir, handouts[i]!.path)})),
      );
      pdfs.push(guide, ...handouts);
    }
    for (const doc of docs.filter((d) => d.source.startsWith('docs/parents/'))) {
      const pdf: Pdf = {path: docPdfPath(doc), title: doc.title, kind: 'doc'};
      await printer.page(join(dir, doc.path), join(dir, pdf.path));
      pdfs.push(pdf);
    }
  } finally {
    await printer.close();
  }
  log(`  ${pdfs.length} PDFs in ${((Date.now() - started) / 1000).toFixed(1)} s`);
  return pdfs;
}

/** Runs `upstander release`; returns the exit code. */
export async function release(options: ReleaseOptions): Promise<number> {
  const started = Date.now();
  const log = options.log ?? console.log;
  const root = resolve(options.root ?? '.');
  const library = loadLibrary([join(root, 'lessons'), join(root, 'tracks')], {lang: options.lang});
  const sources = librarySources(library);
  const out = resolve(options.out);
  const staging = `${out}.building-${process.pid}`;
  rmSync(staging, {recursive: true, force: true});
  log(`Release of ${library.lessons.length} lessons and ${library.tracks.length} tracks into ${options.out}`);
  try {
    // The playable folders, then every format as a download.
    writeOutputs(staging, plan(sources, ['web', 'embed']));
    const sizes = new Map<string, number>();
    for (const source of sources) {
      for (const [format] of RELEASE_DOWNLOADS) {
        const path = `download/${downloadName(source, format)}`;
        const bytes = zip(packageFiles(source, format));
        write(staging, path, bytes);
        sizes.set(path, bytes.length);
      }
    }
    log(`  ${sizes.size} downloads`);
    const docs = docPages(root);
    for (const doc of docs) write(staging, doc.path, docPage(doc));
    const pdfs = options.pdf ? await printPdfs(staging, sources, docs, log) : [];
    if (!options.pdf) log('  PDFs skipped (--no-pdf)');
    const pages = sitePages({sources, docs, pdfs, sizes});
    for (const [path, html] of pages) write(staging, path, html);
    log(`  ${pages.size} pages`);
    const sums = files(staging)
      .filter((f) => f.startsWith('download/') || f.startsWith('pdf/'))
      .map((f) => `${createHash('sha256').update(readFileSync(join(staging, f))).digest('hex')}  ${f}`);
    write(staging, 'SHA256SUMS', `${sums.join('\n')}\n`);
    rmSync(out, {recursive: true, force: true});
    renameSync(staging, out);
  } finally {
    rmSync(staging, {recursive: true, force: true});
  }
  log(`Done in ${((Date.now() - started) / 1000).toFixed(1)} s: ${options.out}/index.html`);
  return 0;
}
