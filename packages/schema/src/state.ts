/**
 * Learner state beyond one event: a track's state (every lesson's state and score, the lesson the
 * pupil was in), and the largest state a pupil can reach in a lesson or a track, which is what the
 * suspend_data budget is measured against (packages/tracking/test/suspend-size.test.ts, bench/run.ts).
 * `LearnerState` and `emptyLearnerState` are in events.ts. No zod and no DOM: lesson bundles import
 * this through `@upstander/schema/state`.
 */
import type {LearnerState} from './events.js';
import type {Lesson} from './lesson.js';

/** One lesson of a track as the track's resume state keeps it. */
export interface TrackLessonState {
  state: LearnerState;
  /** The points of a finished lesson that has scored questions (the `up-completed` score). */
  score?: {raw: number; max: number};
}

/**
 * What a pupil has done in a track played as one unit (docs/lms/track-runtime.md): every lesson's
 * state and score, and the lesson they were in. To a sink that knows one unit (SCORM, the browser)
 * it is a LearnerState of the track: `completed` when every place of the track is finished; `step`
 * and `answers` are not used (the lessons hold them).
 */
export interface TrackState extends LearnerState {
  lessons: Record<string, TrackLessonState>;
  /** The lesson the pupil was in last (resume lands there). */
  current?: string;
}

export const emptyTrackState = (): TrackState => ({step: 0, answers: {}, completed: false, lessons: {}});

export const isTrackState = (state: LearnerState | undefined): state is TrackState =>
  typeof (state as TrackState | undefined)?.lessons === 'object' && (state as TrackState).lessons !== null;

/** Every id inside an activity: its options, items, choices, statements, cards, prompts… */
function idsWithin(value: unknown, out: string[] = []): string[] {
  if (Array.isArray(value)) value.forEach((v) => idsWithin(v, out));
  else if (value && typeof value === 'object') {
    for (const [key, v] of Object.entries(value)) {
      if (key === 'id' && typeof v === 'string') out.push(v);
      else idsWithin(v, out);
    }
  }
  return out;
}

/**
 * The largest LearnerState a pupil can reach in `lesson`, an upper bound: the last step, completed,
 * and every tracked activity answered with every id it has (options, items, statements…).
 */
export function fullLearnerState(lesson: Pick<Lesson, 'steps'>): LearnerState {
  const answers: Record<string, string[]> = {};
  for (const {activity} of lesson.steps) {
    if (!('id' in activity) || typeof activity.id !== 'string') continue;
    const inner = idsWithin({...activity, id: undefined});
    answers[activity.id] = inner.length > 0 ? inner : ['a'];
  }
  return {step: lesson.steps.length - 1, completed: true, answers};
}

/**
 * The largest TrackState of a track whose lessons (and variants) are `played`: every lesson at its
 * full state, finished with full points where it has scored questions, the track completed, and the
 * longest lesson id as the current one.
 */
export function fullTrackState(played: readonly Pick<Lesson, 'id' | 'steps'>[]): TrackState {
  const state: TrackState = {step: 0, answers: {}, completed: true, lessons: {}};
  for (const lesson of played) {
    const scored = lesson.steps.filter(({activity}) => 'scored' in activity && activity.scored).length;
    state.lessons[lesson.id] = {state: fullLearnerState(lesson), ...(scored > 0 ? {score: {raw: scored, max: scored}} : {})};
  }
  state.current = played.map((l) => l.id).sort((a, b) => b.length - a.length)[0];
  return state;
}
