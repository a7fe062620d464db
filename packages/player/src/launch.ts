import type {Lesson} from '@upstander/schema';
import {LocalSink, Tracker, createSink, policyFor} from '@upstander/tracking';
import type {LessonInfo, PrivacyPolicy, Sink, Statement} from '@upstander/tracking';
import '@upstander/elements/lesson';
import type {UpLesson} from '@upstander/elements';
import {openClassroom, showClassroomNotes} from './classroom.js';
import {download, fetchJson, iriBaseOf, kerndoelUrisOf, lessonInfo, pageMode, pageTracking, showFailure, uiLanguage} from './page.js';
import type {LaunchOptions} from './page.js';
import type {TrackLaunchOptions, TrackPlayer} from './track.js';

export {lessonInfo} from './page.js';
export type {LaunchOptions} from './page.js';

/** A lesson playing on the page, and what the page can ask of it. */
export interface LessonSession {
  lesson: Lesson;
  element: UpLesson;
  tracker: Tracker;
  /** Where progress goes: scorm12, scorm2004, xapi, cmi5 or local. */
  sinkKind: Sink['kind'];
  /**
   * Standalone only: the pupil's own record of this lesson as xAPI statements (empty elsewhere: in
   * an LMS or LRS the record is there).
   */
  exportStatements(): Promise<Statement[]>;
  /** Offers `exportStatements()` as a JSON file download. */
  downloadStatements(): Promise<void>;
}

const messages = {
  nl: {failed: 'De les kon niet worden geladen. Vraag je leerkracht om hulp.', exit: 'Les afsluiten', closed: 'De les is afgesloten. Je kunt dit venster nu sluiten.'},
  en: {failed: 'The lesson could not be loaded. Please ask your teacher for help.', exit: 'Close the lesson', closed: 'The lesson is closed. You can close this window now.'},
};

/**
 * cmi5: the pupil's way out, on the completion screen. It ends the session (`up-exit`: the tracker
 * sends `terminated`), waits a moment for the LRS, then goes to the LMS's `returnURL` (cmi5 §8.2).
 * A reload or a closed tab is never an exit (docs/decisions/0009-cmi5-exit-and-reload.md).
 */
function offerExit(element: UpLesson, sink: Sink): void {
  const t = messages[uiLanguage()];
  const button = document.createElement('button');
  button.type = 'button';
  button.slot = 'completed';
  button.className = 'up-exit';
  button.textContent = t.exit;
  button.addEventListener('click', async () => {
    button.disabled = true;
    element.dispatchEvent(new CustomEvent('up-exit', {detail: null}));
    const lrs = sink as Sink & {drain?: () => Promise<boolean>; launchData?: {returnURL?: string}};
    await Promise.race([lrs.drain?.(), new Promise((resolve) => setTimeout(resolve, 5000))]);
    const back = lrs.launchData?.returnURL;
    if (back) {
      window.location.assign(back);
      return;
    }
    const done = Object.assign(document.createElement('p'), {slot: 'completed', tabIndex: -1, textContent: t.closed});
    done.setAttribute('role', 'status');
    button.replaceWith(done);
    done.focus();
  });
  element.append(button);
}

/**
 * Opens the tracker where the lesson was launched (SCORM 2004, SCORM 1.2, cmi5, xAPI) or on browser
 * storage. When that environment refuses to start a session, the lesson plays on with progress
 * kept in the browser, and `ok` is false so the learner is told that it is not being saved.
 */
async function openTracker(info: LessonInfo, policy: PrivacyPolicy, options: LaunchOptions, onSaveStatus: (ok: boolean) => void) {
  const {local, deps, environment} = pageTracking(options.root, options);
  const base = {policy, lessonId: info.id, storage: local, onSaveStatus};
  try {
    const sink = await createSink(environment(), info, deps);
    const tracker = new Tracker(sink, base);
    return {tracker, sink, saved: await tracker.start(), ok: true};
  } catch {
    const sink = new LocalSink(info, local);
    const tracker = new Tracker(sink, base);
    return {tracker, sink: sink as Sink, saved: await tracker.start(), ok: false};
  }
}

/** Loads a lesson, connects it to the LMS, LRS or the browser, and shows it. */
export async function launch(options: LaunchOptions): Promise<LessonSession | undefined> {
  const {lessonUrl, root, mode = 'individual'} = options;
  let lesson: Lesson;
  try {
    lesson = await fetchJson<Lesson>(lessonUrl);
  } catch (error) {
    showFailure(root, messages[uiLanguage()].failed, error);
    return undefined;
  }

  const element = document.createElement('up-lesson');
  const info = lessonInfo(lesson, options.kerndoelUris ?? kerndoelUrisOf(root));
  // Classroom mode stores nothing of the class's answers, only the step (docs/decisions/0004-classroom-mode.md).
  const {tracker, sink, saved, ok} =
    mode === 'classroom'
      ? await openClassroom(info, pageTracking(root, options).deps.session)
      : await openTracker(info, policyFor(lesson), options, (saving) => (element.saveFailed = !saving));
  element.lesson = lesson;
  element.mode = mode;
  if (saved) element.state = saved;
  element.saveFailed = !ok;
  tracker.connect(element, window);
  if (sink.kind === 'cmi5') offerExit(element, sink);
  root.replaceChildren(element);
  if (mode === 'classroom') showClassroomNotes(root, element, lesson);

  const iriBase = iriBaseOf(root, options);
  const exportStatements = () => (sink instanceof LocalSink ? sink.exportStatements(iriBase) : Promise.resolve([]));
  return {
    lesson,
    element,
    tracker,
    sinkKind: sink.kind,
    exportStatements,
    downloadStatements: async () => download(`upstander-${lesson.id}-${new Date().toISOString().slice(0, 10)}.json`, JSON.stringify(await exportStatements(), null, 2)),
  };
}

/** Launches every `[data-upstander-lesson]` element on the page. */
export async function launchAll(doc: Document = document): Promise<LessonSession[]> {
  const mode = pageMode();
  const roots = [...doc.querySelectorAll<HTMLElement>('[data-upstander-lesson]')];
  const sessions = await Promise.all(roots.map((root) => launch({lessonUrl: root.dataset['upstanderLesson']!, root, mode})));
  return sessions.filter((s): s is LessonSession => s !== undefined);
}

/**
 * Plays a track as one unit (docs/lms/track-runtime.md). The track runtime is a chunk of its own
 * (upstander-track.js), loaded only here: a lesson page never downloads it.
 */
export async function launchTrack(options: TrackLaunchOptions): Promise<TrackPlayer | undefined> {
  let module: typeof import('./track.js');
  try {
    module = await import('./track.js');
  } catch (error) {
    showFailure(options.root, messages[uiLanguage()].failed, error);
    return undefined;
  }
  return module.launchTrack(options);
}

/** Launches every `[data-upstander-track]` element on the page (a track package's launch page). */
export async function launchTracks(doc: Document = document): Promise<TrackPlayer[]> {
  const mode = pageMode();
  const roots = [...doc.querySelectorAll<HTMLElement>('[data-upstander-track]')];
  const players = await Promise.all(roots.map((root) => launchTrack({trackUrl: root.dataset['upstanderTrack']!, root, mode})));
  return players.filter((p): p is TrackPlayer => p !== undefined);
}
