/**
 * Turns zod's issues into findings the validator can word in Dutch or English: a problem code, the
 * path it is about, and the parameters of its message. The wording never depends on zod's own
 * (English) messages; it is built from the structured issue and the value in the author's file.
 */
import type {z} from 'zod';
import {ID_PATTERN, SCHEMA_VERSION} from './common.js';
import type {JsonPath} from './common.js';
import {AUDIO_PATTERN} from './activities.js';
import {isProblemCode, isTermKey, term} from './messages.js';
import type {Params, ProblemCode} from './messages.js';

export interface Finding {
  code: ProblemCode;
  path: JsonPath;
  params: Params;
  /** Point at the key of `path` rather than its value (unknown fields). */
  at?: 'key';
}

/** A value as it appears in a message: JSON, shortened. */
export function showValue(value: unknown): string {
  let text: string;
  try {
    text = JSON.stringify(value) ?? String(value);
  } catch {
    text = String(value);
  }
  return text.length > 60 ? `${text.slice(0, 57)}…` : text;
}

/** The JSON type of a value, as a term for messages. */
export function jsonType(value: unknown): 'string' | 'number' | 'boolean' | 'array' | 'object' | 'null' {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'array';
  const type = typeof value;
  return type === 'string' || type === 'number' || type === 'boolean' ? type : 'object';
}

/** The value at `path` in `root`, or undefined when there is none. */
export function valueAt(root: unknown, path: readonly PropertyKey[]): unknown {
  let current = root;
  for (const segment of path) {
    if (typeof current !== 'object' || current === null) return undefined;
    if (!Object.hasOwn(current, segment)) return undefined;
    current = (current as Record<PropertyKey, unknown>)[segment];
  }
  return current;
}

const toPath = (path: readonly PropertyKey[]): JsonPath => path.map((p) => (typeof p === 'number' ? p : String(p)));

const lastKey = (path: JsonPath): string => String(path[path.length - 1] ?? '');

/** The findings for one zod issue. `root` is the document that was parsed (after migration). */
export function findingsFor(issue: z.core.$ZodIssue, root: unknown): Finding[] {
  const path = toPath(issue.path);
  const value = valueAt(root, path);
  const present = value !== undefined;
  switch (issue.code) {
    case 'custom': {
      const rule = issue.params?.['rule'];
      if (isProblemCode(rule)) {
        const params: Params = {};
        for (const [k, v] of Object.entries(issue.params ?? {})) {
          if (k === 'rule') continue;
          if (typeof v === 'string' || typeof v === 'number') params[k] = v;
          else if (typeof v === 'object' && v !== null && 'term' in v && typeof v.term === 'string' && isTermKey(v.term)) params[k] = term(v.term);
        }
        return [{code: rule, path, params}];
      }
      return [{code: 'invalid', path, params: {}}];
    }
    case 'unrecognized_keys':
      return issue.keys.map((key) => ({code: 'unknown-field', path: [...path, key], params: {field: key}, at: 'key'}));
    case 'invalid_type': {
      if (!present) return [{code: 'missing-field', path, params: {field: lastKey(path)}}];
      if (path.length === 1 && path[0] === 'schemaVersion') return [{code: 'schema-version-invalid', path, params: {current: SCHEMA_VERSION}}];
      if (issue.expected === 'int' && typeof value === 'number') return [{code: 'not-integer', path, params: {value}}];
      const expected = isTermKey(issue.expected) ? term(issue.expected) : issue.expected;
      return [{code: 'wrong-type', path, params: {expected, actual: term(jsonType(value))}}];
    }
    case 'too_small':
    case 'too_big': {
      const small = issue.code === 'too_small';
      const limit = Number(small ? (issue as z.core.$ZodIssueTooSmall).minimum : (issue as z.core.$ZodIssueTooBig).maximum);
      if (issue.origin === 'string') {
        const text = typeof issue.input === 'string' ? issue.input : typeof value === 'string' ? value.trim() : '';
        if (small && text.length === 0) return [{code: 'text-empty', path, params: {}}];
        return [{code: small ? 'text-empty' : 'text-too-long', path, params: {length: text.length, max: limit}}];
      }
      if (issue.origin === 'array') {
        const count = Array.isArray(value) ? value.length : 0;
        if (small && (lastKey(path) === 'options' || lastKey(path) === 'choices')) return [{code: 'choices-too-few', path, params: {count}}];
        return [small ? {code: 'too-few-items', path, params: {count, min: limit}} : {code: 'invalid', path, params: {}}];
      }
      const shown = typeof value === 'number' ? value : showValue(value);
      return [small ? {code: 'number-too-small', path, params: {value: shown, min: limit}} : {code: 'number-too-large', path, params: {value: shown, max: limit}}];
    }
    case 'invalid_format': {
      const shown = showValue(value);
      if (issue.format === 'url') return [{code: 'url-format', path, params: {value: shown}}];
      const pattern = (issue as z.core.$ZodIssueInvalidStringFormat & {pattern?: string}).pattern;
      if (pattern === String(ID_PATTERN)) return [{code: 'id-format', path, params: {value: shown}}];
      if (pattern === String(AUDIO_PATTERN)) return [{code: 'audio-src', path, params: {value: shown}}];
      return [{code: 'invalid', path, params: {}}];
    }
    case 'invalid_value': {
      if (path.length === 1 && path[0] === 'schemaVersion') return [{code: 'schema-version-invalid', path, params: {current: SCHEMA_VERSION}}];
      const allowed = issue.values.map((v) => showValue(v)).join(', ');
      if (!present) return [{code: 'missing-field', path, params: {field: lastKey(path)}}];
      return [{code: 'invalid-value', path, params: {value: showValue(value), allowed}}];
    }
    case 'invalid_union': {
      const union = issue as z.core.$ZodIssueInvalidUnion & {discriminator?: string; options?: unknown[]};
      if (union.discriminator !== undefined) {
        const known = (union.options ?? []).map((o) => String(o)).join(', ');
        if (union.discriminator === 'type') {
          return [present ? {code: 'unknown-activity-type', path, params: {value: showValue(value), known}} : {code: 'missing-activity-type', path: path.slice(0, -1), params: {known}}];
        }
        if (!present) return [{code: 'missing-field', path, params: {field: lastKey(path)}}];
        return [{code: 'invalid-value', path, params: {value: showValue(value), allowed: known}}];
      }
      return [present ? {code: 'invalid', path, params: {}} : {code: 'missing-field', path, params: {field: lastKey(path)}}];
    }
    default:
      return [{code: 'invalid', path, params: {}}];
  }
}

/** Edit distance between two short strings (insertions, deletions, substitutions). */
function distance(a: string, b: string): number {
  let previous = Array.from({length: b.length + 1}, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const current = [i];
    for (let j = 1; j <= b.length; j++) {
      current[j] = Math.min(previous[j]! + 1, current[j - 1]! + 1, previous[j - 1]! + (a[i - 1] === b[j - 1] ? 0 : 1));
    }
    previous = current;
  }
  return previous[b.length]!;
}

const looksLike = (typed: string, meant: string): boolean =>
  typed.toLowerCase() === meant.toLowerCase() || (meant.length >= 4 && distance(typed.toLowerCase(), meant.toLowerCase()) <= 2);

/**
 * An unknown field next to a missing one that it resembles (`Body` for `body`, `feedbak` for
 * `feedback`) is one mistake, not two: it becomes a single "did you mean" finding.
 */
export function pairTypos(findings: readonly Finding[]): Finding[] {
  const missing = findings.filter((f) => f.code === 'missing-field');
  const paired = new Set<Finding>();
  const parent = (f: Finding) => JSON.stringify(f.path.slice(0, -1));
  const renamed = findings.map((finding): Finding => {
    if (finding.code !== 'unknown-field') return finding;
    const field = String(finding.path[finding.path.length - 1]);
    const match = missing.find((m) => !paired.has(m) && parent(m) === parent(finding) && looksLike(field, String(m.path[m.path.length - 1])));
    if (!match) return finding;
    paired.add(match);
    return {...finding, code: 'unknown-field-typo', params: {field, suggestion: String(match.path[match.path.length - 1])}};
  });
  return renamed.filter((f) => !paired.has(f));
}
