/**
 * `upstander validate [paths…] [--lang nl|en]`: checks lesson and track files and prints every problem
 * as `file:line:column json.path message`. Exit code 0 when every file is fine, 1 otherwise. Reads
 * only; writes nothing. The checks themselves live in @upstander/schema (checkFiles); this file finds
 * the files, reads them and prints.
 */
import {readFileSync, readdirSync, statSync} from 'node:fs';
import {isAbsolute, join, relative, resolve} from 'node:path';
import {isSuperseded, kerndoel} from '@upstander/curriculum';
import {MAX_FILE_BYTES, checkFiles, compareProblems, formatProblem} from '@upstander/schema';
import {namesTrack} from './discover.js';
import type {KerndoelLookup, Lang, Problem, ProblemCode, SourceFile} from '@upstander/schema';

/** The kerndoelen from @upstander/curriculum, as the validator needs them. */
export const curriculumLookup: KerndoelLookup = (id) => {
  const goal = kerndoel(id);
  return goal && {level: goal.level, superseded: isSuperseded(goal)};
};

/** Folders checked when no paths are given (the ones that exist; `lessons` always). */
export const DEFAULT_PATHS = ['lessons', 'tracks'];

export interface ValidateOptions {
  lang: Lang;
  /** File names in messages are relative to this folder. Default: the working directory. */
  cwd?: string;
  /** Folders where the lessons of a named track are looked up (see discover.ts); read only when a track is named. */
  lessonFolders?: readonly string[];
}

export interface ValidateResult {
  problems: Problem[];
  /** How many files were checked. */
  files: number;
}

const problemAt = (file: string, code: ProblemCode, params: Problem['params'] = {}): Problem => ({
  file,
  line: 1,
  column: 1,
  path: [],
  code,
  params,
});

const reason = (error: unknown): string =>
  (error as NodeJS.ErrnoException | undefined)?.code ?? (error instanceof Error ? error.message : String(error));

/** Every *.json file under the given files or folders (skipping node_modules and hidden folders), sorted. */
function findFiles(paths: readonly string[], show: (path: string) => string, problems: Problem[]): string[] {
  const found: string[] = [];
  const walk = (path: string, named: boolean) => {
    let stat;
    try {
      stat = statSync(path);
    } catch (error) {
      // A path on the command line that is not there; anything else (a dangling link in a folder…) cannot be read.
      problems.push(problemAt(show(path), named && reason(error) === 'ENOENT' ? 'path-not-found' : 'file-unreadable', {reason: reason(error)}));
      return;
    }
    if (stat.isDirectory()) {
      let names: string[];
      try {
        names = readdirSync(path).sort();
      } catch (error) {
        problems.push(problemAt(show(path), 'file-unreadable', {reason: reason(error)}));
        return;
      }
      for (const name of names) {
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

/** Finds, reads and checks the files; returns the problems without printing them. */
export function validatePaths(paths: readonly string[], options: Pick<ValidateOptions, 'cwd' | 'lessonFolders'> = {}): ValidateResult {
  const cwd = options.cwd ?? process.cwd();
  const show = (path: string) => {
    const inside = relative(cwd, path);
    return inside && !inside.startsWith('..') && !isAbsolute(inside) ? inside : path;
  };
  const problems: Problem[] = [];
  const chosen = paths.length > 0 ? paths : DEFAULT_PATHS.filter((p, i) => i === 0 || statSync(resolve(cwd, p), {throwIfNoEntry: false}));
  const files = findFiles(chosen.map((p) => resolve(cwd, p)), show, problems);
  if (options.lessonFolders && namesTrack(files)) {
    const named = new Set(files);
    files.push(...findFiles(options.lessonFolders, show, problems).filter((f) => !named.has(f)));
  }
  if (files.length === 0 && problems.length === 0) problems.push(problemAt(chosen.join(', '), 'no-files'));
  const sources: SourceFile[] = [];
  for (const file of files) {
    try {
      const size = statSync(file).size;
      // A huge file is refused without reading it.
      if (size > MAX_FILE_BYTES) problems.push(problemAt(show(file), 'file-too-large', {size, max: MAX_FILE_BYTES}));
      else sources.push({name: show(file), bytes: readFileSync(file)});
    } catch (error) {
      problems.push(problemAt(show(file), 'file-unreadable', {reason: reason(error)}));
    }
  }
  let checked: Problem[];
  try {
    checked = checkFiles(sources, {kerndoel: curriculumLookup});
  } catch (error) {
    // Not expected (the property tests say so), but an author must never see a stack trace.
    checked = [problemAt(sources.map((s) => s.name).join(', '), 'internal-error', {reason: reason(error)})];
  }
  return {problems: [...problems, ...checked].sort(compareProblems), files: sources.length};
}

const SUMMARY = {
  nl: {
    ok: (files: number) => `${files} ${files === 1 ? 'bestand' : 'bestanden'} gecontroleerd: geen problemen.`,
    bad: (problems: number, files: number) =>
      `${problems} ${problems === 1 ? 'probleem' : 'problemen'} in ${files} ${files === 1 ? 'bestand' : 'bestanden'}.`,
  },
  en: {
    ok: (files: number) => `${files} ${files === 1 ? 'file' : 'files'} checked: no problems.`,
    bad: (problems: number, files: number) =>
      `${problems} ${problems === 1 ? 'problem' : 'problems'} in ${files} ${files === 1 ? 'file' : 'files'}.`,
  },
} as const;

/** Runs the command: prints every problem and a summary line; returns the exit code. */
export function validate(paths: readonly string[], options: ValidateOptions, print: (line: string) => void = console.log): number {
  const {problems, files} = validatePaths(paths, options);
  for (const problem of problems) print(formatProblem(problem, options.lang));
  const withProblems = new Set(problems.map((p) => p.file)).size;
  print(problems.length === 0 ? SUMMARY[options.lang].ok(files) : SUMMARY[options.lang].bad(problems.length, withProblems));
  return problems.length === 0 ? 0 : 1;
}
