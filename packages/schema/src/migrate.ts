/**
 * Format versions. Every lesson and track names its `schemaVersion`; a file written for an older
 * version is brought up to date by pure migration steps, one per version, before it is validated.
 * Adding version N+1 means: raise SCHEMA_VERSION, register a step `from: N` for lessons and tracks,
 * and add a fixture test for it. Old files keep working; the validator asks authors to update them.
 */
import {z} from 'zod';
import {SCHEMA_VERSION} from './common.js';
import {Lesson} from './lesson.js';
import {message} from './messages.js';
import {Track} from './track.js';

export type JsonObject = {[key: string]: unknown};
export type DocumentKind = 'lesson' | 'track';

/** One step: turns a document of version `from` into version `from + 1`. Pure: never changes its input. */
export interface Migration {
  from: number;
  /** What the step changes, for people reading the registry. */
  describe: string;
  up(document: Readonly<JsonObject>): JsonObject;
}

/** Version 0 is a draft written before `schemaVersion` existed; 0 → 1 only adds the version. */
const addSchemaVersion: Migration = {
  from: 0,
  describe: 'drafts without schemaVersion get "schemaVersion": 1 (right after "$schema", if any)',
  up(document) {
    const {$schema, ...rest} = document;
    return $schema === undefined ? {schemaVersion: 1, ...rest} : {$schema, schemaVersion: 1, ...rest};
  },
};

/** The migration steps per document kind, keyed by the version they start from. */
export const MIGRATIONS: Readonly<Record<DocumentKind, readonly Migration[]>> = {
  lesson: [addSchemaVersion],
  track: [addSchemaVersion],
};

/** The version a document declares: 0 when it names none, null when `schemaVersion` is not a whole number ≥ 0. */
export function documentVersion(document: Readonly<JsonObject>): number | null {
  const version = document['schemaVersion'];
  if (version === undefined) return 0;
  return typeof version === 'number' && Number.isInteger(version) && version >= 0 ? version : null;
}

export type MigrationResult =
  | {ok: true; document: JsonObject; from: number; applied: Migration[]}
  | {ok: false; reason: 'too-new' | 'invalid' | 'no-step'; version: unknown};

/**
 * Brings a document up to `target` with the registered steps. A document already at `target` comes
 * back as is; one with a version newer than `target`, or not a whole number, is refused.
 */
export function migrate(
  document: Readonly<JsonObject>,
  steps: readonly Migration[],
  target: number = SCHEMA_VERSION,
): MigrationResult {
  const from = documentVersion(document);
  if (from === null) return {ok: false, reason: 'invalid', version: document['schemaVersion']};
  if (from > target) return {ok: false, reason: 'too-new', version: from};
  let current: JsonObject = document;
  const applied: Migration[] = [];
  for (let version = from; version < target; version++) {
    const step = steps.find((s) => s.from === version);
    if (!step) return {ok: false, reason: 'no-step', version};
    current = step.up(current);
    applied.push(step);
  }
  return {ok: true, document: current, from, applied};
}

const isObject = (value: unknown): value is JsonObject =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

function parseWith<T extends z.ZodType>(schema: T, kind: DocumentKind, data: unknown): z.ZodSafeParseResult<z.output<T>> {
  if (isObject(data)) {
    const result = migrate(data, MIGRATIONS[kind]);
    if (result.ok) return schema.safeParse(result.document) as z.ZodSafeParseResult<z.output<T>>;
    if (result.reason === 'too-new') {
      const params = {version: String(result.version), current: SCHEMA_VERSION};
      const issue = {code: 'custom' as const, path: ['schemaVersion'], input: result.version, message: message('schema-version-too-new', 'nl', params), params: {...params, rule: 'schema-version-too-new'}};
      return {success: false, error: new z.ZodError([issue]) as z.ZodError<z.output<T>>};
    }
  }
  return schema.safeParse(data) as z.ZodSafeParseResult<z.output<T>>;
}

/** Reads a lesson of any known version: migrates it, then validates it against the current schema. */
export const parseLesson = (data: unknown): z.ZodSafeParseResult<Lesson> => parseWith(Lesson, 'lesson', data);

/** Reads a track of any known version: migrates it, then validates it against the current schema. */
export const parseTrack = (data: unknown): z.ZodSafeParseResult<Track> => parseWith(Track, 'track', data);
