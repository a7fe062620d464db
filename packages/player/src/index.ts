export {launch, launchAll} from './launch.js';
export type {LaunchOptions} from './launch.js';
