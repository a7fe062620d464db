import {readFileSync, readdirSync, statSync} from 'node:fs';
import {join, relative} from 'node:path';
import {Lesson} from '@upstander/schema';

/** Every *.json lesson file under the given files or folders, sorted. */
export function findLessonFiles(paths: string[]): string[] {
  const found: string[] = [];
  const walk = (path: string) => {
    if (statSync(path).isDirectory()) {
      for (const name of readdirSync(path).sort()) walk(join(path, name));
    } else if (path.endsWith('.json')) {
      found.push(path);
    }
  };
  paths.forEach(walk);
  return found;
}

/** A lesson file that could not be read: says which file and what is wrong, in plain words. */
export class LessonFileError extends Error {}

/** Reads and validates one lesson file. Throws LessonFileError with every problem listed. */
export function loadLesson(file: string): Lesson {
  const where = relative(process.cwd(), file) || file;
  let data: unknown;
  try {
    data = JSON.parse(readFileSync(file, 'utf8'));
  } catch (error) {
    throw new LessonFileError(`${where}: not valid JSON (${error instanceof Error ? error.message : String(error)})`);
  }
  const result = Lesson.safeParse(data);
  if (!result.success) {
    const problems = result.error.issues.map((issue) => `  ${issue.path.join('.') || '(root)'}: ${issue.message}`);
    throw new LessonFileError(`${where}: not a valid lesson\n${problems.join('\n')}`);
  }
  return result.data;
}
