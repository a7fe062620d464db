// What the lesson player (launch.ts) and the track runtime (track.ts) share: the page's language and
// mode, browser storage, what the packager writes on the root element, where the page was launched,
// fetching JSON and telling the pupil when it failed.
import type {Lesson} from '@upstander/schema';
import {DEFAULT_IRI_BASE, detectEnvironment, pseudonym} from '@upstander/tracking';
import type {Environment, LessonInfo, SinkDeps, TrackingConfig} from '@upstander/tracking';

/** The language of the player's own messages: the page's (nl, en). */
export const uiLanguage = (): 'nl' | 'en' => (document.documentElement.lang === 'en' ? 'en' : 'nl');

/** individual, or classroom (the digibord) when the page's URL says `?mode=classroom`. */
export const pageMode = (): 'individual' | 'classroom' =>
  new URLSearchParams(location.search).get('mode') === 'classroom' ? 'classroom' : 'individual';

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
    } else if (activity.type === 'survey') {
      // Points are `1`…`n` (up-survey's answer); the labels only when the lesson names them.
      const options = Array.from({length: activity.points}, (_, i) => ({id: String(i + 1), ...(activity.labels?.[i] ? {text: activity.labels[i]} : {})}));
      activities[activity.id] = {type: activity.type, options, items: activity.items.map((item) => ({id: item.id, text: item.statement}))};
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

/** The SLO URIs of kerndoelen by id, from the root's `data-upstander-kerndoelen` (written by the packager). */
export function kerndoelUrisOf(root: HTMLElement): Record<string, string> {
  try {
    const map = JSON.parse(root.dataset['upstanderKerndoelen'] ?? '{}') as unknown;
    return map && typeof map === 'object' ? (map as Record<string, string>) : {};
  } catch {
    return {};
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

/** Where a page's progress can go: its browser storage, what sinks need, and the environment it was launched in. */
export interface LaunchOptions {
  /** Where the lesson JSON is, relative to the page. */
  lessonUrl: string;
  /** The element the lesson replaces. */
  root: HTMLElement;
  /**
   * individual (default) or classroom (digibord): then no LMS or LRS session is opened, nothing of the
   * answers is stored (only the step, in sessionStorage), and the facilitator notes are offered (classroom.ts).
   */
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

export interface PageTracking {
  /** localStorage, or a stand-in when storage is blocked. */
  local: Storage;
  deps: SinkDeps;
  /** Detects the environment (SCORM 2004, SCORM 1.2, cmi5, xAPI, else standalone). May throw. */
  environment(): Environment;
}

/** The base of the xAPI IRIs for a root element: `options.iriBase`, else the root's `data-upstander-iri-base` (undefined: the profile's). */
export function iriBaseOf(root: HTMLElement, options: {iriBase?: string}): string | undefined {
  return options.iriBase ?? root.dataset['upstanderIriBase'];
}

/** The page's tracking set-up for a root element (`data-upstander-iri-base`, `data-upstander-xapi`) and options. */
export function pageTracking(root: HTMLElement, options: {tracking?: TrackingConfig; iriBase?: string}): PageTracking {
  const local = storage('localStorage');
  const iriBase = iriBaseOf(root, options);
  return {
    local,
    deps: {storage: local, session: storage('sessionStorage'), win: window, ...(iriBase ? {iriBase} : {})},
    environment: () => detectEnvironment(window, options.tracking ?? pageLrs(root, iriBase ?? DEFAULT_IRI_BASE, local)),
  };
}

/** Fetches JSON; throws with the status when the answer is not OK. */
export async function fetchJson<T>(url: string): Promise<T> {
  const response = await fetch(url);
  if (!response.ok) throw new Error(`${response.status} ${response.statusText}`);
  return (await response.json()) as T;
}

/** Replaces the root's content by an alert for the pupil, with what went wrong for whoever helps them. */
export function showFailure(root: HTMLElement, text: string, error: unknown): void {
  const message = document.createElement('p');
  message.setAttribute('role', 'alert');
  message.textContent = `${text} (${error instanceof Error ? error.message : String(error)})`;
  root.replaceChildren(message);
}

/** Offers `text` as a JSON file download. */
export function download(name: string, text: string): void {
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
