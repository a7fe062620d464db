/**
 * Reads lessons and tracks for `build` and `serve`. Every file goes through the validator's checks
 * (checkFiles, with the kerndoelen from @upstander/curriculum) first, so a broken file gets exactly the
 * messages `upstander validate` prints (`file:line:column path message`); only then are the files
 * parsed (parseLesson, parseTrack: older versions are migrated) into the model.
 */
import {readFileSync, readdirSync, statSync} from 'node:fs';
import {isAbsolute, join, relative, resolve} from 'node:path';
import {MAX_FILE_BYTES, checkFiles, documentKind, formatProblem, parseLesson, parseTrack} from '@upstander/schema';
import type {Lang, Lesson, Problem, SourceFile, Track} from '@upstander/schema';
import {namesTrack} from './discover.js';
import {curriculumLookup} from './validate.js';

/** Folders read when no paths are given; `lessons` must exist, `tracks` may. */
export const DEFAULT_SOURCES = ['lessons', 'tracks'];

/** Every *.json file under the given files or folders (skipping node_modules and hidden folders), sorted. */
export function findLessonFiles(paths: readonly string[]): string[] {
  const found: string[] = [];
  const walk = (path: string, named: boolean) => {
    let stat;
    try {
      stat = statSync(path);
    } catch {
      throw new LessonFileError(`${path}: no such file or folder`);
    }
    if (stat.isDirectory()) {
      for (const name of readdirSync(path).sort()) {
        if (name === 'node_modules' || name.startsWith('.')) continue;
        walk(join(path, name), false);
      }
    } else if (named || path.toLowerCase().endsWith('.json')) {
      found.push(path);
    }
  };
  for (const path of paths) walk(path, true);
  return [...new Set(found)];
}

/** Lesson or track files that could not be used: the message lists every problem, one per line. */
export class LessonFileError extends Error {
  readonly problems: Problem[];
  constructor(message: string, problems: Problem[] = []) {
    super(message);
    this.problems = problems;
  }
}

export interface Library {
  lessons: Lesson[];
  tracks: Track[];
  /** Lessons read from the lesson folders only because a track needs them: available to tracks, not built on their own. */
  supporting?: Lesson[];
}

export interface LoadOptions {
  /** The language of problem messages. Default nl. */
  lang?: Lang;
  /** Folders where the lessons of a named track are looked up (see discover.ts); read only when a track is named. */
  lessonFolders?: readonly string[];
}

const SUMMARY = {
  nl: (n: number) => `${n} ${n === 1 ? 'probleem' : 'problemen'}: los ${n === 1 ? 'het' : 'ze'} op en probeer het opnieuw (upstander validate toont hetzelfde).`,
  en: (n: number) => `${n} ${n === 1 ? 'problem' : 'problems'}: fix ${n === 1 ? 'it' : 'them'} and try again (upstander validate shows the same).`,
} as const;

/**
 * Reads and checks the given files and folders (default: lessons and, when it exists, tracks). Throws
 * a LessonFileError listing every problem when any file has one; nothing is half-read.
 */
export function loadLibrary(paths: readonly string[], options: LoadOptions = {}): Library {
  const lang = options.lang ?? 'nl';
  const chosen = paths.length > 0 ? paths : DEFAULT_SOURCES.filter((p, i) => i === 0 || statSync(p, {throwIfNoEntry: false}));
  const files = findLessonFiles(chosen);
  if (files.length === 0) throw new LessonFileError(`No lesson or track files (*.json) found in ${chosen.join(', ')}.`);
  const named = new Set(files.map((f) => resolve(f)));
  const extra = options.lessonFolders && namesTrack(files) ? findLessonFiles(options.lessonFolders).filter((f) => !named.has(resolve(f))) : [];
  const supportingFiles = new Set(extra);
  files.push(...extra);
  // Names as `upstander validate` shows them: relative to the working directory when inside it.
  const show = (file: string) => {
    const inside = relative(process.cwd(), resolve(file));
    return inside && !inside.startsWith('..') && !isAbsolute(inside) ? inside : file;
  };
  const sources: SourceFile[] = files.map((file) => {
    const size = statSync(file).size;
    if (size > MAX_FILE_BYTES) throw new LessonFileError(`${show(file)}: ${size} bytes, more than the ${MAX_FILE_BYTES} a lesson file may have`);
    return {name: show(file), bytes: readFileSync(file)};
  });
  const problems = checkFiles(sources, {kerndoel: curriculumLookup});
  if (problems.length > 0) {
    throw new LessonFileError([...problems.map((p) => formatProblem(p, lang)), SUMMARY[lang](problems.length)].join('\n'), problems);
  }
  const library: Library = {lessons: [], tracks: [], supporting: []};
  sources.forEach((source, i) => {
    const data = JSON.parse(new TextDecoder().decode(source.bytes)) as Record<string, unknown>;
    if (documentKind(data) === 'track') library.tracks.push(unwrap(parseTrack(data), source.name));
    else (supportingFiles.has(files[i]!) ? library.supporting! : library.lessons).push(unwrap(parseLesson(data), source.name));
  });
  return library;
}

function unwrap<T>(result: {success: true; data: T} | {success: false; error: {message: string}}, file: string): T {
  // checkFiles found no problem, so parsing succeeds; this only guards against the two disagreeing.
  if (!result.success) throw new LessonFileError(`${file}: ${result.error.message}`);
  return result.data;
}

/** Reads, checks and parses one lesson file (see loadLibrary). */
export function loadLesson(file: string, options: LoadOptions = {}): Lesson {
  const {lessons} = loadLibrary([file], options);
  if (lessons.length !== 1) throw new LessonFileError(`${file}: not a lesson`);
  return lessons[0]!;
}
