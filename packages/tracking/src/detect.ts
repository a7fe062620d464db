import type {LessonInfo, Sink, TrackInfo} from './sink.js';
import {LocalSink} from './local.js';
import {Scorm12Sink, findScorm12Api} from './scorm12.js';
import type {Scorm12Api} from './scorm12.js';
import {Scorm2004Sink, findScorm2004Api} from './scorm2004.js';
import type {Scorm2004Api} from './scorm2004.js';
import {LocalTrackSink, OneUnitTrackSink} from './track.js';
import type {TrackSink} from './track.js';
import {TRACK_STATE} from './track-state.js';
import type {KeyValueStore} from './tracker.js';
import type {Cmi5Launch} from './xapi/cmi5-sink.js';
import type {LrsSinkOptions} from './xapi/lrs-sink.js';
import type {Agent} from './xapi/vocabulary.js';
import type {XapiLaunch} from './xapi/xapi-sink.js';

/** Where the lesson was launched. */
export type Environment =
  | {kind: 'scorm2004'; api: Scorm2004Api}
  | {kind: 'scorm12'; api: Scorm12Api}
  | {kind: 'cmi5'; launch: Cmi5Launch}
  | {kind: 'xapi'; launch: XapiLaunch}
  | {kind: 'local'};

/** What a page can configure instead of (or on top of) launch parameters. */
export interface TrackingConfig {
  /** An LRS to write to, for pages that are not launched with xAPI parameters. */
  xapi?: Partial<XapiLaunch>;
}

/**
 * An xAPI actor from a launch parameter. Accepts xAPI 1.0 agents and the older TinCan form with
 * arrays (`{"name":["…"],"mbox":["mailto:…"]}` or `account: [{accountServiceHomePage, accountName}]`).
 */
export function parseActor(text: string | null | undefined): Agent | undefined {
  if (!text) return undefined;
  let raw: Record<string, unknown>;
  try {
    raw = JSON.parse(text) as Record<string, unknown>;
  } catch {
    return undefined;
  }
  if (!raw || typeof raw !== 'object') return undefined;
  const first = (value: unknown) => (Array.isArray(value) ? value[0] : value);
  const agent: Agent = {objectType: 'Agent'};
  const name = first(raw['name']);
  if (typeof name === 'string') agent.name = name;
  for (const key of ['mbox', 'mbox_sha1sum', 'openid'] as const) {
    const value = first(raw[key]);
    if (typeof value === 'string') agent[key] = value;
  }
  const account = first(raw['account']) as Record<string, unknown> | undefined;
  if (account && typeof account === 'object') {
    const homePage = account['homePage'] ?? account['accountServiceHomePage'];
    const accountName = account['name'] ?? account['accountName'];
    if (typeof homePage === 'string' && typeof accountName === 'string') agent.account = {homePage, name: accountName};
  }
  return agent.mbox || agent.mbox_sha1sum || agent.openid || agent.account ? agent : undefined;
}

/** A cmi5 launch (cmi5 §8.1): endpoint, fetch, actor, registration and activityId all present. */
export function cmi5LaunchFrom(search: string): Cmi5Launch | undefined {
  const q = new URLSearchParams(search);
  const actor = parseActor(q.get('actor'));
  const [endpoint, fetch, registration, activityId] = ['endpoint', 'fetch', 'registration', 'activityId'].map((k) => q.get(k));
  if (!endpoint || !fetch || !actor || !registration || !activityId) return undefined;
  return {endpoint, fetch, actor, registration, activityId};
}

/** An xAPI launch ("TinCan launch": endpoint, auth, actor, registration, activity_id), merged with the page's config. */
export function xapiLaunchFrom(search: string, config: Partial<XapiLaunch> = {}): XapiLaunch | undefined {
  const q = new URLSearchParams(search);
  const endpoint = q.get('endpoint') ?? config.endpoint;
  const auth = q.get('auth') ?? config.auth;
  const actor = parseActor(q.get('actor')) ?? config.actor;
  if (!endpoint || auth === undefined || auth === null || !actor) return undefined;
  const launch: XapiLaunch = {endpoint, auth, actor};
  const registration = q.get('registration') ?? config.registration;
  const activityId = q.get('activity_id') ?? config.activityId;
  if (registration) launch.registration = registration;
  if (activityId) launch.activityId = activityId;
  if (config.masteryScore !== undefined) launch.masteryScore = config.masteryScore;
  return launch;
}

/**
 * Where was the lesson launched? In this order: a SCORM 2004 LMS (`API_1484_11`), a SCORM 1.2 LMS
 * (`API`), a cmi5 launch, an xAPI launch (URL or config), else standalone.
 */
export function detectEnvironment(win: Window, config: TrackingConfig = {}): Environment {
  const scorm2004 = findScorm2004Api(win);
  if (scorm2004) return {kind: 'scorm2004', api: scorm2004};
  const scorm12 = findScorm12Api(win);
  if (scorm12) return {kind: 'scorm12', api: scorm12};
  const search = win.location?.search ?? '';
  const cmi5 = cmi5LaunchFrom(search);
  if (cmi5) return {kind: 'cmi5', launch: cmi5};
  const xapi = xapiLaunchFrom(search, config.xapi);
  if (xapi) return {kind: 'xapi', launch: xapi};
  return {kind: 'local'};
}

/** What sinks need from the page. */
export interface SinkDeps extends Partial<Omit<LrsSinkOptions, 'storage'>> {
  /** localStorage (or a stand-in). */
  storage: Storage;
  /** sessionStorage (or a stand-in), for the cmi5 session. */
  session: KeyValueStore;
  win: Window;
}

/**
 * Makes the sink for an environment. The xAPI and cmi5 sinks (with @xapi/xapi and @xapi/cmi5) are
 * loaded only here, by dynamic import: a SCORM or standalone lesson never downloads them.
 */
export async function createSink(env: Environment, lesson: LessonInfo, deps: SinkDeps): Promise<Sink> {
  switch (env.kind) {
    case 'scorm2004':
      return new Scorm2004Sink(env.api, lesson, () => findScorm2004Api(deps.win));
    case 'scorm12':
      return new Scorm12Sink(env.api, lesson, () => findScorm12Api(deps.win));
    case 'cmi5': {
      const {Cmi5Sink} = await import('./xapi/cmi5-sink.js');
      return new Cmi5Sink(env.launch, lesson, {...deps, storage: deps.storage, session: deps.session});
    }
    case 'xapi': {
      const {XapiSink} = await import('./xapi/xapi-sink.js');
      return new XapiSink(env.launch, lesson, {...deps, storage: deps.storage});
    }
    case 'local':
      return new LocalSink(lesson, deps.storage);
  }
}

/**
 * Makes the track's sink for an environment: SCORM 2004, SCORM 1.2 through their lesson sinks (with
 * the track state as resume state), browser storage through LocalTrackSink, xAPI through its own sink (lesson
 * statements about each lesson, in the context of the track), loaded by dynamic import. A track is
 * never a cmi5 AU (a cmi5 track is a course with one AU per lesson): that throws.
 */
export async function createTrackSink(env: Environment, info: TrackInfo, deps: SinkDeps): Promise<TrackSink> {
  if (env.kind === 'cmi5') throw new Error('A track page is not a cmi5 AU: in a cmi5 course every lesson is an AU of its own.');
  if (env.kind === 'xapi') {
    const {TrackXapiSink} = await import('./xapi/track-xapi-sink.js');
    return new TrackXapiSink(env.launch, info, {...deps, storage: deps.storage});
  }
  switch (env.kind) {
    case 'scorm2004':
      return new OneUnitTrackSink(new Scorm2004Sink(env.api, info, () => findScorm2004Api(deps.win), TRACK_STATE), info);
    case 'scorm12':
      return new OneUnitTrackSink(new Scorm12Sink(env.api, info, () => findScorm12Api(deps.win), TRACK_STATE), info);
    case 'local':
      return new LocalTrackSink(info, deps.storage);
  }
}
