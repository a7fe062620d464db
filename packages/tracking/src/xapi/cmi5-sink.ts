// The cmi5 sink: loaded (as its own chunk) only when an LMS launched the lesson as a cmi5 AU.
import type {CompletedDetail, LearnerState} from '@upstander/schema';
import Cmi5 from '@xapi/cmi5/dist/Cmi5.esm.js';
import type {LaunchData} from '@xapi/cmi5';
import type {Agent as LibAgent} from '@xapi/xapi';
import {hashKey} from '../scorm.js';
import type {LessonInfo} from '../sink.js';
import type {KeyValueStore} from '../tracker.js';
import {LrsSink, STATE_ID} from './lrs-sink.js';
import type {LrsSinkOptions} from './lrs-sink.js';
import {contextFor, scoreOf} from './vocabulary.js';
import type {Activity, Agent, Context, Statement} from './vocabulary.js';

/** The launch parameters of a cmi5 AU (cmi5 §8.1): all five are required. */
export interface Cmi5Launch {
  endpoint: string;
  fetch: string;
  actor: Agent;
  registration: string;
  activityId: string;
}

export interface Cmi5SinkOptions extends LrsSinkOptions {
  /** Per-tab storage (sessionStorage) for the auth token: the fetch URL works once per launch. */
  session: KeyValueStore;
}

interface Session {
  authToken: string;
  initializedDate: string;
  terminated?: boolean;
}

/** Raised when a page of an ended cmi5 session is reloaded: only the LMS can start a new one. */
export class Cmi5SessionEnded extends Error {}

/** Joins two contexts: arrays of context activities are concatenated (first one first), extensions merged. */
export function mergeContext(first: Context | undefined, second: Context | undefined): Context {
  const a = first ?? {};
  const b = second ?? {};
  const activities: NonNullable<Context['contextActivities']> = {};
  for (const key of ['parent', 'grouping', 'category', 'other'] as const) {
    const list = [...(a.contextActivities?.[key] ?? []), ...(b.contextActivities?.[key] ?? [])];
    const seen = new Set<string>();
    const unique = list.filter((x: Activity) => !seen.has(x.id) && seen.add(x.id));
    if (unique.length > 0) activities[key] = unique;
  }
  const merged: Context = {...b, ...a, contextActivities: activities};
  if (a.extensions || b.extensions) merged.extensions = {...b.extensions, ...a.extensions};
  return merged;
}

/**
 * The cmi5 sink. @xapi/cmi5 does the launch (fetch URL → auth token, LMS.LaunchData, learner
 * preferences) and builds the cmi5 defined statements (initialized, completed, passed, failed,
 * terminated: moveOn and mastery score included); every statement — the library's and ours — goes
 * through the durable queue in the order the spec demands: initialized first, completed/passed the
 * moment they are earned, terminated last, when the pupil exits (never on pagehide: a reload carries
 * on in the same session). Anonymous answers are never sent (a cmi5 session is always the learner's).
 */
export class Cmi5Sink extends LrsSink {
  readonly kind = 'cmi5';
  private readonly _launch: Cmi5Launch;
  private readonly _session: KeyValueStore;
  private _cmi5?: Cmi5;
  private _launchData?: LaunchData;
  private _early: Statement[] = [];
  private _closing = false;
  private _restoredCompleted = false;
  private _sessionSaver?: (extra?: Partial<Session>) => void;

  constructor(launch: Cmi5Launch, lesson: LessonInfo, options: Cmi5SinkOptions) {
    super(lesson, options);
    this._launch = launch;
    this._session = options.session;
  }

  /** The launch data the LMS gave (launchMode, moveOn, masteryScore…). */
  get launchData(): LaunchData | undefined {
    return this._launchData;
  }

  async start(): Promise<LearnerState | undefined> {
    const launch = this._launch;
    const sessionKey = `upstander:cmi5:${launch.registration}:${hashKey(launch.fetch)}`;
    const session = parse<Session>(this._session.getItem(sessionKey));
    if (session?.terminated) throw new Cmi5SessionEnded('This cmi5 session has ended: open the lesson again from the LMS.');
    this._scope = {
      lesson: this._lesson,
      lessonIri: launch.activityId,
      iriBase: this._iriBase(),
      actor: launch.actor,
      registration: launch.registration,
      newId: () => this._newId(),
    };
    const cmi5 = new Cmi5({...launch, actor: launch.actor as LibAgent});
    this._cmi5 = cmi5;
    // Every statement the library makes goes into the queue instead of straight to the LRS.
    cmi5.sendXapiStatement = (statement, options) => {
      const final = (options?.transform ? options.transform(statement) : statement) as unknown as Statement;
      this._fromLibrary(final);
      return Promise.resolve({data: [final.id]}) as unknown as ReturnType<Cmi5['sendXapiStatement']>;
    };
    const saveSession = (extra: Partial<Session> = {}) => {
      const token = cmi5.getAuthToken();
      if (!token) return;
      const date = cmi5.getInitializedDate?.() ?? new Date();
      this._session.setItem(sessionKey, JSON.stringify({authToken: token, initializedDate: date.toISOString(), ...extra}));
    };
    this._sessionSaver = saveSession;
    // The library would take any answer of the fetch URL (an error document: `Basic undefined`);
    // take a token only, else stop here, before any call to the LRS (cmi5 §8.2).
    (cmi5 as unknown as {getAuthTokenFromLMS: (url: string) => Promise<string>}).getAuthTokenFromLMS = async (url) => {
      const response = await fetch(url, {method: 'POST', credentials: 'omit', cache: 'no-store'});
      const data = (await response.json().catch(() => ({}))) as Record<string, unknown>;
      const token = data['auth-token'];
      if (!response.ok || typeof token !== 'string' || !token) throw new Error(`cmi5 fetch URL refused: ${String(data['error-text'] ?? response.status)}`);
      return token;
    };
    try {
      if (session) await cmi5.initialize({authToken: session.authToken, initializedDate: new Date(session.initializedDate)});
      else await cmi5.initialize();
    } finally {
      saveSession();
    }
    this._launchData = cmi5.getLaunchData();
    this._openQueue(launch.endpoint, `Basic ${cmi5.getAuthToken()}`, launch.actor, {
      activityId: launch.activityId,
      agent: launch.actor,
      registration: launch.registration,
      stateId: STATE_ID,
    });
    this._send(this._early.splice(0));
    const saved = await this._savedState();
    this._restoredCompleted = saved?.completed === true;
    return saved;
  }

  /**
   * completed, and passed or failed against the LMS's mastery score — once per registration, only
   * in Normal launch mode (cmi5 §9.3), the moment the lesson is finished.
   */
  completed(detail: CompletedDetail, _state: LearnerState): void {
    const cmi5 = this._cmi5;
    if (!cmi5 || this._launchData?.launchMode !== 'Normal' || this._restoredCompleted) return;
    this._restoredCompleted = true;
    const score = scoreOf(detail);
    void cmi5.moveOn({...(score ? {score} : {}), disableSendTerminated: true}).catch(() => undefined);
  }

  /**
   * The page goes (pagehide): a close, a navigation or a reload — the page cannot tell which. So no
   * `terminated` (after it cmi5 allows nothing more, and a reload would lose the rest of the lesson):
   * what is queued goes out with keepalive and the session stays open in this tab, so a reloaded page
   * carries on with the same token and registration. A tab that is closed leaves the session open;
   * the LMS records it as abandoned (cmi5 §9.3.9) — everything the pupil did was sent before.
   */
  finish(state: LearnerState): void {
    if (!this._cmi5 || !this._queue || this._closing) return;
    this._keepState(state);
    this.flushOnHide();
  }

  /** The pupil's exit (the player's exit button): terminated, last; the tab remembers that this session is over. */
  exit(state: LearnerState): void {
    const cmi5 = this._cmi5;
    if (!cmi5 || !this._queue || this._closing) return;
    this._closing = true;
    this._keepState(state);
    void cmi5.terminate().catch(() => undefined);
    this._sessionSaver?.({terminated: true});
    // Sent now (with keepalive while the budget allows, so a page that navigates away still delivers).
    void this._queue.flush();
  }

  /** cmi5 "allowed" statements must carry the LMS's context template and registration. */
  protected override _decorate(statement: Statement): Statement {
    const template = this._launchData?.contextTemplate as unknown as Context | undefined;
    return {...statement, context: {...mergeContext(template, statement.context), registration: this._launch.registration}};
  }

  /** A statement the library built: add the lesson's kerndoelen (category) and track (grouping). */
  private _fromLibrary(statement: Statement): void {
    const ours = contextFor(this._requireScope(), false);
    const final: Statement = {...statement, context: mergeContext(statement.context, ours)};
    if (this._queue) this._send([final], !this._closing);
    else this._early.push(final);
  }
}

function parse<T>(text: string | null): T | undefined {
  try {
    return text ? (JSON.parse(text) as T) : undefined;
  } catch {
    return undefined;
  }
}
