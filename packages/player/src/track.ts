// The track runtime (docs/lms/track-runtime.md): a chunk of its own (upstander-track.js), loaded only by
// a page with `data-upstander-track`. It takes the page over: the track's lessons with their state in
// <up-track>, and the chosen lesson played in place in <up-lesson>, in the same document, so the LMS
// session stays open. One TrackSession (one sink) for the whole track; one Tracker per lesson.
import type {CompletedDetail, Lesson, Track} from '@upstander/schema';
import {ClassroomTrackSink, LocalTrackSink, TrackSession, Tracker, createTrackSink, policyFor, scorePercent, trackInfo} from '@upstander/tracking';
import type {Sink, Statement, TrackInfo} from '@upstander/tracking';
import {trackStatus} from '@upstander/schema/progress';
import {localize} from '@upstander/elements/track';
import type {UpLesson, UpTrack} from '@upstander/elements';
import {showClassroomNotes} from './classroom.js';
import {download, fetchJson, iriBaseOf, kerndoelUrisOf, lessonInfo, pageTracking, showFailure, uiLanguage} from './page.js';
import type {LaunchOptions} from './page.js';

export interface TrackLaunchOptions extends Omit<LaunchOptions, 'lessonUrl'> {
  /** Where the track JSON is, relative to the page; its lessons are at `lessons/<id>/lesson.json` beside it. */
  trackUrl: string;
}

/** A track playing on the page, and what the page can ask of it. */
export interface TrackPlayer {
  track: Track;
  /** The lessons of the track and of its variants that the package holds. */
  lessons: Lesson[];
  session: TrackSession;
  /** Where progress goes: scorm12, scorm2004, xapi or local. */
  sinkKind: Sink['kind'];
  /** The overview. */
  overview: UpTrack;
  /** The lesson playing, if any. */
  readonly playing: {lesson: Lesson; element: UpLesson; tracker: Tracker} | undefined;
  /** Plays a lesson of the track (or a variant) in place. */
  open(lessonId: string): void;
  /** Back to the overview. */
  showOverview(): void;
  /**
   * Standalone only: the pupil's own record of this track as xAPI statements, as an LRS would get them
   * (empty elsewhere: in an LMS or LRS the record is there; in classroom mode nothing is kept).
   */
  exportStatements(): Promise<Statement[]>;
  /** Offers `exportStatements()` as a JSON file download. */
  downloadStatements(): Promise<void>;
}

const messages = {
  nl: {
    failed: 'De leerlijn kon niet worden geladen. Vraag je leerkracht om hulp.',
    track: 'Leerlijn',
    overview: 'Overzicht van de leerlijn',
    lessonOf: (i: number, n: number) => `Les ${i} van ${n}`,
    next: (title: string) => `Volgende les: ${title}`,
  },
  en: {
    failed: 'The track could not be loaded. Please ask your teacher for help.',
    track: 'Track',
    overview: 'Overview of the track',
    lessonOf: (i: number, n: number) => `Lesson ${i} of ${n}`,
    next: (title: string) => `Next lesson: ${title}`,
  },
};

/** Ids of every lesson a track names: each place's lesson, then its variants. */
const lessonIds = (track: Track) => [...new Set(track.lessons.flatMap((p) => [p.lesson, ...(p.variants ?? [])]))];

/**
 * Loads the track and its lessons. A variant the package does not hold (it exists in another language
 * only) is left out; a missing lesson of a place is an error.
 */
async function load(trackUrl: string): Promise<{track: Track; lessons: Lesson[]}> {
  const url = new URL(trackUrl, document.baseURI);
  const track = await fetchJson<Track>(url.href);
  const main = new Set(track.lessons.map((p) => p.lesson));
  const lessons = await Promise.all(
    lessonIds(track).map((id) =>
      fetchJson<Lesson>(new URL(`lessons/${encodeURIComponent(id)}/lesson.json`, url).href).catch((error: unknown) => {
        if (main.has(id)) throw error;
        return undefined;
      }),
    ),
  );
  return {track, lessons: lessons.filter((l): l is Lesson => l !== undefined)};
}

/**
 * Opens the track's one session where the page was launched (SCORM 2004, SCORM 1.2, xAPI) or on
 * browser storage. When that environment refuses, the track plays on with progress kept in the
 * browser, and `ok` is false so the pupil is told that it is not being saved (as in a lesson). In
 * classroom mode no session is opened anywhere (ClassroomTrackSink) and `local` is undefined: the
 * lessons' trackers keep nothing in the browser either.
 */
async function openSession(info: TrackInfo, options: TrackLaunchOptions): Promise<{session: TrackSession; local: Storage | undefined; ok: boolean}> {
  const {local, deps, environment} = pageTracking(options.root, options);
  if (options.mode === 'classroom') {
    const session = new TrackSession(new ClassroomTrackSink(info.id, deps.session), info);
    await session.start();
    return {session, local: undefined, ok: true};
  }
  try {
    const session = new TrackSession(await createTrackSink(environment(), info, deps), info);
    await session.start();
    return {session, local, ok: true};
  } catch {
    const session = new TrackSession(await createTrackSink({kind: 'local'}, info, deps), info);
    await session.start();
    return {session, local, ok: false};
  }
}

/** Loads a track, opens its session, and shows its overview (or the lesson the pupil was in). */
export async function launchTrack(options: TrackLaunchOptions): Promise<TrackPlayer | undefined> {
  const {root, mode = 'individual'} = options;
  const t = messages[uiLanguage()];
  let track: Track;
  let lessons: Lesson[];
  try {
    ({track, lessons} = await load(options.trackUrl));
  } catch (error) {
    showFailure(root, t.failed, error);
    return undefined;
  }
  const uris = options.kerndoelUris ?? kerndoelUrisOf(root);
  const info = trackInfo(track, lessons.map((lesson) => lessonInfo(lesson, uris)));
  const {session, local, ok} = await openSession(info, options);
  const byId = new Map(lessons.map((lesson) => [lesson.id, lesson]));

  // One tracker per lesson: its events, privacy policy, journal and retries; all write to the session.
  const failing = new Set<string>();
  const trackers = new Map<string, Tracker>();
  for (const lesson of lessons) {
    const tracker = new Tracker(session.lessonSink(lesson.id), {
      policy: policyFor(lesson),
      lessonId: lesson.id,
      storage: local,
      onSaveStatus: (saving) => {
        if (saving) failing.delete(lesson.id);
        else failing.add(lesson.id);
        showSaveStatus();
      },
    });
    await tracker.start();
    trackers.set(lesson.id, tracker);
  }

  // The page: an alert region, the overview, and the player (navigation and the lesson).
  const saveFailed = () => !ok || failing.size > 0;
  const alert = document.createElement('div');
  alert.setAttribute('role', 'alert');
  const overview = document.createElement('up-track');
  overview.track = track;
  overview.lessons = lessons;
  overview.progress = session.progress();
  overview.mode = mode;
  overview.headingLevel = 1;
  overview.tabIndex = -1;
  const player = document.createElement('section');
  player.className = 'up-track-player';
  player.tabIndex = -1;
  player.hidden = true;
  const nav = document.createElement('nav');
  nav.className = 'up-track-nav';
  nav.setAttribute('aria-label', `${t.track}: ${track.title}`);
  const back = button(t.overview);
  const place = document.createElement('span');
  const next = button('');
  next.hidden = true;
  nav.append(back, place, next);
  const stage = document.createElement('div');
  player.append(nav, stage);
  root.replaceChildren(alert, overview, player);

  let playing: {lesson: Lesson; element: UpLesson; tracker: Tracker; stop: () => void} | undefined;

  function showSaveStatus(): void {
    if (playing) playing.element.saveFailed = saveFailed();
    const text = localize(lessons[0]?.language ?? uiLanguage()).saveFailed;
    const show = saveFailed() && !playing;
    if (show && alert.textContent !== text) {
      const p = document.createElement('p');
      p.textContent = text;
      alert.replaceChildren(p);
    } else if (!show) alert.replaceChildren();
  }

  /** The printable guide of a lesson, beside its page in the package (`lessons/<id>/handleiding.html`). */
  const guideUrl = (id: string) => new URL(`lessons/${encodeURIComponent(id)}/handleiding.html`, new URL(options.trackUrl, document.baseURI)).href;

  /** The place (0-based) of a lesson or variant in the track. */
  const placeOf = (id: string) => track.lessons.findIndex((p) => p.lesson === id || (p.variants ?? []).includes(id));

  /** The lesson to offer after `id`: the next place not finished, else the first one not finished. */
  function nextAfter(id: string): Lesson | undefined {
    const {next: first} = trackStatus(track, overview.progress);
    const from = placeOf(id);
    const done = (i: number) => [track.lessons[i]!.lesson, ...(track.lessons[i]!.variants ?? [])].some((l) => overview.progress[l]?.completed);
    const after = track.lessons.findIndex((_, i) => i > from && !done(i));
    const index = after >= 0 ? after : first;
    return index >= 0 ? byId.get(track.lessons[index]!.lesson) : undefined;
  }

  function updateNav(lesson: Lesson): void {
    place.textContent = t.lessonOf(placeOf(lesson.id) + 1, track.lessons.length);
    const following = overview.progress[lesson.id]?.completed ? nextAfter(lesson.id) : undefined;
    next.hidden = !following;
    next.textContent = following ? t.next(following.title) : '';
    next.dataset['lesson'] = following?.id ?? '';
  }

  function stop(): void {
    if (!playing) return;
    playing.stop();
    playing.tracker.flush('status');
    playing = undefined;
  }

  function open(lessonId: string, focus = true): void {
    const lesson = byId.get(lessonId);
    const tracker = trackers.get(lessonId);
    if (!lesson || !tracker) return;
    stop();
    session.select(lessonId);
    const element = document.createElement('up-lesson');
    element.lesson = lesson;
    element.mode = mode;
    element.state = tracker.resumeState();
    element.saveFailed = saveFailed();
    const disconnect = tracker.connect(element, window);
    const completed = (event: Event) => {
      const percent = scorePercent((event as CustomEvent<CompletedDetail>).detail.score);
      overview.progress = {...overview.progress, [lessonId]: {completed: true, ...(percent !== undefined ? {score: percent} : {})}};
      updateNav(lesson);
    };
    element.addEventListener('up-completed', completed);
    // The completion screen's own way back to the overview (the nav's button is at the top).
    const backHere = button(t.overview);
    backHere.slot = 'completed';
    backHere.className = 'up-track-back';
    backHere.addEventListener('click', showOverview);
    element.append(backHere);
    playing = {
      lesson,
      element,
      tracker,
      stop: () => {
        disconnect();
        element.removeEventListener('up-completed', completed);
      },
    };
    player.setAttribute('aria-label', lesson.title);
    updateNav(lesson);
    stage.classList.remove('up-classroom-open');
    stage.replaceChildren(element);
    // Classroom mode: the facilitator notes of this lesson above it, as on a lesson page (classroom.ts).
    if (mode === 'classroom') showClassroomNotes(stage, element, lesson, guideUrl(lesson.id));
    overview.hidden = true;
    player.hidden = false;
    showSaveStatus();
    if (focus) player.focus();
  }

  function showOverview(): void {
    stop();
    stage.classList.remove('up-classroom-open');
    stage.replaceChildren();
    player.hidden = true;
    overview.hidden = false;
    showSaveStatus();
    overview.focus();
  }

  overview.addEventListener('up-lesson-selected', (event) => open(event.detail.lessonId));
  back.addEventListener('click', showOverview);
  next.addEventListener('click', () => next.dataset['lesson'] && open(next.dataset['lesson']));

  // The session's page lifecycle, whichever lesson (or none) is playing: commit when hidden, end the
  // LMS session once when the page goes (never between lessons, never on unload).
  document.addEventListener('visibilitychange', () => {
    if (document.visibilityState !== 'hidden') return;
    for (const tracker of trackers.values()) tracker.flush('hidden');
    session.save('hidden');
    session.sink.flushOnHide?.();
  });
  window.addEventListener('pagehide', (event) => {
    if (event.persisted) return; // kept in the back/forward cache: visibilitychange committed
    for (const tracker of trackers.values()) tracker.flush('finish');
    session.finish();
  });

  // Resume lands in the lesson the pupil was in, unless it is finished: then the overview.
  const current = session.state.current;
  if (current && byId.has(current) && !overview.progress[current]?.completed) open(current, false);
  else showSaveStatus();

  const {sink} = session;
  const iriBase = iriBaseOf(root, options);
  const exportStatements = () => (sink instanceof LocalTrackSink ? sink.exportStatements(iriBase) : Promise.resolve([]));
  return {
    track,
    lessons,
    session,
    sinkKind: session.kind,
    overview,
    get playing() {
      return playing && {lesson: playing.lesson, element: playing.element, tracker: playing.tracker};
    },
    open,
    showOverview,
    exportStatements,
    downloadStatements: async () => download(`upstander-${track.id}-${new Date().toISOString().slice(0, 10)}.json`, JSON.stringify(await exportStatements(), null, 2)),
  };
}

function button(text: string): HTMLButtonElement {
  const b = document.createElement('button');
  b.type = 'button';
  b.textContent = text;
  return b;
}
