import {emptyTrackState, isTrackState} from '@upstander/schema/state';
import type {TrackLessonState, TrackState} from '@upstander/schema/state';
import type {StateCodec} from './state-codec.js';
import {byteLength, decodeState, encodeState} from './suspend.js';

export {emptyTrackState, isTrackState} from '@upstander/schema/state';
export type {TrackLessonState, TrackState} from '@upstander/schema/state';

/**
 * The compact text of a track state, for `cmi.suspend_data` (4096 bytes in SCORM 1.2 for the whole
 * track), browser storage and the xAPI state document:
 *
 *     t1;<current lesson id>;c<0|1>|<lesson id>:<raw>/<max>:<lesson state>|<lesson id>::<lesson state>…
 *
 * Each lesson state is suspend.ts's encoding (`u1;s3;c1;q-id=b`); the score is left empty when the
 * lesson has none. Lesson ids are [a-z0-9-], and suspend.ts never writes `|` or `:`, so the
 * separators never occur inside a part. A text cut short by an LMS loses at most the end of the last
 * lesson: `decodeTrackState` keeps every part that still parses.
 */
const VERSION = 't1';
const ID = /^[a-z0-9][a-z0-9-]*$/;

function lessonPart(id: string, lesson: TrackLessonState): string {
  const score = lesson.score ? `${lesson.score.raw}/${lesson.score.max}` : '';
  return `${id}:${score}:${encodeState(lesson.state)}`;
}

export function encodeTrackState(state: TrackState): string {
  const header = `${VERSION};${state.current ?? ''};c${state.completed ? 1 : 0}`;
  return [header, ...Object.entries(state.lessons).map(([id, lesson]) => lessonPart(id, lesson))].join('|');
}

/** Returns undefined when the text is empty or not a track's; never throws. */
export function decodeTrackState(text: string | null | undefined): TrackState | undefined {
  if (!text) return undefined;
  const [header = '', ...parts] = text.split('|');
  const [version, current, completed] = header.split(';');
  if (version !== VERSION) return undefined;
  const state = emptyTrackState();
  if (current && ID.test(current)) state.current = current;
  state.completed = completed === 'c1';
  for (const part of parts) {
    const first = part.indexOf(':');
    const second = part.indexOf(':', first + 1);
    if (first < 0 || second < 0) continue;
    const id = part.slice(0, first);
    const lesson = decodeState(part.slice(second + 1));
    if (!ID.test(id) || !lesson) continue;
    const score = /^(\d{1,6})\/(\d{1,6})$/.exec(part.slice(first + 1, second));
    state.lessons[id] = {state: lesson, ...(score ? {score: {raw: Number(score[1]), max: Number(score[2])}} : {})};
  }
  return state;
}

/**
 * Encodes `state` within `limit` bytes. When it does not fit, answers are left out whole, last
 * answer first: of finished lessons before unfinished ones, and of the lesson the pupil is in last
 * of all. Where each lesson is, whether it is finished and its score always stay.
 */
export function encodeTrackStateWithin(state: TrackState, limit: number): string {
  let text = encodeTrackState(state);
  if (byteLength(text) <= limit) return text;
  const lessons = Object.fromEntries(Object.entries(state.lessons).map(([id, l]) => [id, {...l, state: {...l.state, answers: {...l.state.answers}}}]));
  const order = Object.keys(lessons).sort((a, b) => rank(state, a) - rank(state, b));
  const trimmed: TrackState = {...state, lessons};
  for (const id of order) {
    const answers = lessons[id]!.state.answers;
    for (const key of Object.keys(answers).reverse()) {
      delete answers[key];
      text = encodeTrackState(trimmed);
      if (byteLength(text) <= limit) return text;
    }
  }
  // Still too long (a track of very many lessons): keep the lessons that fit, in order.
  const parts = text.split('|');
  while (parts.length > 1 && byteLength(parts.join('|')) > limit) parts.pop();
  return parts.join('|');
}

/** Whose answers go first when the state does not fit: finished lessons, then others, the current one last. */
function rank(state: TrackState, id: string): number {
  if (id === state.current) return 2;
  return state.lessons[id]?.state.completed ? 0 : 1;
}

/** The resume state of a track played as one unit; a lesson's state reads as no track state. */
export const TRACK_STATE: StateCodec = {
  encode: (state, limit) => (isTrackState(state) ? encodeTrackStateWithin(state, limit) : ''),
  decode: decodeTrackState,
};
