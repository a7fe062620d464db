export {launch, launchAll, launchTrack, launchTracks, lessonInfo} from './launch.js';
export type {LaunchOptions, LessonSession} from './launch.js';
export type {TrackLaunchOptions, TrackPlayer} from './track.js';
