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
import {ACTIVITY_TYPES, PROGRESS_EXTENSION, verbName} from './vocabulary.js';
import type {XapiStatement} from './source.js';

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

interface ActivityTotals {
  lesson: string;
  answered: number;
  scored: number;
  correct: number;
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
  responses: Map<string, number>;
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
  timeSpentMs: number;
  meanTimeMs: number | null;
  kerndoelen: string[];
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
  learners: number;
  lessons: number;
  started: number;
  completed: number;
}

export interface ActivityRow {
  activity: string;
  lesson: string;
  answered: number;
  learners: number;
  scored: number;
  correct: number;
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
  statements: number;
  ignored: number;
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
  private _lastStored?: string;
  private readonly _ids = new Set<string>();
  private readonly _rows = new Map<string, LearnerLesson>();
  private readonly _lessonNames = new Map<string, string>();
  private readonly _lessonTrack = new Map<string, string>();
  private readonly _lessonKerndoelen = new Map<string, Set<string>>();
  private readonly _kerndoelNames = new Map<string, string>();
  private readonly _trackNames = new Map<string, string>();
  private readonly _activities = new Map<string, ActivityTotals>();
  private readonly _surveys = new Map<string, SurveyTotals>();

  /**
   * `dedupe`: skip statements whose id was seen (an overlapping `since` window). Costs one id per
   * statement in memory; off by default, since an LRS returns each statement once.
   */
  constructor(private readonly options: {dedupe?: boolean} = {}) {}

  add(s: XapiStatement): void {
    this._statements++;
    if (this.options.dedupe && typeof s.id === 'string') {
      if (this._ids.has(s.id)) return;
      this._ids.add(s.id);
    }
    if (typeof s.stored === 'string' && (!this._lastStored || s.stored > this._lastStored)) this._lastStored = s.stored;
    const verb = verbName(s.verb?.id);
    const object = s.object;
    if (!verb || !object || typeof object.id !== 'string') {
      this._ignored++;
      return;
    }
    const ctx = s.context?.contextActivities ?? {};
    const isLesson = object.definition?.type === ACTIVITY_TYPES.lesson || object.definition?.type === undefined;
    const parentLesson = list(ctx.parent).find((a) => a.definition?.type === ACTIVITY_TYPES.lesson) ?? list(ctx.parent)[0];
    const lesson: string | undefined = verb === 'answered' ? parentLesson?.id : isLesson || object.definition?.type === ACTIVITY_TYPES.course ? object.id : parentLesson?.id;
    if (!lesson) {
      this._ignored++;
      return;
    }
    const lessonObject = verb === 'answered' ? parentLesson : object;
    const name = nameOf(lessonObject);
    if (name && !this._lessonNames.has(lesson)) this._lessonNames.set(lesson, name);
    const trackActivity =
      list(ctx.grouping).find((a) => a.definition?.type === ACTIVITY_TYPES.course) ??
      list(ctx.parent).find((a) => a.definition?.type === ACTIVITY_TYPES.course);
    const track: string | undefined = trackActivity?.id;
    if (track) {
      if (!this._lessonTrack.has(lesson)) this._lessonTrack.set(lesson, track);
      const trackName = nameOf(trackActivity);
      if (trackName && !this._trackNames.has(track)) this._trackNames.set(track, trackName);
    }
    for (const k of list(ctx.category)) {
      if (k.definition?.type !== ACTIVITY_TYPES.objective || typeof k.id !== 'string') continue;
      let set = this._lessonKerndoelen.get(lesson);
      if (!set) this._lessonKerndoelen.set(lesson, (set = new Set()));
      set.add(k.id);
      const kname = nameOf(k);
      if (kname && !this._kerndoelNames.has(k.id)) this._kerndoelNames.set(k.id, kname);
    }
    const timestamp = typeof s.timestamp === 'string' ? s.timestamp : '';

    if (isAnonymous(s.actor)) {
      if (verb === 'answered') this._survey(s, lesson, track, timestamp);
      else this._ignored++;
      return;
    }
    const learner = actorKey(s.actor);
    if (!learner) {
      this._ignored++;
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
    const result = s.result ?? {};
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
        if (Number.isFinite(p)) row.progress = Math.max(row.progress, p);
        break;
      }
      case 'answered': {
        let a = this._activities.get(object.id);
        if (!a) this._activities.set(object.id, (a = {lesson, answered: 0, scored: 0, correct: 0, learners: new Set()}));
        a.answered++;
        a.learners.add(learner);
        if (typeof result.success === 'boolean') {
          a.scored++;
          if (result.success) a.correct++;
        }
        break;
      }
    }
    if (typeof scaled === 'number' && (verb === 'completed' || verb === 'passed' || verb === 'failed')) {
      row.score = row.score === undefined ? scaled : Math.max(row.score, scaled);
    }
  }

  private _survey(s: XapiStatement, lesson: string, track: string | undefined, timestamp: string): void {
    const response = s.result?.response;
    if (typeof response !== 'string' || response === '') return;
    let survey = this._surveys.get(s.object.id);
    if (!survey) {
      survey = {activity: s.object.id, lesson, first: timestamp, byClass: new Map(), responses: new Map(), ...(track ? {track} : {})};
      const name = nameOf(s.object);
      if (name) survey.name = name;
      this._surveys.set(s.object.id, survey);
    }
    if (timestamp && (!survey.first || timestamp < survey.first)) survey.first = timestamp;
    const klass = classOf(s) ?? ALL_CLASSES;
    let items = survey.byClass.get(klass);
    if (!items) survey.byClass.set(klass, (items = new Map()));
    response.split('[,]').forEach((point, i) => {
      if (point === '') return;
      let counts = items!.get(i + 1);
      if (!counts) items!.set(i + 1, (counts = new Map()));
      counts.set(point, (counts.get(point) ?? 0) + 1);
    });
  }

  /** Aggregates everything an iterable (an LRS or a file) yields. */
  async addAll(statements: AsyncIterable<XapiStatement> | Iterable<XapiStatement>): Promise<this> {
    for await (const s of statements) this.add(s);
    return this;
  }

  report(): Report {
    const rows = [...this._rows.values()];
    const time = (r: LearnerLesson) => r.sessionMs || r.completedMs;
    const lessonIds = [...new Set(rows.map((r) => r.lesson))].sort();
    const lessons: LessonRow[] = lessonIds.map((lesson) => {
      const rs = rows.filter((r) => r.lesson === lesson);
      const scored = rs.filter((r) => r.score !== undefined);
      const timed = rs.filter((r) => time(r) > 0);
      const total = timed.reduce((n, r) => n + time(r), 0);
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
        timeSpentMs: total,
        meanTimeMs: timed.length ? Math.round(total / timed.length) : null,
        kerndoelen: [...(this._lessonKerndoelen.get(lesson) ?? [])].sort(),
      };
    });
    const group = <K extends string>(key: (r: LearnerLesson) => string, make: (k: string, rs: LearnerLesson[]) => Record<K, unknown>) => {
      const map = new Map<string, LearnerLesson[]>();
      for (const r of rows) {
        const k = key(r);
        let l = map.get(k);
        if (!l) map.set(k, (l = []));
        l.push(r);
      }
      return [...map.entries()].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)).map(([k, rs]) => make(k, rs));
    };
    const scoreMean = (rs: LearnerLesson[]) => {
      const s = rs.filter((r) => r.score !== undefined);
      return mean(s.reduce((n, r) => n + r.score!, 0), s.length);
    };
    const learners = group(
      (r) => `${r.learner}\u0000${r.klass}`,
      (_k, rs) => ({
        learner: rs[0]!.learner,
        klass: rs[0]!.klass,
        lessonsStarted: rs.filter((r) => r.started).length,
        lessonsCompleted: rs.filter((r) => r.completed).length,
        lessonsPassed: rs.filter((r) => r.passed).length,
        meanScore: scoreMean(rs),
        timeSpentMs: rs.reduce((n, r) => n + time(r), 0),
        last: rs.reduce((l, r) => (r.last > l ? r.last : l), ''),
      }),
    ) as unknown as LearnerRow[];
    const classes = group(
      (r) => r.klass,
      (klass, rs) => ({
        klass,
        learners: new Set(rs.map((r) => r.learner)).size,
        started: rs.filter((r) => r.started).length,
        completed: rs.filter((r) => r.completed).length,
        passed: rs.filter((r) => r.passed).length,
        meanScore: scoreMean(rs),
        timeSpentMs: rs.reduce((n, r) => n + time(r), 0),
      }),
    ) as unknown as ClassRow[];
    const tracks = group(
      (r) => r.track ?? this._lessonTrack.get(r.lesson) ?? '',
      (track, rs) => ({
        track: track ? (this._trackNames.get(track) ?? track) : '(none)',
        learners: new Set(rs.map((r) => r.learner)).size,
        lessons: new Set(rs.map((r) => r.lesson)).size,
        started: rs.filter((r) => r.started).length,
        completed: rs.filter((r) => r.completed).length,
      }),
    ) as unknown as TrackRow[];
    const activities: ActivityRow[] = [...this._activities.entries()]
      .sort(([a], [b]) => (a < b ? -1 : 1))
      .map(([activity, a]) => ({activity, lesson: a.lesson, answered: a.answered, learners: a.learners.size, scored: a.scored, correct: a.correct}));
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
      for (const [klass, items] of [...survey.byClass.entries()].sort()) {
        for (const [item, counts] of [...items.entries()].sort((a, b) => a[0] - b[0])) {
          const t = totals(counts);
          surveys.push({survey: survey.activity, lesson: survey.lesson, track: survey.track ?? '', klass, item, answers: t.answers, mean: t.mean, counts: t.counts});
        }
      }
    }
    return {
      statements: this._statements,
      ignored: this._ignored,
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

/** Aggregates a stream of statements (an LRS or a file) into a report. */
export async function aggregate(statements: AsyncIterable<XapiStatement> | Iterable<XapiStatement>, options: {dedupe?: boolean} = {}): Promise<Report> {
  return (await new Aggregator(options).addAll(statements)).report();
}
