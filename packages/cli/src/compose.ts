/**
 * `upstander new lesson|track <id>` scaffolds a valid file with its `$schema`; `upstander compose <id>`
 * creates or edits a track from chosen lessons (order, completion rule, variants). Both check what they
 * write with the validator's own checks (the lessons looked up as for `validate`) and write nothing
 * when there is a problem.
 */
import {existsSync, mkdirSync, readFileSync, writeFileSync} from 'node:fs';
import {dirname, relative, resolve, sep} from 'node:path';
import {fileURLToPath} from 'node:url';
import {parseArgs} from 'node:util';
import {checkFiles, composeTrack, formatProblem, parseCompletion} from '@upstander/schema';
import type {ComposeInput, Lang, TrackInput} from '@upstander/schema';
import {lessonFolders} from './discover.js';
import {findLessonFiles} from './lessons.js';
import {curriculumLookup} from './validate.js';

/** The folder of lesson.schema.json and track.schema.json (packages/schema). */
export const SCHEMA_DIR = fileURLToPath(new URL('../../schema/', import.meta.url));

/** `$schema` for a file written at `file`: a relative path to our schema, so editors complete it offline. */
export function schemaRef(file: string, kind: 'lesson' | 'track'): string {
  const path = relative(dirname(resolve(file)), resolve(SCHEMA_DIR, `${kind}.schema.json`));
  return path.split(sep).join('/');
}

export const NEW_HELP = `upstander new lesson|track <id> [options]

Writes a new, valid lesson or track file to start from, with its "$schema" so an editor completes it.
A lesson gets one information step and a facilitator guide of one part; a track gets the lessons you
name (or the first lesson found) and the completion rule "all". Change the texts, then run
"upstander validate".

Options:
  --out <file>          where to write (default <id>.json; never overwrites)
  --audience po|vo|jongerenwerk   for a lesson (default po)
  --title <text>        the title
  --lesson <id>         for a track: a lesson, in order (repeatable)
  --lessons <folder>    another folder to look lessons up in (repeatable)
  -h, --help            this help
`;

export const COMPOSE_HELP = `upstander compose <track id> [options]

Creates a track from chosen lessons, or edits the track file that is already there: what you give
replaces what it had, the rest stays. The result is checked like any track (its lessons looked up in
lessons/, --lessons folders and upstander.config.json); with a problem nothing is written.

Options:
  --lesson <id>         a lesson, in order (repeatable; replaces the track's lessons)
  --variant <id>=<id>   a lesson that may be played instead of another one in the track (repeatable)
  --rule <rule>         completion: all, count:<n> (any n lessons) or mastery:<percent>
  --title <text>        the title (default: the id)
  --summary <text>      the summary (default: the lessons and their total time)
  --out <file>          the track file (default tracks/<id>.json when tracks/ exists, else <id>.json)
  --lessons <folder>    another folder to look lessons up in (repeatable)
  --lang nl|en          language of problem messages (default nl)
  -h, --help            this help

Example: upstander compose mijn-lijn --lesson g78-online-respect --lesson g78-stop-en-denk --rule all
`;

interface Known {
  id: string;
  title: string;
  audience: 'po' | 'vo' | 'jongerenwerk';
  track: 'groep-7-8' | 'bewustwording' | 'actie';
  durationMinutes: number;
  file: string;
}

/** The lessons in these folders, read loosely (only what composing needs); broken files are skipped here and reported by the check. */
function knownLessons(folders: readonly string[]): Known[] {
  return findLessonFiles(folders).flatMap((file) => {
    try {
      const data = JSON.parse(readFileSync(file, 'utf8')) as Known & {steps?: unknown; language?: string};
      return data.steps && (data.language ?? 'nl') === 'nl' ? [{...data, file}] : [];
    } catch {
      return [];
    }
  });
}

/** Checks a file about to be written together with the lessons it may need; the problems, formatted. */
function check(file: string, data: unknown, folders: readonly string[], lang: Lang): string[] {
  const name = relative(process.cwd(), resolve(file)) || file;
  const others = findLessonFiles(folders).filter((f) => resolve(f) !== resolve(file));
  const sources = [{name, bytes: new TextEncoder().encode(JSON.stringify(data, null, 2))}, ...others.map((f) => ({name: relative(process.cwd(), f) || f, bytes: readFileSync(f)}))];
  return checkFiles(sources, {kerndoel: curriculumLookup}).map((p) => formatProblem(p, lang));
}

function write(file: string, data: unknown): void {
  mkdirSync(dirname(resolve(file)), {recursive: true});
  writeFileSync(file, `${JSON.stringify(data, null, 2)}\n`);
}

/** A lesson that validates: one information step, a guide of one part, a kerndoel of the audience's level. */
export function lessonScaffold(id: string, options: {audience?: string; title?: string; schema?: string}): Record<string, unknown> {
  const audience = options.audience ?? 'po';
  const vo = audience !== 'po';
  return {
    ...(options.schema !== undefined && {$schema: options.schema}),
    schemaVersion: 1,
    id,
    language: 'nl',
    dir: 'ltr',
    title: options.title ?? 'Nieuwe les',
    summary: 'Waar deze les over gaat, in twee of drie zinnen voor de leerkracht of jongerenwerker.',
    track: vo ? 'bewustwording' : 'groep-7-8',
    audience,
    durationMinutes: 45,
    goals: ['Ik kan uitleggen wat ik in deze les heb geleerd.'],
    kerndoelen: [vo ? 'BU-VO-19A' : 'BU-PO-19A-u3'],
    helpPoints: [],
    facilitatorGuide: {
      preparation: ['Speel de les een keer zelf door.'],
      materials: [],
      steps: [{title: 'De les', minutes: 45, do: 'Speel de les klassikaal op het digibord.', say: [], questions: [], lessonSteps: ['welkom']}],
      safety: ['Zegt iemand iets kwetsends, stop dan en bespreek het rustig.'],
      aftercare: 'Vraag na de les wie nog iets kwijt wil.',
    },
    steps: [{id: 'welkom', title: 'Welkom', activity: {type: 'information', body: 'Schrijf hier de eerste uitleg.'}}],
  };
}

function options(argv: readonly string[]) {
  return parseArgs({
    args: [...argv],
    allowPositionals: true,
    options: {
      out: {type: 'string'},
      audience: {type: 'string'},
      title: {type: 'string'},
      summary: {type: 'string'},
      lesson: {type: 'string', multiple: true},
      variant: {type: 'string', multiple: true},
      rule: {type: 'string'},
      lessons: {type: 'string', multiple: true},
      lang: {type: 'string', default: 'nl'},
      help: {type: 'boolean', short: 'h'},
    },
  });
}

const lang = (value: string): Lang => {
  if (value !== 'nl' && value !== 'en') throw new Error(`unknown language "${value}": use --lang nl or --lang en`);
  return value;
};

/** `upstander new …`; returns the exit code. */
export function newCommand(argv: readonly string[], print = console.log, printError = console.error): number {
  const {values, positionals} = options(argv);
  if (values.help) {
    print(NEW_HELP);
    return 0;
  }
  const [kind, id] = positionals;
  if ((kind !== 'lesson' && kind !== 'track') || !id) throw new Error('say what to make: "upstander new lesson <id>" or "upstander new track <id>"');
  const file = values.out ?? `${id}.json`;
  if (existsSync(file)) throw new Error(`${file} already exists; choose another --out or id`);
  const folders = lessonFolders(values.lessons);
  let data: unknown;
  if (kind === 'lesson') {
    const audience = values.audience ?? 'po';
    if (!['po', 'vo', 'jongerenwerk'].includes(audience)) throw new Error(`--audience must be po, vo or jongerenwerk, not "${audience}"`);
    data = lessonScaffold(id, {audience, ...(values.title !== undefined && {title: values.title}), schema: schemaRef(file, 'lesson')});
  } else {
    const known = knownLessons(folders);
    const chosen = values.lesson ?? (known[0] ? [known[0].id] : []);
    if (chosen.length === 0) throw new Error('no lessons found to put in the track; name one with --lesson <id>');
    data = composeTrack({id, ...(values.title !== undefined && {title: values.title}), lessons: chosen.map((lesson) => ({lesson})), schema: schemaRef(file, 'track')}, known);
  }
  const problems = check(file, data, kind === 'track' ? folders : [], lang(values.lang));
  if (problems.length > 0) {
    for (const p of problems) printError(p);
    return 1;
  }
  write(file, data);
  print(`Written: ${file}`);
  return 0;
}

/** `upstander compose …`; returns the exit code. */
export function composeCommand(argv: readonly string[], print = console.log, printError = console.error): number {
  const {values, positionals} = options(argv);
  if (values.help) {
    print(COMPOSE_HELP);
    return 0;
  }
  const [id] = positionals;
  if (!id) throw new Error('name the track: "upstander compose <track id> --lesson <id> …"');
  const file = values.out ?? (existsSync('tracks') ? `tracks/${id}.json` : `${id}.json`);
  const existing = existsSync(file) ? (JSON.parse(readFileSync(file, 'utf8')) as TrackInput) : undefined;
  const completion = values.rule === undefined ? existing?.completion : parseCompletion(values.rule);
  if (completion === undefined && values.rule !== undefined) throw new Error(`--rule must be all, count:<n> or mastery:<percent>, not "${values.rule}"`);
  const order = values.lesson ?? existing?.lessons.map((e) => e.lesson) ?? [];
  if (order.length === 0) throw new Error('name the lessons of the track with --lesson <id> (in order)');
  const variants = new Map<string, string[]>();
  for (const entry of existing?.lessons ?? []) if (entry.variants) variants.set(entry.lesson, [...entry.variants]);
  for (const pair of values.variant ?? []) {
    const [of, instead] = pair.split('=');
    if (!of || !instead || !order.includes(of)) throw new Error(`--variant must be <lesson in the track>=<other lesson>, not "${pair}"`);
    variants.set(of, [...(variants.get(of) ?? []), instead].filter((v, i, a) => a.indexOf(v) === i));
  }
  const input: ComposeInput = {
    id,
    lessons: order.map((lesson) => ({lesson, ...(variants.has(lesson) && {variants: variants.get(lesson)!})})),
    schema: existing?.$schema ?? schemaRef(file, 'track'),
    ...(completion && {completion}),
  };
  const title = values.title ?? existing?.title;
  const summary = values.summary ?? (values.lesson ? undefined : existing?.summary);
  if (title !== undefined) input.title = title;
  if (summary !== undefined) input.summary = summary;
  const folders = lessonFolders(values.lessons);
  const data = composeTrack(input, knownLessons(folders));
  const problems = check(file, data, folders, lang(values.lang));
  if (problems.length > 0) {
    for (const p of problems) printError(p);
    printError(`Nothing written: fix ${problems.length === 1 ? 'the problem' : `the ${problems.length} problems`} and try again.`);
    return 1;
  }
  write(file, data);
  const minutes = data.lessons.reduce((sum, e) => sum + (knownLessons(folders).find((l) => l.id === e.lesson)?.durationMinutes ?? 0), 0);
  print(`${existing ? 'Changed' : 'Written'}: ${file} (${data.lessons.length} lessons, ${minutes} minutes). Next: upstander coverage ${file}; upstander build --only ${id}`);
  return 0;
}
