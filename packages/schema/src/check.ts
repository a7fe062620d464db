/**
 * The validator's core, without a file system: given the bytes of lesson and track files, it returns
 * every problem with its file, line, column and JSON path. It never throws on bad input; bytes that
 * are not UTF-8, malformed JSON, wrong types and unknown activities all become problems. The
 * `upstander validate` command reads the files, calls this and prints the result.
 */
import {SCHEMA_VERSION, formatPath} from './common.js';
import type {JsonPath} from './common.js';
import {findingsFor, pairTypos} from './issues.js';
import type {Finding} from './issues.js';
import {parseJson, positionAt} from './json-source.js';
import type {JsonSource, Position} from './json-source.js';
import {Lesson} from './lesson.js';
import {message} from './messages.js';
import type {Lang, Params, ProblemCode} from './messages.js';
import {MIGRATIONS, migrate} from './migrate.js';
import type {DocumentKind, JsonObject} from './migrate.js';
import {crossFileFindings} from './rules.js';
import type {Document, KerndoelLookup} from './rules.js';
import {Track} from './track.js';

export interface SourceFile {
  /** The name shown in messages, usually the path relative to the working directory. */
  name: string;
  bytes: Uint8Array;
}

export interface Problem extends Position {
  file: string;
  path: JsonPath;
  code: ProblemCode;
  params: Params;
}

export interface CheckOptions {
  /** Checks kerndoel references when given. */
  kerndoel?: KerndoelLookup;
  /** Larger files are refused before parsing. */
  maxBytes?: number;
}

/** No lesson comes near this; the largest is about 40 kB. */
export const MAX_FILE_BYTES = 1_000_000;

const isObject = (value: unknown): value is JsonObject =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

/**
 * Lesson or track: a `$schema` naming track.schema.json or lesson.schema.json decides; otherwise a
 * document with `lessons` and without `steps` is a track.
 */
export function documentKind(data: JsonObject): DocumentKind {
  const schema = data['$schema'];
  if (typeof schema === 'string') {
    if (schema.endsWith('track.schema.json')) return 'track';
    if (schema.endsWith('lesson.schema.json')) return 'lesson';
  }
  return 'lessons' in data && !('steps' in data) ? 'track' : 'lesson';
}

const decodes = (bytes: Uint8Array): boolean => {
  try {
    new TextDecoder('utf-8', {fatal: true}).decode(bytes, {stream: true});
    return true;
  } catch {
    return false;
  }
};

/** Where the first invalid UTF-8 sequence in `bytes` starts. */
function firstBadByte(bytes: Uint8Array): number {
  // The longest prefix that decodes (a character cut off at its end is held back, not an error).
  let good = 0;
  let bad = bytes.length + 1;
  while (bad - good > 1) {
    const mid = (good + bad) >> 1;
    if (decodes(bytes.subarray(0, mid))) good = mid;
    else bad = mid;
  }
  // If that prefix ends in the first bytes of a character, the bad sequence starts there.
  let lead = good - 1;
  while (lead >= 0 && lead > good - 4 && (bytes[lead]! & 0xc0) === 0x80) lead--;
  if (lead >= 0 && bytes[lead]! >= 0xc0) {
    const length = bytes[lead]! >= 0xf0 ? 4 : bytes[lead]! >= 0xe0 ? 3 : 2;
    if (good - lead < length) return lead;
  }
  return good;
}

function decodeOrLocate(bytes: Uint8Array): {text: string} | {offset: number; position: Position} {
  try {
    return {text: new TextDecoder('utf-8', {fatal: true}).decode(bytes)};
  } catch {
    const offset = firstBadByte(bytes);
    const before = new TextDecoder('utf-8').decode(bytes.subarray(0, offset));
    const starts = [0];
    for (let i = 0; i < before.length; i++) if (before[i] === '\n') starts.push(i + 1);
    return {offset, position: positionAt(starts, before.length)};
  }
}

interface Checked extends Document {
  source: JsonSource;
}

/** Checks one file on its own. Returns the parsed document when it is a JSON object. */
function checkFile(file: SourceFile, problems: Problem[], maxBytes: number): Checked | undefined {
  const at = (position: Position, code: ProblemCode, params: Params = {}, path: JsonPath = []) =>
    problems.push({file: file.name, ...position, path, code, params});
  if (file.bytes.length > maxBytes) {
    at({line: 1, column: 1}, 'file-too-large', {size: file.bytes.length, max: maxBytes});
    return undefined;
  }
  const decoded = decodeOrLocate(file.bytes);
  if (!('text' in decoded)) {
    at(decoded.position, 'file-not-utf8', {offset: decoded.offset});
    return undefined;
  }
  const parsed = parseJson(decoded.text);
  if (!parsed.ok) {
    const {line, column, code, params} = parsed.error;
    at({line, column}, code, params);
    return undefined;
  }
  const {source} = parsed;
  const report = (finding: Finding) =>
    at(source.locate(finding.path, finding.at === 'key' ? 'key' : 'value'), finding.code, finding.params, finding.path);
  for (const path of source.duplicateKeys) {
    report({code: 'json-duplicate-key', path, params: {field: String(path[path.length - 1])}, at: 'key'});
  }
  if (!isObject(source.value)) {
    report({code: 'not-an-object', path: [], params: {}});
    return undefined;
  }
  const kind = documentKind(source.value);
  const migrated = migrate(source.value, MIGRATIONS[kind]);
  let data: JsonObject = source.value;
  if (migrated.ok) {
    data = migrated.document;
    if (migrated.from === 0) report({code: 'schema-version-missing', path: [], params: {current: SCHEMA_VERSION}});
  } else if (migrated.reason === 'too-new') {
    report({code: 'schema-version-too-new', path: ['schemaVersion'], params: {version: String(migrated.version), current: SCHEMA_VERSION}});
    return {file: file.name, kind, data, source};
  }
  const result = (kind === 'track' ? Track : Lesson).safeParse(data, {reportInput: true});
  if (!result.success) {
    pairTypos(result.error.issues.flatMap((issue) => findingsFor(issue, data))).forEach(report);
  }
  return {file: file.name, kind, data, source};
}

/** Orders problems by file, line, column and code. */
export const compareProblems = (a: Problem, b: Problem): number =>
  (a.file < b.file ? -1 : a.file > b.file ? 1 : 0) || a.line - b.line || a.column - b.column || (a.code < b.code ? -1 : a.code > b.code ? 1 : 0);

/** Every problem in the given files, alone and together, sorted by file, line and column. */
export function checkFiles(files: readonly SourceFile[], options: CheckOptions = {}): Problem[] {
  const problems: Problem[] = [];
  const documents: Checked[] = [];
  for (const file of files) {
    const document = checkFile(file, problems, options.maxBytes ?? MAX_FILE_BYTES);
    if (document) documents.push(document);
  }
  const sources = new Map(documents.map((d) => [d.file, d.source]));
  for (const finding of crossFileFindings(documents, options.kerndoel)) {
    const position = sources.get(finding.file)?.locate(finding.path) ?? {line: 1, column: 1};
    problems.push({file: finding.file, ...position, path: finding.path, code: finding.code, params: finding.params});
  }
  const seen = new Set<string>();
  return problems.sort(compareProblems).filter((p) => {
    const key = JSON.stringify([p.file, p.line, p.column, p.code, p.path, p.params]);
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

/** One line per problem: `file:line:column json.path message`. */
export function formatProblem(problem: Problem, lang: Lang): string {
  return `${problem.file}:${problem.line}:${problem.column} ${formatPath(problem.path)} ${message(problem.code, lang, problem.params)}`;
}
