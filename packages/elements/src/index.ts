/**
 * @upstander/elements: Lit web components that play Upstander lessons. Importing this module
 * registers `<up-lesson>`, `<up-choice>` and `<up-information>`.
 */
import './events.js';

export {UpChoice} from './up-choice.js';
export {UpInformation} from './up-information.js';
export {UpLesson} from './up-lesson.js';
export {UpTrack, trackStatus, type LessonProgress, type LessonSelectedDetail, type TrackProgress, type TrackStatus} from './up-track.js';
export {UpFacilitatorGuide, clock, timeline} from './up-facilitator-guide.js';
export type {LessonMode} from './up-lesson.js';
export {localize} from './translations/localize.js';
export type {UiLanguage} from './translations/localize.js';
export {nl} from './translations/nl.js';
export type {Translation} from './translations/nl.js';
export {en} from './translations/en.js';
export type {AnsweredDetail, CompletedDetail, LearnerState, ProgressedDetail, UpEventMap} from './events.js';
