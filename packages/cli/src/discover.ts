/**
 * Where the lessons a track names are found without being told: our `lessons` folder, folders given
 * with `--lessons DIR` (repeatable), and folders listed in `upstander.config.json` in the working
 * directory (`{"lessons": ["../my-lessons"]}`, relative to that file). A custom lesson folder is read
 * and checked exactly like ours.
 */
import {existsSync, readFileSync, statSync} from 'node:fs';
import {dirname, resolve} from 'node:path';
import {documentKind} from '@upstander/schema';

export const CONFIG_FILE = 'upstander.config.json';

/** The extra lesson folders of the configuration file, if there is one. */
export function configLessonFolders(cwd = process.cwd()): string[] {
  const file = resolve(cwd, CONFIG_FILE);
  if (!existsSync(file)) return [];
  let config: unknown;
  try {
    config = JSON.parse(readFileSync(file, 'utf8'));
  } catch (error) {
    throw new Error(`${CONFIG_FILE}: not valid JSON (${(error as Error).message})`);
  }
  const lessons = (config as {lessons?: unknown}).lessons;
  if (lessons === undefined) return [];
  if (!Array.isArray(lessons) || lessons.some((l) => typeof l !== 'string')) throw new Error(`${CONFIG_FILE}: "lessons" must be a list of folder names`);
  return (lessons as string[]).map((l) => resolve(dirname(file), l));
}

/** Every folder lessons are looked up in: ours (when it exists), then --lessons folders, then the configuration's. */
export function lessonFolders(extra: readonly string[] = [], cwd = process.cwd()): string[] {
  const ours = resolve(cwd, 'lessons');
  const all = [...(existsSync(ours) ? [ours] : []), ...extra.map((f) => resolve(cwd, f)), ...configLessonFolders(cwd)];
  for (const folder of all) {
    if (!statSync(folder, {throwIfNoEntry: false})?.isDirectory()) throw new Error(`${folder}: no such lesson folder`);
  }
  return [...new Set(all)];
}

/** Whether any of these files is a track (then its lessons must be looked up). */
export function namesTrack(files: readonly string[]): boolean {
  return files.some((file) => {
    try {
      return documentKind(JSON.parse(readFileSync(file, 'utf8')) as Record<string, unknown>) === 'track';
    } catch {
      return false;
    }
  });
}
