/**
 * A track from chosen lessons, as `upstander compose` and the composer page make it: the same pure
 * function, so both write the same file. The result is an ordinary track (validate it with checkFiles
 * like any other).
 */
import {SCHEMA_VERSION} from './common.js';
import type {Completion, TrackInput} from './track.js';

/** What composing needs to know about a lesson. */
export interface ComposeLesson {
  id: string;
  title: string;
  audience: 'po' | 'vo' | 'jongerenwerk';
  track: 'groep-7-8' | 'bewustwording' | 'actie';
  durationMinutes: number;
}

export interface ComposeInput {
  id: string;
  title?: string;
  summary?: string;
  /** Lesson ids in order, each optionally with variants (lessons that may be played instead). */
  lessons: readonly {lesson: string; variants?: readonly string[]}[];
  completion?: Completion;
  /** Where the track's `$schema` points (a path or URL to track.schema.json). */
  schema?: string;
}

/** Parses a completion rule as written on the command line: all, count:2, mastery:80. */
export function parseCompletion(text: string): Completion | undefined {
  if (text === 'all') return {rule: 'all'};
  const match = /^(count|mastery)[:=](\d+(?:\.\d+)?)$/.exec(text);
  if (!match) return undefined;
  return match[1] === 'count' ? {rule: 'count', count: Number(match[2])} : {rule: 'mastery', score: Number(match[2])};
}

/**
 * The track file for these choices. `known` are the lessons to look titles, audience and track up in;
 * a lesson id not among them is kept as given (the validator then says it cannot be found).
 */
export function composeTrack(input: ComposeInput, known: readonly ComposeLesson[]): TrackInput {
  const find = (id: string) => known.find((l) => l.id === id);
  const chosen = input.lessons.map((entry) => find(entry.lesson)).filter((l): l is ComposeLesson => !!l);
  const first = chosen[0];
  const minutes = chosen.reduce((sum, l) => sum + l.durationMinutes, 0);
  const summary =
    input.summary ??
    (chosen.length > 0
      ? `${chosen.length} ${chosen.length === 1 ? 'les' : 'lessen'} (${minutes} minuten): ${chosen.map((l) => l.title).join('; ')}.`
      : 'Een eigen leerlijn.');
  return {
    ...(input.schema !== undefined && {$schema: input.schema}),
    schemaVersion: SCHEMA_VERSION,
    id: input.id,
    title: input.title ?? input.id,
    summary,
    track: first?.track ?? 'groep-7-8',
    audience: first?.audience ?? 'po',
    lessons: input.lessons.map((entry) => ({lesson: entry.lesson, ...(entry.variants && entry.variants.length > 0 && {variants: [...entry.variants]})})),
    completion: input.completion ?? {rule: 'all'},
  };
}
