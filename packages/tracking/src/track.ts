/**
 * A track played as one unit of tracking (docs/lms/track-runtime.md): one SCO in SCORM, one launched
 * activity in xAPI, one record in browser storage. Every lesson keeps its own Tracker (its events,
 * privacy policy, journal and retries); the trackers write to lesson views of one TrackSession, which
 * keeps every lesson's state in one TrackState and writes to one TrackSink: the LMS session is opened
 * once and never finished between lessons.
 */
import type {CompletedDetail, LearnerState, ProgressedDetail, Track} from '@upstander/schema';
import {trackStatus} from '@upstander/schema/progress';
import type {LessonProgress, TrackStatus} from '@upstander/schema/progress';
import type {SinkAnswer} from './answers.js';
import {LocalSink} from './local.js';
import {hashKey} from './scorm.js';
import type {ActivityInfo, LessonInfo, SaveReason, Sink, SinkKind, TrackInfo} from './sink.js';
import {TRACK_STATE, emptyTrackState, isTrackState} from './track-state.js';
import type {TrackState} from './track-state.js';
import type {Statement} from './xapi/vocabulary.js';

export type {TrackInfo} from './sink.js';

/** The interaction id of an activity in a track: `<lesson id>_<activity id>` (ids are [a-z0-9-], so `_` keeps them apart; a SCORM 1.2 CMIIdentifier). */
export const interactionId = (lessonId: string, activityId: string): string => `${lessonId}_${activityId}`;

/** The TrackInfo of a track and the LessonInfo of its lessons (missing ones are left out). */
export function trackInfo(track: Pick<Track, 'id' | 'title' | 'track' | 'lessons' | 'completion'>, lessons: readonly LessonInfo[]): TrackInfo {
  const byId = Object.fromEntries(lessons.map((l) => [l.id, l]));
  const unique = (list: string[]) => [...new Set(list)];
  const activities: Record<string, ActivityInfo> = {};
  for (const lesson of lessons) {
    for (const [id, activity] of Object.entries(lesson.activities ?? {})) activities[interactionId(lesson.id, id)] = activity;
  }
  const language = byId[track.lessons[0]!.lesson]?.language ?? lessons[0]?.language;
  return {
    id: track.id,
    title: track.title,
    kerndoelen: unique(lessons.flatMap((l) => l.kerndoelen)),
    kerndoelUris: unique(lessons.flatMap((l) => l.kerndoelUris ?? [])),
    track: track.track,
    ...(language ? {language} : {}),
    stepCount: track.lessons.length,
    activities,
    places: track.lessons.map((p) => ({lesson: p.lesson, ...(p.variants ? {variants: [...p.variants]} : {})})),
    lessons: byId,
    completion: track.completion,
    ...(track.completion.rule === 'mastery' ? {masteryScore: track.completion.score / 100} : {}),
  };
}

/**
 * Where a track's progress goes. Lesson events keep their lesson ids; the sink decides how the track
 * shows in its format. `state` is always the whole track.
 */
export interface TrackSink {
  readonly kind: SinkKind;
  /** Opens the one session of the track and returns the saved track state, if any. */
  start(): TrackState | undefined | Promise<TrackState | undefined>;
  progressed(detail: ProgressedDetail, state: TrackState): void;
  answered(detail: SinkAnswer, state: TrackState): void;
  /** A lesson of the track was finished. */
  lessonCompleted(detail: CompletedDetail, state: TrackState): void;
  /**
   * The track's rule is met, or every place is finished (a `mastery` track may then be failed), or
   * its score changed since: the track's status and its score (the mean percentage of the finished
   * lessons with scored questions, as points of 100; null without any).
   */
  trackCompleted(score: {raw: number; max: number} | null, state: TrackState): void;
  save(state: TrackState, reason: SaveReason): boolean;
  finish(state: TrackState): void;
  learnerKey?(): string | undefined;
  onHealth?(listener: (ok: boolean) => void): void;
  flushOnHide?(): void;
}

/** Share of the track done (0–1): finished places count whole, the others by the steps passed. */
export function trackProgress(info: TrackInfo, state: TrackState): number {
  let sum = 0;
  for (const place of info.places) {
    let best = 0;
    for (const id of [place.lesson, ...(place.variants ?? [])]) {
      const lesson = state.lessons[id]?.state;
      if (!lesson) continue;
      const steps = info.lessons[id]?.stepCount ?? 0;
      best = Math.max(best, lesson.completed ? 1 : steps > 0 ? Math.min(1, lesson.step / steps) : 0);
    }
    sum += best;
  }
  return info.places.length > 0 ? sum / info.places.length : 0;
}

/**
 * A sink that knows one unit (SCORM 1.2 or 2004, browser storage) as a TrackSink: the track is its
 * lesson; the location is `<lesson id>/<step id>`, interaction ids are prefixed with the lesson id,
 * the progress (SCORM 2004's progress measure) is the track's, and the status and score are the
 * track's. The resume state is the TrackState (the sink's codec is TRACK_STATE).
 */
export class OneUnitTrackSink implements TrackSink {
  readonly kind: SinkKind;
  private readonly _inner: Sink;
  private readonly _info: TrackInfo;
  /** The same answer written again (a retry) keeps its translation, so the sink reuses its interaction slot. */
  private readonly _answers = new WeakMap<SinkAnswer, SinkAnswer>();

  constructor(inner: Sink, info: TrackInfo) {
    this._inner = inner;
    this._info = info;
    this.kind = inner.kind;
  }

  async start(): Promise<TrackState | undefined> {
    const saved = await this._inner.start();
    return isTrackState(saved) ? saved : undefined;
  }

  progressed(detail: ProgressedDetail, state: TrackState): void {
    const measure = Math.round(trackProgress(this._info, state) * 1000);
    this._inner.progressed({lessonId: this._info.id, stepId: `${detail.lessonId}/${detail.stepId}`, stepIndex: measure, stepCount: 1000}, state);
  }

  answered(detail: SinkAnswer, state: TrackState): void {
    let translated = this._answers.get(detail);
    if (!translated) {
      translated = {...detail, activityId: interactionId(detail.lessonId, detail.activityId)};
      this._answers.set(detail, translated);
    }
    this._inner.answered(translated, state);
  }

  lessonCompleted(_detail: CompletedDetail, _state: TrackState): void {
    // The lesson is finished in the track state, which the next commit writes.
  }

  trackCompleted(score: {raw: number; max: number} | null, state: TrackState): void {
    this._inner.completed({lessonId: this._info.id, score}, state);
  }

  save(state: TrackState, reason: SaveReason): boolean {
    return this._inner.save(state, reason);
  }

  finish(state: TrackState): void {
    this._inner.finish(state);
  }

  learnerKey(): string | undefined {
    return this._inner.learnerKey?.();
  }

  onHealth(listener: (ok: boolean) => void): void {
    this._inner.onHealth?.(listener);
  }

  flushOnHide(): void {
    this._inner.flushOnHide?.();
  }
}

/**
 * A track in this browser's storage (standalone): the track state as one record
 * (`upstander:<track id>:state`), and a log of each lesson's events under its own lesson id
 * (`upstander:<track id>:log`), from which the pupil can export their own record of the track as
 * xAPI statements (`exportStatements`, as a lesson's LocalSink does).
 */
export class LocalTrackSink implements TrackSink {
  readonly kind = 'local';
  private readonly _local: LocalSink;
  private readonly _info: TrackInfo;

  constructor(info: TrackInfo, storage: Storage) {
    this._local = new LocalSink(info, storage, {codec: TRACK_STATE, track: info});
    this._info = info;
  }

  start(): TrackState | undefined {
    const saved = this._local.start();
    return isTrackState(saved) ? saved : undefined;
  }

  progressed(detail: ProgressedDetail): void {
    this._local.progressed(detail);
  }

  answered(detail: SinkAnswer): void {
    this._local.answered(detail);
  }

  lessonCompleted(detail: CompletedDetail): void {
    this._local.completed(detail);
  }

  trackCompleted(score: {raw: number; max: number} | null): void {
    this._local.completed({lessonId: this._info.id, score});
  }

  save(state: TrackState): boolean {
    return this._local.save(state);
  }

  finish(state: TrackState): void {
    this._local.finish(state);
  }

  /** The pupil's own record of the track as xAPI statements (LocalSink.exportStatements). */
  exportStatements(iriBase?: string): Promise<Statement[]> {
    return this._local.exportStatements(iriBase);
  }
}

/** The percentage (0–100) of a lesson score (`up-completed`'s), or undefined without scored questions. */
export const scorePercent = (score: {raw: number; max: number} | null | undefined): number | undefined =>
  score ? (score.max > 0 ? (100 * score.raw) / score.max : 100) : undefined;

/**
 * One track session: the TrackState of every lesson, one TrackSink, and a lesson view (a Sink) for
 * each lesson's Tracker. Views write the lesson's state into the track state before they pass an
 * event on, so whatever any view commits holds every lesson. The session applies the completion
 * rule whenever a lesson is finished; `finish` ends the sink's session once, when the page goes.
 */
export class TrackSession {
  state: TrackState = emptyTrackState();
  readonly sink: TrackSink;
  readonly info: TrackInfo;
  private readonly _health: ((ok: boolean) => void)[] = [];
  /** Something changed since the sink last committed. */
  private _changed = false;
  private _finished = false;
  /** The track outcome last told to the sink (`complete/average`), so it is told again only when it changes. */
  private _told?: string;

  constructor(sink: TrackSink, info: TrackInfo) {
    this.sink = sink;
    this.info = info;
    sink.onHealth?.((ok) => this._health.forEach((listener) => listener(ok)));
  }

  get kind(): SinkKind {
    return this.sink.kind;
  }

  /** Opens the sink's session; returns the saved track state (or an empty one). */
  async start(): Promise<TrackState> {
    const saved = await this.sink.start();
    if (saved) this.state = saved;
    // What a saved state already shows was told to the sink in the session that saved it.
    const standing = this.standing();
    if (reportable(standing)) this._told = outcomeKey(standing);
    return this.state;
  }

  /** Finished and score (percent) by lesson id, for `<up-track>` and the completion rule. */
  progress(): Record<string, LessonProgress> {
    const out: Record<string, LessonProgress> = {};
    for (const [id, lesson] of Object.entries(this.state.lessons)) {
      const score = lesson.state.completed ? scorePercent(lesson.score) : undefined;
      out[id] = {completed: lesson.state.completed, ...(score !== undefined ? {score} : {})};
    }
    return out;
  }

  /** Where the track stands under its completion rule. */
  standing(): TrackStatus {
    return this._rule(this.progress());
  }

  private _rule(progress: Record<string, LessonProgress>): TrackStatus {
    return trackStatus({lessons: this.info.places, completion: this.info.completion}, progress);
  }

  /** The saved state of one lesson, if it has one. */
  lessonState(lessonId: string): LearnerState | undefined {
    const saved = this.state.lessons[lessonId]?.state;
    return saved ? {...saved, answers: {...saved.answers}} : undefined;
  }

  /** The pupil opened a lesson: it is where a resume lands, from the next commit on. */
  select(lessonId: string): void {
    if (this.state.current === lessonId) return;
    this.state = {...this.state, current: lessonId};
    this._changed = true;
  }

  /** Commits (through the sink). A status commit with nothing new is skipped. */
  save(reason: SaveReason): boolean {
    if (this._finished) return true;
    if (!this._changed && reason === 'status') return true;
    let ok: boolean;
    try {
      ok = this.sink.save(this.state, reason);
    } catch {
      ok = false;
    }
    if (ok) this._changed = false;
    return ok;
  }

  /** Ends the sink's session (the page is going away). Once. */
  finish(): void {
    if (this._finished) return;
    this._finished = true;
    try {
      this.sink.finish(this.state);
    } catch {
      // The page is going away; what matters was committed before.
    }
  }

  /** The Sink a lesson's Tracker writes to: its events go to the track's sink with the whole track state. */
  lessonSink(lessonId: string): Sink {
    const sink = this.sink;
    return {
      kind: sink.kind,
      start: () => this.lessonState(lessonId),
      learnerKey: () => {
        const key = sink.learnerKey?.();
        return key ? `${key}-${hashKey(this.info.id)}` : undefined;
      },
      progressed: (detail, state) => {
        this._update(lessonId, state);
        this.select(lessonId);
        sink.progressed(detail, this.state);
      },
      answered: (detail, state) => {
        this._update(lessonId, state);
        sink.answered(detail, this.state);
      },
      completed: (detail, state) => {
        this._update(lessonId, state, detail.score ?? undefined);
        sink.lessonCompleted(detail, this.state);
        const standing = this.standing();
        const key = outcomeKey(standing);
        if (reportable(standing) && key !== this._told) {
          sink.trackCompleted(standing.average === null ? null : {raw: Math.round(standing.average * 100) / 100, max: 100}, this.state);
          this._told = key;
        }
      },
      save: (state, reason) => {
        this._update(lessonId, state);
        return this.save(reason);
      },
      finish: (state) => {
        this._update(lessonId, state);
        this.finish();
      },
      onHealth: (listener) => void this._health.push(listener),
      flushOnHide: () => sink.flushOnHide?.(),
    };
  }

  /** Puts a lesson's state (and the score it finished with) into the track state. */
  private _update(lessonId: string, state: LearnerState, score?: {raw: number; max: number}): void {
    const old = this.state.lessons[lessonId];
    const empty = state.step === 0 && !state.completed && Object.keys(state.answers).length === 0;
    if (!old && empty && !score) return; // not started: nothing to keep
    const kept = score ?? old?.score;
    const lesson = {state: {step: state.step, answers: {...state.answers}, completed: state.completed}, ...(kept ? {score: kept} : {})};
    const lessons = {...this.state.lessons, [lessonId]: lesson};
    const next: TrackState = {...this.state, lessons};
    next.completed = this._rule(progressOf(next)).done === this.info.places.length;
    this.state = next;
    this._changed = true;
  }
}

function progressOf(state: TrackState): Record<string, LessonProgress> {
  return Object.fromEntries(Object.entries(state.lessons).map(([id, l]) => [id, {completed: l.state.completed}]));
}

/** The sink hears of the track's outcome when the rule is met, or when every place is finished (mastery may fail). */
const reportable = (standing: TrackStatus) => standing.complete || standing.done === standing.total;
const outcomeKey = (standing: TrackStatus) => `${standing.complete}/${standing.average ?? '-'}`;
