import type {Lesson} from '@upstander/schema';
import {Tracker, LocalSink, detectSink} from '@upstander/tracking';
import type {LessonInfo} from '@upstander/tracking';
import '@upstander/elements';

export interface LaunchOptions {
  /** Where the lesson JSON is, relative to the page. */
  lessonUrl: string;
  /** The element the lesson replaces. */
  root: HTMLElement;
  /** individual (default) or classroom (digibord). */
  mode?: 'individual' | 'classroom';
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

function browserStorage(): Storage {
  try {
    return window.localStorage;
  } catch {
    return memoryStorage(); // storage blocked (a sandboxed frame): keep progress for this visit only
  }
}

/**
 * Opens the tracker on the LMS the lesson was launched in, or on browser storage. When the LMS refuses
 * to start a session, the lesson plays on with progress kept in the browser, and `ok` is false so the
 * learner is told that the LMS is not saving.
 */
function openTracker(info: LessonInfo, onSaveStatus: (ok: boolean) => void) {
  try {
    const tracker = new Tracker(detectSink(window, info), {onSaveStatus});
    return {tracker, saved: tracker.start(), ok: true};
  } catch {
    const tracker = new Tracker(new LocalSink(info, browserStorage()), {onSaveStatus});
    return {tracker, saved: tracker.start(), ok: false};
  }
}

/** Loads a lesson, connects it to the LMS (or the browser) and shows it. */
export async function launch({lessonUrl, root, mode = 'individual'}: LaunchOptions): Promise<void> {
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
    return;
  }

  const element = document.createElement('up-lesson');
  const info = {id: lesson.id, title: lesson.title, kerndoelen: lesson.kerndoelen};
  const {tracker, saved, ok} = openTracker(info, (saving) => (element.saveFailed = !saving));
  element.lesson = lesson;
  element.mode = mode;
  if (saved) element.state = saved;
  element.saveFailed = !ok;
  tracker.connect(element, window);
  root.replaceChildren(element);
}

/** Launches every `[data-upstander-lesson]` element on the page. */
export function launchAll(doc: Document = document): Promise<void[]> {
  const mode = new URLSearchParams(location.search).get('mode') === 'classroom' ? 'classroom' : 'individual';
  const roots = [...doc.querySelectorAll<HTMLElement>('[data-upstander-lesson]')];
  return Promise.all(roots.map((root) => launch({lessonUrl: root.dataset['upstanderLesson']!, root, mode})));
}
