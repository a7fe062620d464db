/**
 * @upstander/elements: Lit web components that play Upstander lessons. Importing this module
 * registers `<up-lesson>`, every activity element (`<up-information>`, `<up-choice>`, `<up-sort>`,
 * `<up-social-post>`, `<up-response-builder>`, `<up-reflection>`, `<up-survey>`, `<up-story>`,
 * `<up-roles>`, `<up-dilemma>`, `<up-agreements>`, `<up-check-in>`, `<up-check-out>`,
 * `<up-help-points>`), `<up-track>` and `<up-facilitator-guide>`.
 */
import './events.js';

export {UpAgreements} from './up-agreements.js';
export {UpCheckIn} from './up-check-in.js';
export {UpCheckOut} from './up-check-out.js';
export {UpChoice} from './up-choice.js';
export {UpDilemma} from './up-dilemma.js';
export {UpHelpPoints} from './up-help-points.js';
export {UpInformation} from './up-information.js';
export {UpLesson} from './up-lesson.js';
export {UpReflection} from './up-reflection.js';
export {UpResponseBuilder} from './up-response-builder.js';
export {UpRoles} from './up-roles.js';
export {UpSocialPost} from './up-social-post.js';
export {UpSort} from './up-sort.js';
export {UpStory} from './up-story.js';
export {UpSurvey} from './up-survey.js';
export {DILEMMA_ANSWERS, scalePoints} from '@upstander/schema/answers';
export type {DilemmaAnswer} from '@upstander/schema/answers';
export {UpTrack, trackStatus, type LessonProgress, type LessonSelectedDetail, type TrackProgress, type TrackStatus} from './up-track.js';
export {UpFacilitatorGuide, clock, timeline} from './up-facilitator-guide.js';
export type {LessonMode} from './up-lesson.js';
export {localize} from './translations/localize.js';
export type {UiLanguage} from './translations/localize.js';
export {nl} from './translations/nl.js';
export type {Translation} from './translations/nl.js';
export {en} from './translations/en.js';
export type {AnsweredDetail, CompletedDetail, LearnerState, ProgressedDetail, UpEventMap} from './events.js';
