/**
 * Rules that need more than one file, or the kerndoelen: duplicate ids, tracks that name missing
 * lessons, declared translations that do not exist, and kerndoel references. They read the raw
 * documents defensively, so they also work on a file that has other problems: a lesson with a typo
 * in one activity still counts as existing for the tracks that name it.
 */
import type {JsonPath} from './common.js';
import type {Finding} from './issues.js';
import {term} from './messages.js';
import type {DocumentKind, JsonObject} from './migrate.js';

/** What the validator needs to know about one kerndoel. */
export interface KerndoelInfo {
  level: 'po' | 'vo';
  /** A superseded goal (the March 2024 concept goals) may not be used in a lesson. */
  superseded: boolean;
}

/** Looks a kerndoel up by id; @upstander/curriculum provides the real one (see the CLI). */
export type KerndoelLookup = (id: string) => KerndoelInfo | undefined;

export interface Document {
  file: string;
  kind: DocumentKind;
  /** The document after migration to the current version. */
  data: JsonObject;
}

export interface FileFinding extends Finding {
  file: string;
}

const str = (value: unknown): string | undefined => (typeof value === 'string' ? value : undefined);
const list = (value: unknown): unknown[] => (Array.isArray(value) ? value : []);

/** The findings that involve more than one file or the kerndoelen. */
export function crossFileFindings(documents: readonly Document[], kerndoel?: KerndoelLookup): FileFinding[] {
  const findings: FileFinding[] = [];
  const add = (file: string, finding: Finding) => findings.push({file, ...finding});

  const lessons = documents.filter((d) => d.kind === 'lesson');
  const tracks = documents.filter((d) => d.kind === 'track');

  // Lesson ids are unique per language: translations share an id.
  const lessonFiles = new Map<string, string>();
  const lessonIds = new Set<string>();
  for (const doc of lessons) {
    const id = str(doc.data['id']);
    const language = str(doc.data['language']);
    if (id === undefined) continue;
    lessonIds.add(id);
    if (language === undefined) continue;
    const key = JSON.stringify([id, language]);
    const other = lessonFiles.get(key);
    if (other !== undefined) add(doc.file, {code: 'duplicate-lesson-id', path: ['id'], params: {id, language, other}});
    else lessonFiles.set(key, doc.file);
  }

  const trackFiles = new Map<string, string>();
  for (const doc of tracks) {
    const id = str(doc.data['id']);
    if (id === undefined) continue;
    const other = trackFiles.get(id);
    if (other !== undefined) add(doc.file, {code: 'duplicate-track-id', path: ['id'], params: {id, other}});
    else trackFiles.set(id, doc.file);
  }

  for (const doc of tracks) {
    list(doc.data['lessons']).forEach((entry, i) => {
      if (typeof entry !== 'object' || entry === null) return;
      const refs: [unknown, JsonPath][] = [[(entry as JsonObject)['lesson'], ['lessons', i, 'lesson']]];
      list((entry as JsonObject)['variants']).forEach((v, j) => refs.push([v, ['lessons', i, 'variants', j]]));
      for (const [ref, path] of refs) {
        const id = str(ref);
        if (id !== undefined && !lessonIds.has(id)) add(doc.file, {code: 'track-lesson-missing', path, params: {id}});
      }
    });
  }

  for (const doc of lessons) {
    const id = str(doc.data['id']);
    const own = str(doc.data['language']);
    if (id === undefined) continue;
    list(doc.data['translations']).forEach((value, i) => {
      const language = str(value);
      if (language === undefined || language === own) return;
      if (!lessonFiles.has(JSON.stringify([id, language]))) {
        add(doc.file, {code: 'translation-missing', path: ['translations', i], params: {id, language}});
      }
    });
  }

  if (kerndoel) {
    for (const doc of lessons) {
      const audience = str(doc.data['audience']);
      const expected = audience === 'po' ? 'po' : audience === 'vo' || audience === 'jongerenwerk' ? 'vo' : undefined;
      list(doc.data['kerndoelen']).forEach((value, i) => {
        const id = str(value);
        if (id === undefined) return;
        const path = ['kerndoelen', i];
        const goal = kerndoel(id);
        if (!goal) add(doc.file, {code: 'kerndoel-unknown', path, params: {id}});
        else if (goal.superseded) add(doc.file, {code: 'kerndoel-superseded', path, params: {id}});
        else if (expected !== undefined && goal.level !== expected) {
          add(doc.file, {code: 'kerndoel-wrong-level', path, params: {id, level: term(goal.level), audience: term(audience as 'po' | 'vo' | 'jongerenwerk'), expected: term(expected)}});
        }
      });
    }
  }
  return findings;
}
