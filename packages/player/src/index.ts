export {launch, launchAll, lessonInfo} from './launch.js';
export type {LaunchOptions, LessonSession} from './launch.js';
