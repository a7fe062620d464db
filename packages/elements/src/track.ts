/**
 * @upstander/elements/track: what the track runtime (the player's upstander-track.js chunk) needs, and
 * nothing else: `<up-track>` (registered on import), `trackStatus`, and `localize` for the lesson texts
 * it shows around the lesson it plays. Not `<up-facilitator-guide>` nor the activities (those come with
 * `@upstander/elements/lesson`).
 */
export {UpTrack, trackStatus} from './up-track.js';
export type {LessonProgress, LessonSelectedDetail, TrackProgress, TrackStatus} from './up-track.js';
export {localize} from './translations/localize.js';
