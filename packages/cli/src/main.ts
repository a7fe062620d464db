#!/usr/bin/env node
import {mkdirSync, renameSync, writeFileSync} from 'node:fs';
import {join} from 'node:path';
import {parseArgs} from 'node:util';
import {buildScorm12, lessonFiles, scorm12Files} from '@upstander/packager';
import type {Lesson} from '@upstander/schema';
import {LessonFileError, findLessonFiles, loadLesson} from './lessons.js';
import {cataloguePage} from './pages.js';
import {previewLmsMounts} from './preview.js';
import {memory, startServer} from './server.js';
import type {Resolver} from './server.js';
import {validate} from './validate.js';

const HELP = `upstander — build and preview Upstander lessons

Usage:
  upstander build [paths…] [--out dist/packages]   write a SCORM 1.2 zip for every lesson
  upstander serve [paths…] [--port 8000]           serve the demo: every lesson standalone and in a preview LMS
  upstander validate [paths…] [--lang nl|en]       check lesson and track files; print every problem (default: lessons, tracks)
  upstander --help

paths are lesson files or folders (default: lessons).
`;

function loadAll(paths: string[]): Lesson[] {
  const files = findLessonFiles(paths.length > 0 ? paths : ['lessons']);
  if (files.length === 0) throw new LessonFileError(`No lesson files (*.json) found in ${paths.join(', ') || 'lessons'}.`);
  return files.map(loadLesson);
}

function build(paths: string[], out: string): void {
  mkdirSync(out, {recursive: true});
  for (const lesson of loadAll(paths)) {
    const target = join(out, `${lesson.id}-scorm12.zip`);
    // Written beside the target, then renamed: a failed build never leaves half a zip behind.
    writeFileSync(`${target}.partial`, buildScorm12(lesson));
    renameSync(`${target}.partial`, target);
    console.log(`built ${target}`);
  }
}

const toMap = (files: {path: string; data: Uint8Array}[]) => new Map(files.map((f) => [f.path, f.data]));

async function serve(paths: string[], port: number): Promise<void> {
  const lessons = loadAll(paths);
  const mounts: Record<string, Resolver> = {
    ...previewLmsMounts(),
    '/': memory(new Map([['index.html', new TextEncoder().encode(cataloguePage(lessons))]])),
  };
  const downloads = new Map<string, Uint8Array>();
  for (const lesson of lessons) {
    mounts[`/web/${lesson.id}/`] = memory(toMap(lessonFiles(lesson)));
    mounts[`/scorm12/${lesson.id}/`] = memory(toMap(scorm12Files(lesson)));
    downloads.set(`${lesson.id}-scorm12.zip`, buildScorm12(lesson));
  }
  mounts['/download/'] = memory(downloads);
  const server = await startServer(mounts, port);
  console.log(`Upstander demo: ${server.url}/  (${lessons.length} lesson${lessons.length === 1 ? '' : 's'}; Ctrl+C stops)`);
}

async function main(argv: string[]): Promise<number> {
  const {values, positionals} = parseArgs({
    args: argv,
    allowPositionals: true,
    options: {
      out: {type: 'string', default: join('dist', 'packages')},
      port: {type: 'string', default: process.env['PORT'] ?? '8000'},
      help: {type: 'boolean', short: 'h'},
      lang: {type: 'string', default: 'nl'},
    },
  });
  const [command, ...paths] = positionals;
  if (values.help || !command) {
    console.log(HELP);
    return values.help ? 0 : 1;
  }
  if (command === 'build') build(paths, values.out);
  else if (command === 'serve') await serve(paths, Number(values.port));
  else if (command === 'validate') {
    if (values.lang !== 'nl' && values.lang !== 'en') {
      console.error(`Unknown language "${values.lang}": use --lang nl or --lang en.`);
      return 1;
    }
    return validate(paths, {lang: values.lang});
  } else {
    console.error(`Unknown command "${command}".\n\n${HELP}`);
    return 1;
  }
  return 0;
}

main(process.argv.slice(2)).then(
  (code) => code && process.exit(code),
  (error: unknown) => {
    console.error(error instanceof LessonFileError || error instanceof Error ? `upstander: ${error.message}` : error);
    process.exit(1);
  },
);
