import type {Lesson} from '@upstander/schema';
import {DEFAULT_IRI_BASE, LocalSink, Tracker, createSink, detectEnvironment, policyFor, pseudonym} from '@upstander/tracking';
import type {KeyValueStore, LessonInfo, PrivacyPolicy, Sink, Statement, TrackingConfig} from '@upstander/tracking';
import '@upstander/elements/lesson';
import type {UpLesson} from '@upstander/elements';

export interface LaunchOptions {
  /** Where the lesson JSON is, relative to the page. */
  lessonUrl: string;
  /** The element the lesson replaces. */
  root: HTMLElement;
  /** individual (default) or classroom (digibord). */
  mode?: 'individual' | 'classroom';
  /**
   * SLO URIs of the lesson's kerndoelen by kerndoel id, for xAPI statements. Default: the root's
   * `data-upstander-kerndoelen` attribute (a JSON object), written by the packager.
   */
  kerndoelUris?: Record<string, string>;
  /**
   * An LRS to write to when the page was not launched with xAPI parameters. Default: the root's
   * `data-upstander-xapi` (`{"endpoint": …, "auth": …}`, written by the packager for a web folder),
   * with the learner as this browser's random pseudonym.
   */
  tracking?: TrackingConfig;
  /** Base of Upstander's xAPI IRIs. Default: the root's `data-upstander-iri-base`, else the profile's. */
  iriBase?: string;
}

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
  nl: {failed: 'De les kon niet worden geladen. Vraag je leerkracht om hulp.'},
  en: {failed: 'The lesson could not be loaded. Please ask your teacher for help.'},
};

function memoryStorage(): Storage {
  const map = new Map<string, string>();
  return {
    get length() {
      return map.size;
    },
    clear: () => map.clear(),
    getItem: (k) => map.get(k) ?? null,
    key: (i) => [...map.keys()][i] ?? null,
    removeItem: (k) => void map.delete(k),
    setItem: (k, v) => void map.set(k, String(v)),
  };
}

function storage(kind: 'localStorage' | 'sessionStorage'): Storage {
  try {
    const store = window[kind];
    store.getItem('upstander:probe');
    return store;
  } catch {
    return memoryStorage(); // storage blocked (a sandboxed frame): keep progress for this visit only
  }
}

/** What the tracker and sinks may know of a lesson: ids, titles, questions and options, never more. */
export function lessonInfo(lesson: Lesson, kerndoelUris: Record<string, string> = {}): LessonInfo {
  const activities: NonNullable<LessonInfo['activities']> = {};
  for (const {activity} of lesson.steps) {
    if (activity.type === 'choice') {
      activities[activity.id] = {type: activity.type, question: activity.question, options: activity.options.map((o) => ({id: o.id, text: o.text}))};
    }
  }
  return {
    id: lesson.id,
    title: lesson.title,
    kerndoelen: lesson.kerndoelen,
    kerndoelUris: lesson.kerndoelen.map((id) => kerndoelUris[id]).filter((uri): uri is string => typeof uri === 'string' && /^https?:\/\//.test(uri)),
    track: lesson.track,
    language: lesson.language,
    stepCount: lesson.steps.length,
    activities,
  };
}

function kerndoelUrisOf(root: HTMLElement): Record<string, string> {
  try {
    const map = JSON.parse(root.dataset['upstanderKerndoelen'] ?? '{}') as unknown;
    return map && typeof map === 'object' ? (map as Record<string, string>) : {};
  } catch {
    return {};
  }
}

/**
 * Opens the tracker where the lesson was launched (SCORM 2004, SCORM 1.2, cmi5, xAPI) or on browser
 * storage. When that environment refuses to start a session, the lesson plays on with progress
 * kept in the browser, and `ok` is false so the learner is told that it is not being saved.
 */
async function openTracker(info: LessonInfo, policy: PrivacyPolicy, options: LaunchOptions, onSaveStatus: (ok: boolean) => void) {
  const local = storage('localStorage');
  const session: KeyValueStore = storage('sessionStorage');
  const base = {policy, lessonId: info.id, storage: local, onSaveStatus};
  const iriBase = options.iriBase ?? options.root.dataset['upstanderIriBase'];
  try {
    const env = detectEnvironment(window, options.tracking ?? pageLrs(options.root, iriBase ?? DEFAULT_IRI_BASE, local));
    const sink = await createSink(env, info, {storage: local, session, win: window, ...(iriBase ? {iriBase} : {})});
    const tracker = new Tracker(sink, base);
    return {tracker, sink, saved: await tracker.start(), ok: true};
  } catch {
    const sink = new LocalSink(info, local);
    const tracker = new Tracker(sink, base);
    return {tracker, sink: sink as Sink, saved: await tracker.start(), ok: false};
  }
}

/**
 * The LRS a standalone page names in `data-upstander-xapi`. The learner is this browser's random
 * pseudonym (never a name or e-mail), as an xAPI account under `<IRI base>/learners`.
 */
function pageLrs(root: HTMLElement, iriBase: string, local: Storage): TrackingConfig | undefined {
  try {
    const config = JSON.parse(root.dataset['upstanderXapi'] ?? 'null') as {endpoint?: unknown; auth?: unknown} | null;
    if (!config || typeof config.endpoint !== 'string') return undefined;
    const actor = {objectType: 'Agent' as const, account: {homePage: `${iriBase.replace(/\/+$/, '')}/learners`, name: pseudonym(local)}};
    return {xapi: {endpoint: config.endpoint, auth: typeof config.auth === 'string' ? config.auth : '', actor}};
  } catch {
    return undefined;
  }
}

function download(name: string, text: string): void {
  const url = URL.createObjectURL(new Blob([text], {type: 'application/json'}));
  const link = document.createElement('a');
  link.href = url;
  link.download = name;
  link.hidden = true;
  document.body.append(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), 1000);
}

/** Loads a lesson, connects it to the LMS, LRS or the browser, and shows it. */
export async function launch(options: LaunchOptions): Promise<LessonSession | undefined> {
  const {lessonUrl, root, mode = 'individual'} = options;
  const language = document.documentElement.lang === 'en' ? 'en' : 'nl';
  let lesson: Lesson;
  try {
    const response = await fetch(lessonUrl);
    if (!response.ok) throw new Error(`${response.status} ${response.statusText}`);
    lesson = (await response.json()) as Lesson;
  } catch (error) {
    const message = document.createElement('p');
    message.setAttribute('role', 'alert');
    message.textContent = `${messages[language].failed} (${error instanceof Error ? error.message : String(error)})`;
    root.replaceChildren(message);
    return undefined;
  }

  const element = document.createElement('up-lesson');
  const info = lessonInfo(lesson, options.kerndoelUris ?? kerndoelUrisOf(root));
  const {tracker, sink, saved, ok} = await openTracker(info, policyFor(lesson), options, (saving) => (element.saveFailed = !saving));
  element.lesson = lesson;
  element.mode = mode;
  if (saved) element.state = saved;
  element.saveFailed = !ok;
  tracker.connect(element, window);
  root.replaceChildren(element);

  const exportStatements = () => (sink instanceof LocalSink ? sink.exportStatements(options.iriBase) : Promise.resolve([]));
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
  const mode = new URLSearchParams(location.search).get('mode') === 'classroom' ? 'classroom' : 'individual';
  const roots = [...doc.querySelectorAll<HTMLElement>('[data-upstander-lesson]')];
  const sessions = await Promise.all(roots.map((root) => launch({lessonUrl: root.dataset['upstanderLesson']!, root, mode})));
  return sessions.filter((s): s is LessonSession => s !== undefined);
}
