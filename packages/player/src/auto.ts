// Entry of the bundle a packaged lesson loads: play every lesson on the page, and give the page
// (and a later "save my work" button) `window.upstander`.
import {launchAll, launchTracks} from './launch.js';
import type {LessonSession} from './launch.js';
import type {TrackPlayer} from './track.js';

/** What a page can reach on `window.upstander` once the lessons are playing. */
export interface UpstanderPage {
  /** Resolves with the lessons playing on this page. */
  ready: Promise<LessonSession[]>;
  /** Resolves with the tracks playing on this page (a track package's launch page: `data-upstander-track`). */
  tracks: Promise<TrackPlayer[]>;
  /** Standalone: offers the pupil's own record of every lesson and track on the page as JSON file(s). */
  downloadStatements(): Promise<void>;
}

const ready = launchAll();
const tracks = launchTracks();
const page: UpstanderPage = {
  ready,
  tracks,
  downloadStatements: async () => {
    for (const session of await ready) await session.downloadStatements();
    for (const player of await tracks) await player.downloadStatements();
  },
};
Object.assign(window, {upstander: page});
