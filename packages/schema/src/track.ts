import {z} from 'zod';
import {Audience, Id, SCHEMA_VERSION, ShortText, Text, TrackId, formatPath, report} from './common.js';

/** One place in a track: a lesson, and lessons that may stand in for it. */
export const TrackLesson = z.strictObject({
  /** The `id` of a lesson. */
  lesson: Id,
  /** Other lessons that may be played instead (a shorter or a differently levelled version); finishing one counts. */
  variants: z.array(Id).optional(),
});

/**
 * When a track is complete: `all` lessons; any `count` of them; or `mastery`, every lesson finished
 * with an average score of at least `score` percent over the lessons that have scored questions.
 */
export const Completion = z.discriminatedUnion('rule', [
  z.strictObject({rule: z.literal('all')}),
  z.strictObject({rule: z.literal('count'), count: z.number().int().min(1)}),
  z.strictObject({rule: z.literal('mastery'), score: z.number().min(0).max(100)}),
]);

/** A track: an ordered set of lessons that a teacher or curriculum developer puts together. */
export const Track = z
  .strictObject({
    $schema: z.string().optional(),
    schemaVersion: z.literal(SCHEMA_VERSION),
    id: Id,
    title: ShortText,
    summary: Text,
    track: TrackId,
    audience: Audience,
    lessons: z.array(TrackLesson).min(1),
    completion: Completion,
  })
  .superRefine((track, ctx) => {
    const seen = new Map<string, string>();
    track.lessons.forEach((entry, i) => {
      const ids: [string, (string | number)[]][] = [[entry.lesson, ['lessons', i, 'lesson']]];
      entry.variants?.forEach((id, j) => ids.push([id, ['lessons', i, 'variants', j]]));
      for (const [id, path] of ids) {
        const first = seen.get(id);
        if (first !== undefined) report(ctx, 'track-duplicate-lesson', path, {id, first});
        else seen.set(id, formatPath(path));
      }
    });
    if (track.completion.rule === 'count' && track.completion.count > track.lessons.length) {
      report(ctx, 'track-count-too-high', ['completion', 'count'], {count: track.completion.count, lessons: track.lessons.length});
    }
  });

export type Track = z.output<typeof Track>;
export type TrackInput = z.input<typeof Track>;
export type TrackLesson = z.output<typeof TrackLesson>;
export type Completion = z.output<typeof Completion>;
