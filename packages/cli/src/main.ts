#!/usr/bin/env node
import {existsSync} from 'node:fs';
import {join, resolve} from 'node:path';
import {parseArgs} from 'node:util';
import {FORMATS, FORMAT_DESCRIPTIONS, parseFormats, plan, writeOutputs} from '@upstander/packager';
import type {SourceOptions} from '@upstander/packager';
import type {Lang} from '@upstander/schema';
import {composeCommand, newCommand} from './compose.js';
import {COVERAGE_HELP, coverageCommand} from './coverage.js';
import {demoMounts, librarySources} from './demo.js';
import {lessonFolders} from './discover.js';
import {reportCommand} from './report.js';
import {DEFAULT_SOURCES, LessonFileError, loadLibrary} from './lessons.js';
import type {PreviewLrs} from './preview.js';
import {RELEASE_HELP, release} from './release/release.js';
import {startServer} from './server.js';
import {validate} from './validate.js';

const DEFAULT_OUT = join('dist', 'packages');

const HELP = {
  main: `upstander — build, preview and check Upstander lessons and tracks

Usage:
  upstander build [paths…]      write every package of every lesson and track
  upstander coverage <paths…>   which kerndoelen lessons and tracks serve, and which they leave open
  upstander new lesson|track <id>   a new, valid lesson or track file to start from
  upstander report --lrs <url>  progress per class, lesson, question and kerndoel from an LRS (xAPI)
  upstander release             the site, every package and every guide as PDF, in one folder (release/)
  upstander compose <track id>  create or edit a track from chosen lessons
  upstander serve [paths…]      the demo: every lesson and track playable, and in a preview LMS
  upstander validate [paths…]   check lesson and track files; print every problem
  upstander <command> --help    what a command does and its options

paths are lesson or track files, or folders (default: lessons and tracks).
`,
  build: `upstander build [paths…] [options]

Writes, for every lesson and every track, the packages in the chosen formats:
${FORMATS.map((f) => `  ${f.padEnd(10)} ${FORMAT_DESCRIPTIONS[f]}`).join('\n')}
Zips are <name>-<format>.zip; folders are web/<name>/ and embed/<name>/. <name> is the lesson or track
id (with .en for an English lesson). The files are checked first, as "upstander validate" does; all
packages are built in a staging folder and only then moved into place, so a failed build changes nothing.

Options:
  --out <folder>        where to write (default ${DEFAULT_OUT})
  --format <list>       comma-separated formats (default: all): ${FORMATS.join(',')}
  --mastery <percent>   pass mark for lessons with scored questions (0-100). Without it lessons are
                        completed, never passed or failed (a track with a "mastery" rule uses its own)
  --xapi-endpoint <url> an LRS the web folder's pages send xAPI statements to, under each learner's
                        random pseudonym. Its Authorization header value (e.g. "Basic …") is read from
                        the environment variable UPSTANDER_XAPI_AUTH; it is visible to anyone who can
                        open the pages, so use credentials that may only write statements.
                        Without it the web folder keeps progress in the browser only.
  --only <id>           build only the lesson or track with this id
  --lessons <folder>    another folder to look up the lessons of a track in (repeatable; see docs/composing.md)
  --lang nl|en          language of problem messages (default nl)
  -h, --help            this help

paths are lesson or track files, or folders (default: lessons and tracks). A track's lessons are found
in lessons/, in --lessons folders and in the folders "lessons" lists in upstander.config.json.
`,
  coverage: COVERAGE_HELP,
  release: RELEASE_HELP,
  serve: `upstander serve [paths…] [options]

Serves the demo on this machine: a catalogue of every lesson and track, each playable on its own,
embedded in a web page, and launched from its SCORM 1.2 or SCORM 2004 package in a preview LMS
(scorm-again) that shows live what the LMS receives, or from its xAPI or cmi5 package with a local
LRS that shows the statements as they arrive. Every package can be downloaded. The files are checked
first, as "upstander validate" does. "npm start" runs this after "npm run build".

Options:
  --port <number>       port on 127.0.0.1 (default 8000, or $PORT)
  --mastery <percent>   as for build
  --xapi-endpoint <url> as for build
  --lessons <folder>    another lesson folder for the catalogue (repeatable; checked like ours)
  --lang nl|en          language of problem messages (default nl)
  -h, --help            this help
`,
  validate: `upstander validate [paths…] [options]

Checks lesson and track files and prints every problem as file:line:column json.path message.
Exit code 0 when every file is fine, 1 otherwise. Writes nothing.

Options:
  --lessons <folder>    another folder to look up the lessons of a track in (repeatable)
  --lang nl|en          language of the messages (default nl)
  -h, --help            this help

paths are lesson or track files, or folders (default: lessons and tracks).
`,
} as const;

/** A mistake on the command line: printed with a pointer to the command's help. */
class UsageError extends Error {}

const hint = (command?: string) => `Run "upstander ${command ? `${command} ` : ''}--help" for the options.`;

function language(value: string): Lang {
  if (value !== 'nl' && value !== 'en') throw new UsageError(`Unknown language "${value}": use --lang nl or --lang en.`);
  return value;
}

function sourceOptions(values: {mastery?: string; 'xapi-endpoint'?: string}): SourceOptions {
  const options: SourceOptions = {};
  const {mastery} = values;
  if (mastery !== undefined) {
    const score = Number(mastery);
    if (mastery.trim() === '' || !Number.isFinite(score) || score < 0 || score > 100) {
      throw new UsageError(`--mastery must be a percentage from 0 to 100, not "${mastery}".`);
    }
    options.masteryScore = score;
  }
  const endpoint = values['xapi-endpoint'];
  if (endpoint !== undefined) {
    if (!URL.canParse(endpoint) || !/^https?:$/.test(new URL(endpoint).protocol)) {
      throw new UsageError(`--xapi-endpoint must be an http(s) URL, not "${endpoint}".`);
    }
    const auth = process.env['UPSTANDER_XAPI_AUTH'];
    options.xapi = auth ? {endpoint, auth} : {endpoint};
  }
  return options;
}

function build(
  paths: string[],
  values: {out?: string; format?: string; mastery?: string; 'xapi-endpoint'?: string; lang: string; only?: string; lessons?: string[]},
): number {
  const started = Date.now();
  let formats;
  try {
    formats = parseFormats(values.format ?? FORMATS.join(','));
  } catch (error) {
    throw new UsageError(`--format: ${(error as Error).message}`);
  }
  const options = sourceOptions(values);
  const library = loadLibrary(paths, {lang: language(values.lang), lessonFolders: lessonFolders(values.lessons)});
  let sources = librarySources(library, options);
  if (values.only !== undefined) {
    sources = sources.filter((s) => s.info.id === values.only);
    if (sources.length === 0) throw new UsageError(`--only: no lesson or track "${values.only}" in ${paths.join(', ') || 'lessons, tracks'}.`);
  }
  const outputs = plan(sources, formats);
  const out = resolve(values.out ?? DEFAULT_OUT);
  console.log(
    `Building ${outputs.length} package${outputs.length === 1 ? '' : 's'} (${library.lessons.length} lesson${library.lessons.length === 1 ? '' : 's'}, ${library.tracks.length} track${library.tracks.length === 1 ? '' : 's'}; ${formats.join(', ')}) into ${values.out ?? DEFAULT_OUT}`,
  );
  const width = String(outputs.length).length;
  writeOutputs(out, outputs, {
    onBuilt: (output, i, total) => console.log(`  [${String(i + 1).padStart(width)}/${total}] ${output.path}${output.kind === 'folder' ? '/' : ''}`),
  });
  console.log(`Done in ${((Date.now() - started) / 1000).toFixed(1)} s: ${values.out ?? DEFAULT_OUT}`);
  return 0;
}

async function serve(paths: string[], values: {port: string; mastery?: string; 'xapi-endpoint'?: string; lang: string; lessons?: string[]}): Promise<number> {
  const port = Number(values.port);
  if (!Number.isInteger(port) || port < 0 || port > 65535) throw new UsageError(`--port must be a port number, not "${values.port}".`);
  // Without paths: ours and every custom lesson folder (--lessons, upstander.config.json), all in the catalogue.
  const chosen = paths.length > 0 ? paths : [...new Set([...lessonFolders(values.lessons), ...DEFAULT_SOURCES.filter((p) => existsSync(p)).map((p) => resolve(p))])];
  const library = loadLibrary(chosen, {lang: language(values.lang), lessonFolders: lessonFolders(values.lessons)});
  const sources = librarySources(library, sourceOptions(values));
  const lrs = await previewLrs();
  const server = await startServer(demoMounts(sources, {library, ...(lrs && {lrs})}), port);
  const count = (n: number, one: string, many: string) => `${n} ${n === 1 ? one : many}`;
  console.log(
    `Upstander demo: ${server.url}/  (${count(library.lessons.length, 'lesson', 'lessons')}, ${count(library.tracks.length, 'track', 'tracks')}; Ctrl+C stops)`,
  );
  return 0;
}

/**
 * The LRS behind the xAPI and cmi5 previews: the project's test LRS (tests/lrs), in this process on
 * 127.0.0.1. Without it (a copy of the CLI without tests/) the demo offers the SCORM previews only.
 */
async function previewLrs(): Promise<PreviewLrs | undefined> {
  try {
    const {startLrs} = (await import('../../../tests/lrs/lrs.js')) as {startLrs(): Promise<PreviewLrs>};
    return await startLrs();
  } catch {
    return undefined;
  }
}

const COMMANDS = ['build', 'coverage', 'release', 'serve', 'validate'] as const;
type Command = (typeof COMMANDS)[number];

async function main(argv: string[]): Promise<number> {
  const [command] = argv;
  // Commands that read their own options (compose.ts).
  if (command === 'new') return newCommand(argv.slice(1));
  if (command === 'compose') return composeCommand(argv.slice(1));
  if (command === 'report') return reportCommand(argv.slice(1));
  const known = (COMMANDS as readonly string[]).includes(command ?? '') ? (command as Command) : undefined;
  let parsed;
  try {
    parsed = parseArgs({
      args: known ? argv.slice(1) : argv,
      allowPositionals: true,
      options: {
        out: {type: 'string'},
        'no-pdf': {type: 'boolean'},
        format: {type: 'string'},
        only: {type: 'string'},
        lessons: {type: 'string', multiple: true},
        mastery: {type: 'string'},
        'xapi-endpoint': {type: 'string'},
        port: {type: 'string', default: process.env['PORT'] ?? '8000'},
        lang: {type: 'string', default: 'nl'},
        help: {type: 'boolean', short: 'h'},
      },
    });
  } catch (error) {
    console.error(`upstander${known ? ` ${known}` : ''}: ${(error as Error).message}\n${hint(known)}`);
    return 1;
  }
  const {values, positionals} = parsed;
  if (values.help) {
    console.log(HELP[known ?? 'main']);
    return 0;
  }
  if (!known) {
    console.error(command && !command.startsWith('-') ? `upstander: unknown command "${command}".\n\n${HELP.main}` : HELP.main);
    return 1;
  }
  try {
    if (known === 'build') return build(positionals, values);
    if (known === 'serve') return await serve(positionals, values);
    if (known === 'release') {
      if (positionals.length > 0) throw new UsageError('release takes no paths: it releases lessons/ and tracks/.');
      return await release({out: values.out ?? 'release', pdf: !values['no-pdf'], lang: language(values.lang)});
    }
    if (known === 'coverage') return coverageCommand(positionals, {...values, lang: language(values.lang)}, lessonFolders(values.lessons));
    return validate(positionals, {lang: language(values.lang), lessonFolders: lessonFolders(values.lessons)});
  } catch (error) {
    if (error instanceof UsageError) {
      console.error(`upstander ${known}: ${error.message}\n${hint(known)}`);
      return 1;
    }
    throw error;
  }
}

main(process.argv.slice(2)).then(
  (code) => {
    if (code) process.exitCode = code;
  },
  (error: unknown) => {
    // Every failure ends with one clear message and a non-zero exit code, never a stack trace.
    console.error(error instanceof LessonFileError ? error.message : `upstander: ${error instanceof Error ? error.message : String(error)}`);
    process.exitCode = 1;
  },
);
