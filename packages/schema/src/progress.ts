/**
 * The track completion rule, as a pure function: where a track stands given what is finished. One
 * definition for `<up-track>`, the track runtime's session (tracking), the composer and the report.
 * No zod and no DOM: lesson bundles import it through `@upstander/schema/progress`.
 */
import type {Completion} from './track.js';

/** What a page knows of one lesson: whether it is finished and, for lessons with scored questions, its score. */
export interface LessonProgress {
  completed: boolean;
  /** The score as a percentage, 0–100 (`raw / max * 100` of an `up-completed` event). */
  score?: number;
}

/** Progress by lesson id. Lessons that are not in it count as not started. */
export type TrackProgress = Record<string, LessonProgress>;

/** Where the track stands, worked out from the track and the progress. */
export interface TrackStatus {
  /** Places in the track that are finished (by their lesson or a variant). */
  done: number;
  total: number;
  /** Index of the first place that is not finished; -1 when all are. */
  next: number;
  /** The mean of the scores of finished places that have one; null when none has. */
  average: number | null;
  /** Whether the track's completion rule is met. */
  complete: boolean;
}

/** What the rule reads of a track: its places in order and its completion rule. */
export interface TrackRuleInput {
  lessons: readonly {lesson: string; variants?: readonly string[]}[];
  completion: Completion;
}

/**
 * Works out where a track stands. A place counts as finished when its lesson or one of its variants
 * is completed; its score is the best score among the finished versions. Under a `mastery` rule every
 * place must be finished and the mean score of the places that have a score must reach the rule's
 * percentage; places without a score (lessons without scored questions) do not count towards it.
 */
export function trackStatus(track: TrackRuleInput, progress: TrackProgress = {}): TrackStatus {
  const places = track.lessons.map((entry) => placeProgress(entry, progress));
  const done = places.filter((p) => p.done).length;
  const scores = places.flatMap((p) => (p.done && p.score !== undefined ? [p.score] : []));
  const average = scores.length > 0 ? scores.reduce((a, b) => a + b, 0) / scores.length : null;
  const total = track.lessons.length;
  const rule = track.completion;
  const complete =
    rule.rule === 'all'
      ? done === total
      : rule.rule === 'count'
        ? done >= rule.count
        : done === total && (average === null || average >= rule.score);
  return {done, total, next: places.findIndex((p) => !p.done), average, complete};
}

/** One place: finished (by its lesson or a variant), by which id first, and its best score. */
export function placeProgress(entry: {lesson: string; variants?: readonly string[]}, progress: TrackProgress): {done: boolean; doneId?: string; score?: number} {
  let done = false;
  let doneId: string | undefined;
  let score: number | undefined;
  for (const id of [entry.lesson, ...(entry.variants ?? [])]) {
    const p = progress[id];
    if (!p?.completed) continue;
    if (!done) doneId = id;
    done = true;
    if (typeof p.score === 'number' && Number.isFinite(p.score) && (score === undefined || p.score > score)) score = p.score;
  }
  return {done, doneId, score};
}
