/**
 * Aggregates Upstander's xAPI statements one at a time into progress per learner, class, track,
 * lesson, activity and kerndoel, and anonymous survey answers into totals only. What it keeps grows
 * with learners × lessons and with activities, never with the number of statements: memory stays
 * flat while paging through a large store (docs/admin.md, bench/report.ts).
 *
 * - learner: the actor (account homePage + name, mbox, mbox_sha1sum or openid). Anonymous survey
 *   answers (account homePage ending in `/anonymous`) are never a learner.
 * - class: `context.team` (an xAPI Group: its name, else its account name) when the launch sets one;
 *   otherwise the statement's `context.registration` (in an LMS launch: one enrolment or course
 *   run). Anonymous answers carry no registration: they count under their team, or "(all)".
 * - track: `context.contextActivities.grouping` of type course, or the lesson's parent of type course
 *   (a track played as one unit).
 * - lesson: the object when its type is lesson, else `context.contextActivities.parent`.
 * - kerndoel: `context.contextActivities.category` of type objective (SLO URIs).
 */
import {ACTIVITY_TYPES, PROGRESS_EXTENSION, TEXT_WITHHELD_EXTENSION, VERBS} from '@upstander/schema/xapi';
import type {XapiStatement} from './source.js';

export type VerbName = keyof typeof VERBS;
const VERB_BY_IRI = new Map(Object.entries(VERBS).map(([name, v]) => [v.id, name as VerbName]));

/** The short name of a verb the lessons send (@upstander/schema/xapi), or undefined for any other. */
export function verbName(id: unknown): VerbName | undefined {
  return typeof id === 'string' ? VERB_BY_IRI.get(id) : undefined;
}

/**
 * An answer part the report may show: an id (an option, an item, a scale point), as the tracker
 * sends them (packages/tracking/src/privacy.ts). Anything else is treated as free text and never shown.
 */
const ID = /^[A-Za-z0-9_-]{1,64}$/;
/** Interaction types whose responses are ids; text types (fill-in, long-fill-in…) are never tabulated. */
const ID_TYPES = new Set(['choice', 'true-false', 'likert', 'sequencing', 'matching']);

export const ALL_CLASSES = '(all)';

interface LearnerLesson {
  learner: string;
  klass: string;
  lesson: string;
  track?: string;
  started: boolean;
  completed: boolean;
  passed: boolean;
  failed: boolean;
  /** Highest scaled score on completed/passed/failed. */
  score?: number;
  /** Time in the lesson: the sum of the session durations (suspended, terminated), else the completed duration. */
  sessionMs: number;
  completedMs: number;
  progress: number;
  last: string;
}

/** A learner in a track played as one unit (statements about the track itself, type course). */
interface LearnerTrack {
  learner: string;
  klass: string;
  track: string;
  completed: boolean;
  passed: boolean;
  failed: boolean;
  score?: number;
  sessionMs: number;
}

interface ActivityTotals {
  lesson: string;
  name?: string;
  type?: string;
  labels: Map<string, string>;
  correctIds: Set<string>;
  answered: number;
  scored: number;
  correct: number;
  withheld: number;
  /** Answers whose response is not a list of ids (text an author chose to share): counted, never shown. */
  text: number;
  responses: Map<string, number>;
  learners: Set<string>;
}

interface SurveyTotals {
  activity: string;
  lesson: string;
  track?: string;
  name?: string;
  first: string;
  /** By class, then per item (position), counts per point ('1'…'5'). */
  byClass: Map<string, Map<number, Map<string, number>>>;
}

export interface StepRow {
  /** Progress (0–100 %) of the lesson's steps the learners passed: one value per step. */
  progress: number;
  /** Learners (learner × class) who got at least this far. */
  reached: number;
}

export interface LessonRow {
  lesson: string;
  name: string;
  track: string;
  learners: number;
  started: number;
  completed: number;
  passed: number;
  failed: number;
  scored: number;
  meanScore: number | null;
  /** Scaled scores in five bands: 0–20 %, 20–40 %, 40–60 %, 60–80 %, 80–100 % (the last includes 100 %). */
  scoreBands: number[];
  timeSpentMs: number;
  meanTimeMs: number | null;
  kerndoelen: string[];
  /** How far learners got, per step (from `progressed`; a completed lesson counts as 100 %). */
  steps: StepRow[];
}

export interface LearnerRow {
  learner: string;
  klass: string;
  lessonsStarted: number;
  lessonsCompleted: number;
  lessonsPassed: number;
  meanScore: number | null;
  timeSpentMs: number;
  last: string;
}

export interface ClassRow {
  klass: string;
  learners: number;
  started: number;
  completed: number;
  passed: number;
  meanScore: number | null;
  timeSpentMs: number;
}

export interface TrackRow {
  track: string;
  name: string;
  learners: number;
  lessons: number;
  /** Lessons started and completed (learner × lesson) in this track. */
  started: number;
  completed: number;
  /** Played as one unit (a track package): learners who completed, passed, failed the track itself. */
  trackCompleted: number;
  trackPassed: number;
  trackFailed: number;
  meanScore: number | null;
}

export interface AnswerCount {
  /** The response part: an option id, `item[.]category` for a match, the order for a sequence, `item:point` for a scale. */
  response: string;
  /** The option's text from the statement's activity definition (lesson content), when known. */
  label: string;
  count: number;
  /** True when this response is (part of) the correct answer. */
  correct: boolean;
}

export interface ActivityRow {
  activity: string;
  lesson: string;
  name: string;
  interactionType: string;
  answered: number;
  learners: number;
  scored: number;
  correct: number;
  /** Answers whose free text stayed on the pupil's device (the text-withheld extension). */
  withheld: number;
  /** Answers that carried text (shared by the author's choice): counted, never shown. */
  text: number;
  /** How often each option (or pair, order, point) was chosen, most chosen first. */
  distribution: AnswerCount[];
}

export interface KerndoelRow {
  kerndoel: string;
  name: string;
  lessons: number;
  started: number;
  completed: number;
}

export interface SurveyItemChange {
  item: number;
  baseline: {answers: number; mean: number | null; counts: Record<string, number>};
  closing: {answers: number; mean: number | null; counts: Record<string, number>};
  /** closing mean − baseline mean, on the scale's points; null when either has no answers. */
  change: number | null;
}

export interface SurveyRow {
  survey: string;
  name: string;
  lesson: string;
  track: string;
  klass: string;
  item: number;
  answers: number;
  mean: number | null;
  counts: Record<string, number>;
}

export interface SurveyChangeRow {
  track: string;
  klass: string;
  baseline: string;
  closing: string;
  items: SurveyItemChange[];
}

export interface Report {
  /** Statements read. */
  statements: number;
  /** Well-formed statements that are not from Upstander lessons (another verb, no lesson). */
  ignored: number;
  /** Statements that are not valid xAPI (no actor, verb or object id; not an object): skipped and counted. */
  malformed: number;
  /** The latest `stored` seen: the `since` cursor for the next incremental run. */
  lastStored?: string;
  classes: ClassRow[];
  learners: LearnerRow[];
  tracks: TrackRow[];
  lessons: LessonRow[];
  activities: ActivityRow[];
  kerndoelen: KerndoelRow[];
  surveys: SurveyRow[];
  surveyChange: SurveyChangeRow[];
}

/** Milliseconds of an ISO 8601 duration (PT1H2M3.5S, P1DT…); 0 when unreadable. */
export function durationMs(iso: unknown): number {
  if (typeof iso !== 'string') return 0;
  const m = /^P(?:(\d+(?:\.\d+)?)D)?(?:T(?:(\d+(?:\.\d+)?)H)?(?:(\d+(?:\.\d+)?)M)?(?:(\d+(?:\.\d+)?)S)?)?$/.exec(iso);
  if (!m) return 0;
  const [, d, h, min, s] = m.map((x) => Number(x ?? 0));
  return Math.round((((d! * 24 + h!) * 60 + min!) * 60 + s!) * 1000);
}

/** A stable key for an actor (agent identifier per xAPI: one of mbox, mbox_sha1sum, openid, account). */
export function actorKey(actor: XapiStatement['actor']): string {
  if (!actor || typeof actor !== 'object') return '';
  if (actor.account) return `${actor.account.homePage}|${actor.account.name}`;
  return actor.mbox ?? actor.mbox_sha1sum ?? actor.openid ?? '';
}

export const isAnonymous = (actor: XapiStatement['actor']): boolean =>
  typeof actor?.account?.homePage === 'string' && /\/anonymous\/?$/.test(actor.account.homePage);

const nameOf = (activity: XapiStatement | undefined): string | undefined => {
  const map = activity?.definition?.name;
  if (!map || typeof map !== 'object') return undefined;
  return (map['nl-NL'] ?? map['en-GB'] ?? map['en-US'] ?? Object.values(map)[0]) as string | undefined;
};

const list = (v: unknown): XapiStatement[] => (Array.isArray(v) ? v : v && typeof v === 'object' ? [v] : []);

function classOf(s: XapiStatement): string | undefined {
  const team = s.context?.team;
  if (team) return team.name ?? team.account?.name ?? team.mbox ?? undefined;
  return typeof s.context?.registration === 'string' ? s.context.registration : undefined;
}

const mean = (sum: number, n: number) => (n > 0 ? Math.round((sum / n) * 10000) / 10000 : null);

export class Aggregator {
  private _statements = 0;
  private _ignored = 0;
  private _malformed = 0;
  private _lastStored?: string;
  private readonly _ids = new Set<string>();
  private readonly _rows = new Map<string, LearnerLesson>();
  private readonly _trackRows = new Map<string, LearnerTrack>();
  private readonly _lessonNames = new Map<string, string>();
  private readonly _lessonTrack = new Map<string, string>();
  private readonly _lessonKerndoelen = new Map<string, Set<string>>();
  private readonly _lessonSteps = new Map<string, Map<string, Set<number>>>();
  private readonly _kerndoelNames = new Map<string, string>();
  private readonly _trackNames = new Map<string, string>();
  private readonly _activities = new Map<string, ActivityTotals>();
  private readonly _surveys = new Map<string, SurveyTotals>();

  /**
   * `dedupe`: skip statements whose id was seen (an overlapping `since` window). Costs one id per
   * statement in memory; off by default, since an LRS returns each statement once.
   */
  constructor(private readonly options: {dedupe?: boolean} = {}) {}

  /** Takes one statement. Never throws: what is not a statement is counted as malformed and skipped. */
  add(statement: unknown): void {
    this._statements++;
    try {
      this._add(statement);
    } catch {
      this._malformed++;
    }
  }

  private _add(statement: unknown): void {
    if (!statement || typeof statement !== 'object' || Array.isArray(statement)) {
      this._malformed++;
      return;
    }
    const s = statement as XapiStatement;
    if (!s.actor || typeof s.actor !== 'object' || typeof s.verb?.id !== 'string' || !s.object || typeof s.object !== 'object' || typeof s.object.id !== 'string') {
      this._malformed++;
      return;
    }
    if (this.options.dedupe && typeof s.id === 'string') {
      if (this._ids.has(s.id)) return;
      this._ids.add(s.id);
    }
    if (typeof s.stored === 'string' && (!this._lastStored || s.stored > this._lastStored)) this._lastStored = s.stored;
    const verb = verbName(s.verb.id);
    const object = s.object;
    if (!verb) {
      this._ignored++;
      return;
    }
    const ctx = s.context?.contextActivities ?? {};
    const type = object.definition?.type;
    const parents = list(ctx.parent);
    // The track: the object itself (a track played as one unit), its parent, or the grouping. The
    // object's and the parent's name is the track's title; the grouping's only its id.
    const unit = type === ACTIVITY_TYPES.course ? object : parents.find((a) => a?.definition?.type === ACTIVITY_TYPES.course);
    const trackActivity = unit ?? list(ctx.grouping).find((a) => a?.definition?.type === ACTIVITY_TYPES.course);
    const track: string | undefined = typeof trackActivity?.id === 'string' ? trackActivity.id : undefined;
    if (track) {
      const trackName = nameOf(trackActivity);
      if (trackName && (unit || !this._trackNames.has(track))) this._trackNames.set(track, trackName);
    }
    const timestamp = typeof s.timestamp === 'string' ? s.timestamp : '';
    const result = s.result && typeof s.result === 'object' ? s.result : {};

    // A statement about a track played as one unit (docs/lms/track-runtime.md): the track's own record.
    if (type === ACTIVITY_TYPES.course) {
      if (isAnonymous(s.actor)) return void this._ignored++;
      const learner = actorKey(s.actor);
      if (!learner) return void this._malformed++;
      const klass = classOf(s) ?? ALL_CLASSES;
      const key = `${learner}\u0000${klass}\u0000${object.id}`;
      let row = this._trackRows.get(key);
      if (!row) this._trackRows.set(key, (row = {learner, klass, track: object.id, completed: false, passed: false, failed: false, sessionMs: 0}));
      if (verb === 'completed') row.completed = true;
      if (verb === 'passed') row.passed = row.completed = true;
      if (verb === 'failed') row.failed = true;
      if (verb === 'suspended' || verb === 'terminated') row.sessionMs += durationMs(result.duration);
      const scaled = result.score?.scaled;
      if (typeof scaled === 'number' && (verb === 'completed' || verb === 'passed' || verb === 'failed')) row.score = row.score === undefined ? scaled : Math.max(row.score, scaled);
      return;
    }

    const isLesson = type === ACTIVITY_TYPES.lesson || type === undefined;
    const parentLesson = parents.find((a) => a?.definition?.type === ACTIVITY_TYPES.lesson) ?? parents.find((a) => a?.definition?.type !== ACTIVITY_TYPES.course);
    const lessonObject = verb === 'answered' || !isLesson ? parentLesson : object;
    const lesson: string | undefined = typeof lessonObject?.id === 'string' ? lessonObject.id : undefined;
    if (!lesson) {
      this._ignored++;
      return;
    }
    const name = nameOf(lessonObject);
    if (name && !this._lessonNames.has(lesson)) this._lessonNames.set(lesson, name);
    if (track && !this._lessonTrack.has(lesson)) this._lessonTrack.set(lesson, track);
    for (const k of list(ctx.category)) {
      if (k?.definition?.type !== ACTIVITY_TYPES.objective || typeof k.id !== 'string') continue;
      let set = this._lessonKerndoelen.get(lesson);
      if (!set) this._lessonKerndoelen.set(lesson, (set = new Set()));
      set.add(k.id);
      const kname = nameOf(k);
      if (kname && !this._kerndoelNames.has(k.id)) this._kerndoelNames.set(k.id, kname);
    }

    if (isAnonymous(s.actor)) {
      // Anonymous answers are totals only: no learner, no row, nothing that links two answers.
      if (verb === 'answered') this._survey(s, lesson, track, timestamp);
      else this._ignored++;
      return;
    }
    const learner = actorKey(s.actor);
    if (!learner) {
      this._malformed++;
      return;
    }
    const klass = classOf(s) ?? ALL_CLASSES;
    const key = `${learner}\u0000${klass}\u0000${lesson}`;
    let row = this._rows.get(key);
    if (!row) {
      row = {learner, klass, lesson, started: false, completed: false, passed: false, failed: false, sessionMs: 0, completedMs: 0, progress: 0, last: ''};
      this._rows.set(key, row);
    }
    if (track) row.track = track;
    if (timestamp > row.last) row.last = timestamp;
    row.started = true;
    const scaled = result.score?.scaled;
    switch (verb) {
      case 'completed':
        row.completed = true;
        row.completedMs = Math.max(row.completedMs, durationMs(result.duration));
        row.progress = 100;
        break;
      case 'passed':
        row.passed = true;
        row.completed = true;
        break;
      case 'failed':
        row.failed = true;
        break;
      case 'suspended':
      case 'terminated':
        row.sessionMs += durationMs(result.duration);
        break;
      case 'progressed': {
        const p = Number(result.extensions?.[PROGRESS_EXTENSION]);
        if (Number.isFinite(p) && p >= 0 && p <= 100) {
          row.progress = Math.max(row.progress, p);
          let steps = this._lessonSteps.get(lesson);
          if (!steps) this._lessonSteps.set(lesson, (steps = new Map()));
          const reached = steps.get(`${learner}\u0000${klass}`);
          if (reached) reached.add(p);
          else steps.set(`${learner}\u0000${klass}`, new Set([p]));
        }
        break;
      }
      case 'answered':
        this._answered(s, object, result, lesson, learner);
        break;
    }
    if (typeof scaled === 'number' && (verb === 'completed' || verb === 'passed' || verb === 'failed')) {
      row.score = row.score === undefined ? scaled : Math.max(row.score, scaled);
    }
  }

  private _answered(s: XapiStatement, object: XapiStatement, result: XapiStatement, lesson: string, learner: string): void {
    let a = this._activities.get(object.id);
    if (!a) {
      a = {lesson, labels: new Map(), correctIds: new Set(), answered: 0, scored: 0, correct: 0, withheld: 0, text: 0, responses: new Map(), learners: new Set()};
      this._activities.set(object.id, a);
    }
    const definition = object.definition ?? {};
    if (!a.name) {
      const name = nameOf(object);
      if (name) a.name = name;
    }
    if (!a.type && typeof definition.interactionType === 'string') a.type = definition.interactionType;
    for (const component of [...list(definition.choices), ...list(definition.scale), ...list(definition.source), ...list(definition.target)]) {
      if (typeof component?.id === 'string' && !a.labels.has(component.id)) {
        const label = nameOf({definition: {name: component.description}});
        if (label) a.labels.set(component.id, label);
      }
    }
    if (a.correctIds.size === 0 && Array.isArray(definition.correctResponsesPattern)) {
      for (const pattern of definition.correctResponsesPattern) if (typeof pattern === 'string') for (const part of responseParts(a.type, pattern) ?? []) a.correctIds.add(part);
    }
    a.answered++;
    a.learners.add(learner);
    if (typeof result.success === 'boolean') {
      a.scored++;
      if (result.success) a.correct++;
    }
    if (result.extensions?.[TEXT_WITHHELD_EXTENSION] === true) a.withheld++;
    if (typeof result.response === 'string' && result.response !== '') {
      const parts = responseParts(a.type, result.response);
      if (!parts) a.text++;
      else for (const part of parts) a.responses.set(part, (a.responses.get(part) ?? 0) + 1);
    }
    void s;
  }

  private _survey(s: XapiStatement, lesson: string, track: string | undefined, timestamp: string): void {
    const response = s.result?.response;
    if (typeof response !== 'string' || response === '') return;
    const points = response.split('[,]');
    if (!points.every((p) => p === '' || ID.test(p))) return; // text is never tabulated
    let survey = this._surveys.get(s.object.id);
    if (!survey) {
      survey = {activity: s.object.id, lesson, first: timestamp, byClass: new Map(), ...(track ? {track} : {})};
      const name = nameOf(s.object);
      if (name) survey.name = name;
      this._surveys.set(s.object.id, survey);
    }
    if (timestamp && (!survey.first || timestamp < survey.first)) survey.first = timestamp;
    const klass = classOf(s) ?? ALL_CLASSES;
    let items = survey.byClass.get(klass);
    if (!items) survey.byClass.set(klass, (items = new Map()));
    points.forEach((point, i) => {
      if (point === '') return;
      let counts = items!.get(i + 1);
      if (!counts) items!.set(i + 1, (counts = new Map()));
      counts.set(point, (counts.get(point) ?? 0) + 1);
    });
  }

  /** Aggregates everything an iterable (an LRS or a file) yields. */
  async addAll(statements: AsyncIterable<unknown> | Iterable<unknown>): Promise<this> {
    for await (const s of statements) this.add(s);
    return this;
  }

  report(): Report {
    const rows = [...this._rows.values()];
    const time = (r: LearnerLesson) => r.sessionMs || r.completedMs;
    const byLesson = new Map<string, LearnerLesson[]>();
    for (const r of rows) {
      let l = byLesson.get(r.lesson);
      if (!l) byLesson.set(r.lesson, (l = []));
      l.push(r);
    }
    const lessons: LessonRow[] = [...byLesson.keys()].sort().map((lesson) => {
      const rs = byLesson.get(lesson)!;
      const scored = rs.filter((r) => r.score !== undefined);
      const timed = rs.filter((r) => time(r) > 0);
      const total = timed.reduce((n, r) => n + time(r), 0);
      const bands = [0, 0, 0, 0, 0];
      for (const r of scored) bands[Math.min(4, Math.max(0, Math.floor(r.score! * 5)))]!++;
      return {
        lesson,
        name: this._lessonNames.get(lesson) ?? lesson,
        track: this._lessonTrack.get(lesson) ?? '',
        learners: new Set(rs.map((r) => r.learner)).size,
        started: rs.filter((r) => r.started).length,
        completed: rs.filter((r) => r.completed).length,
        passed: rs.filter((r) => r.passed).length,
        failed: rs.filter((r) => r.failed && !r.passed).length,
        scored: scored.length,
        meanScore: mean(scored.reduce((n, r) => n + r.score!, 0), scored.length),
        scoreBands: bands,
        timeSpentMs: total,
        meanTimeMs: timed.length ? Math.round(total / timed.length) : null,
        kerndoelen: [...(this._lessonKerndoelen.get(lesson) ?? [])].sort(),
        steps: this._steps(lesson, rs),
      };
    });
    const group = <T>(items: T[], key: (r: T) => string) => {
      const map = new Map<string, T[]>();
      for (const r of items) {
        const k = key(r);
        let l = map.get(k);
        if (!l) map.set(k, (l = []));
        l.push(r);
      }
      return [...map.entries()].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
    };
    const scoreMean = (rs: {score?: number}[]) => {
      const s = rs.filter((r) => r.score !== undefined);
      return mean(s.reduce((n, r) => n + r.score!, 0), s.length);
    };
    const learners: LearnerRow[] = group(rows, (r) => `${r.learner}\u0000${r.klass}`).map(([, rs]) => ({
      learner: rs[0]!.learner,
      klass: rs[0]!.klass,
      lessonsStarted: rs.filter((r) => r.started).length,
      lessonsCompleted: rs.filter((r) => r.completed).length,
      lessonsPassed: rs.filter((r) => r.passed).length,
      meanScore: scoreMean(rs),
      timeSpentMs: rs.reduce((n, r) => n + time(r), 0),
      last: rs.reduce((l, r) => (r.last > l ? r.last : l), ''),
    }));
    const classes: ClassRow[] = group(rows, (r) => r.klass).map(([klass, rs]) => ({
      klass,
      learners: new Set(rs.map((r) => r.learner)).size,
      started: rs.filter((r) => r.started).length,
      completed: rs.filter((r) => r.completed).length,
      passed: rs.filter((r) => r.passed).length,
      meanScore: scoreMean(rs),
      timeSpentMs: rs.reduce((n, r) => n + time(r), 0),
    }));
    const trackRows = [...this._trackRows.values()];
    const trackIds = new Set([...rows.map((r) => r.track ?? this._lessonTrack.get(r.lesson) ?? ''), ...trackRows.map((t) => t.track)]);
    const tracks: TrackRow[] = [...trackIds].sort().map((track) => {
      const rs = rows.filter((r) => (r.track ?? this._lessonTrack.get(r.lesson) ?? '') === track);
      const ts = trackRows.filter((t) => t.track === track);
      return {
        track: track || '(none)',
        name: track ? (this._trackNames.get(track) ?? track) : '(no track)',
        learners: new Set([...rs.map((r) => `${r.learner}\u0000${r.klass}`), ...ts.map((t) => `${t.learner}\u0000${t.klass}`)]).size,
        lessons: new Set(rs.map((r) => r.lesson)).size,
        started: rs.filter((r) => r.started).length,
        completed: rs.filter((r) => r.completed).length,
        trackCompleted: ts.filter((t) => t.completed).length,
        trackPassed: ts.filter((t) => t.passed).length,
        trackFailed: ts.filter((t) => t.failed && !t.passed).length,
        meanScore: scoreMean(ts),
      };
    });
    const activities: ActivityRow[] = [...this._activities.entries()]
      .sort(([a], [b]) => (a < b ? -1 : 1))
      .map(([activity, a]) => ({
        activity,
        lesson: a.lesson,
        name: a.name ?? activity,
        interactionType: a.type ?? '',
        answered: a.answered,
        learners: a.learners.size,
        scored: a.scored,
        correct: a.correct,
        withheld: a.withheld,
        text: a.text,
        distribution: distribution(a),
      }));
    const kerndoelIds = new Set([...this._lessonKerndoelen.values()].flatMap((s) => [...s]));
    const kerndoelen: KerndoelRow[] = [...kerndoelIds].sort().map((kerndoel) => {
      const ls = lessons.filter((l) => l.kerndoelen.includes(kerndoel));
      return {
        kerndoel,
        name: this._kerndoelNames.get(kerndoel) ?? kerndoel,
        lessons: ls.length,
        started: ls.reduce((n, l) => n + l.started, 0),
        completed: ls.reduce((n, l) => n + l.completed, 0),
      };
    });
    const surveys: SurveyRow[] = [];
    for (const survey of [...this._surveys.values()].sort((a, b) => (a.activity < b.activity ? -1 : 1))) {
      for (const [klass, items] of [...survey.byClass.entries()].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))) {
        for (const [item, counts] of [...items.entries()].sort((a, b) => a[0] - b[0])) {
          const t = totals(counts);
          surveys.push({survey: survey.activity, name: survey.name ?? survey.activity, lesson: survey.lesson, track: survey.track ?? '', klass, item, answers: t.answers, mean: t.mean, counts: t.counts});
        }
      }
    }
    return {
      statements: this._statements,
      ignored: this._ignored,
      malformed: this._malformed,
      ...(this._lastStored ? {lastStored: this._lastStored} : {}),
      classes,
      learners,
      tracks,
      lessons,
      activities,
      kerndoelen,
      surveys,
      surveyChange: this._surveyChange(),
    };
  }

  /** Per step (progress value) of a lesson: how many learners got at least that far. */
  private _steps(lesson: string, rs: LearnerLesson[]): StepRow[] {
    const seen = this._lessonSteps.get(lesson) ?? new Map<string, Set<number>>();
    const values = new Set<number>();
    for (const set of seen.values()) for (const v of set) values.add(v);
    if (rs.some((r) => r.completed)) values.add(100);
    return [...values]
      .sort((a, b) => a - b)
      .map((progress) => ({progress, reached: rs.filter((r) => (r.completed ? 100 : r.progress) >= progress).length}));
  }

  /**
   * Baseline versus closing: within one track, the survey first answered (earliest timestamp) is the
   * baseline and the last one first answered is the closing survey, when both have the same number
   * of items (the lessons ask the same statements before and after: nulmeting, nameting). Per class
   * and for all classes together ("(all)").
   */
  private _surveyChange(): SurveyChangeRow[] {
    const byTrack = new Map<string, SurveyTotals[]>();
    for (const s of this._surveys.values()) {
      const k = s.track ?? '';
      let l = byTrack.get(k);
      if (!l) byTrack.set(k, (l = []));
      l.push(s);
    }
    const out: SurveyChangeRow[] = [];
    for (const [track, surveys] of [...byTrack.entries()].sort()) {
      if (surveys.length < 2) continue;
      surveys.sort((a, b) => (a.first < b.first ? -1 : a.first > b.first ? 1 : 0));
      const baseline = surveys[0]!;
      const closing = surveys.at(-1)!;
      const itemCount = (s: SurveyTotals) => Math.max(0, ...[...s.byClass.values()].map((m) => Math.max(0, ...m.keys())));
      if (itemCount(baseline) !== itemCount(closing)) continue;
      const classes = new Set([...baseline.byClass.keys(), ...closing.byClass.keys()]);
      const merged = (s: SurveyTotals) => {
        const all = new Map<number, Map<string, number>>();
        for (const items of s.byClass.values())
          for (const [item, counts] of items) {
            let m = all.get(item);
            if (!m) all.set(item, (m = new Map()));
            for (const [p, n] of counts) m.set(p, (m.get(p) ?? 0) + n);
          }
        return all;
      };
      const views: [string, Map<number, Map<string, number>> | undefined, Map<number, Map<string, number>> | undefined][] = [...classes]
        .sort()
        .map((k) => [k, baseline.byClass.get(k), closing.byClass.get(k)]);
      if (classes.size > 1) views.push([ALL_CLASSES, merged(baseline), merged(closing)]);
      for (const [klass, b, c] of views) {
        const items: SurveyItemChange[] = [];
        for (let item = 1; item <= itemCount(baseline); item++) {
          const bt = totals(b?.get(item) ?? new Map());
          const ct = totals(c?.get(item) ?? new Map());
          items.push({item, baseline: bt, closing: ct, change: bt.mean !== null && ct.mean !== null ? Math.round((ct.mean - bt.mean) * 10000) / 10000 : null});
        }
        out.push({track, klass, baseline: baseline.activity, closing: closing.activity, items});
      }
    }
    return out;
  }
}

function totals(counts: Map<string, number>): {answers: number; mean: number | null; counts: Record<string, number>} {
  let answers = 0;
  let sum = 0;
  let numeric = 0;
  const out: Record<string, number> = {};
  for (const [point, n] of [...counts.entries()].sort()) {
    out[point] = n;
    answers += n;
    const v = Number(point);
    if (Number.isFinite(v)) {
      sum += v * n;
      numeric += n;
    }
  }
  return {answers, mean: mean(sum, numeric), counts: out};
}

/**
 * The parts of a response the report may count, or undefined when it is not a list of ids (text):
 * choice and likert each id (a likert with several items as `item:point`), matching each pair, a
 * sequence the whole order.
 */
function responseParts(type: string | undefined, response: string): string[] | undefined {
  if (type !== undefined && !ID_TYPES.has(type)) return undefined;
  const parts = response.split('[,]');
  const ids = parts.flatMap((p) => p.split('[.]'));
  if (!ids.every((id) => ID.test(id))) return undefined;
  if (type === 'sequencing') return [parts.join('[,]')];
  if (type === 'likert' && parts.length > 1) return parts.map((p, i) => `${i + 1}:${p}`);
  return parts;
}

function distribution(a: ActivityTotals): AnswerCount[] {
  const label = (part: string) => {
    if (a.type === 'sequencing') return part.split('[,]').map((id) => a.labels.get(id) ?? id).join(' → ');
    if (a.type === 'matching') return part.split('[.]').map((id) => a.labels.get(id) ?? id).join(' → ');
    return a.labels.get(part.replace(/^\d+:/, '')) ?? part;
  };
  const out = [...a.responses.entries()].map(([response, count]) => ({response, label: label(response), count, correct: a.correctIds.has(response)}));
  // A choice lists every option, also those never chosen (0), in the order the question lists them.
  if (a.type !== 'choice' && a.type !== 'true-false' && a.type !== undefined) return out.sort((x, y) => y.count - x.count || (x.response < y.response ? -1 : 1));
  for (const [id, text] of a.labels) if (!a.responses.has(id)) out.push({response: id, label: text, count: 0, correct: a.correctIds.has(id)});
  const order = [...a.labels.keys()];
  const rank = (r: string) => (order.includes(r) ? order.indexOf(r) : order.length);
  return out.sort((x, y) => rank(x.response) - rank(y.response) || y.count - x.count || (x.response < y.response ? -1 : 1));
}

/** Aggregates a stream of statements (an LRS or a file) into a report. */
export async function aggregate(statements: AsyncIterable<unknown> | Iterable<unknown>, options: {dedupe?: boolean} = {}): Promise<Report> {
  return (await new Aggregator(options).addAll(statements)).report();
}
