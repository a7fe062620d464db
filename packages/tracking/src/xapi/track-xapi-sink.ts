// The xAPI sink of a track played as one unit: loaded (as its own chunk) only when a track page was
// launched with an LRS.
import type {CompletedDetail, ProgressedDetail} from '@upstander/schema';
import type {SinkAnswer} from '../answers.js';
import {DEFAULT_IRI_BASE} from '@upstander/schema/xapi';
import type {TrackInfo, TrackSink} from '../track.js';
import {TRACK_STATE, isTrackState} from '../track-state.js';
import type {TrackState} from '../track-state.js';
import type {LrsSinkOptions} from './lrs-sink.js';
import {answeredStatements, completionStatements, inTrack, isoDuration, lessonIri, progressedStatement, trackActivity, trackIri} from './vocabulary.js';
import type {Statement, StatementScope} from './vocabulary.js';
import {XapiSink} from './xapi-sink.js';
import type {XapiLaunch} from './xapi-sink.js';

/**
 * The launched activity is the track (`<IRI base>/tracks/<track id>`, type course, unless the launch
 * names another): initialized or resumed, completed (and passed or failed against the mastery score)
 * when its completion rule is met, suspended or terminated when the page goes; the resume state of
 * every lesson is one state document of the track. Lesson statements (progressed, answered,
 * completed) are about the lesson (`<IRI base>/lessons/<lesson id>`, and its activities), with the
 * track in `context.contextActivities`: as parent of a lesson, in grouping of a lesson's activity.
 */
export class TrackXapiSink extends XapiSink implements TrackSink {
  private readonly _track: TrackInfo;
  private readonly _trackIri: string;
  /** When this session first showed each lesson, for the duration of its completion. */
  private readonly _shown = new Map<string, number>();

  constructor(launch: XapiLaunch, track: TrackInfo, options: LrsSinkOptions) {
    const iri = launch.activityId ?? trackIri(options.iriBase ?? DEFAULT_IRI_BASE, track.id);
    const masteryScore = launch.masteryScore ?? track.masteryScore;
    super({...launch, activityId: iri, ...(masteryScore !== undefined ? {masteryScore} : {})}, track, options);
    this._track = track;
    this._trackIri = iri;
    this.codec = TRACK_STATE;
  }

  override async start(): Promise<TrackState | undefined> {
    const saved = await super.start();
    return isTrackState(saved) ? saved : undefined;
  }

  override progressed(detail: ProgressedDetail, _state: TrackState): void {
    if (!this._shown.has(detail.lessonId)) this._shown.set(detail.lessonId, Date.now());
    if (this._newProgress(detail)) this._send([progressedStatement(this._lessonScope(detail.lessonId), detail)]);
  }

  lessonCompleted(detail: CompletedDetail, _state: TrackState): void {
    const since = this._shown.get(detail.lessonId) ?? this._startedAt;
    this._send(completionStatements(this._lessonScope(detail.lessonId), detail, isoDuration(Date.now() - since)));
  }

  trackCompleted(score: {raw: number; max: number} | null, state: TrackState): void {
    // The launch's scope is the track's: completed (and passed/failed with a mastery score) about the track.
    super.completed({lessonId: this._track.id, score}, state);
  }

  protected override _answered(detail: SinkAnswer): Statement[] {
    return detail.anonymous ? [] : answeredStatements(this._lessonScope(detail.lessonId), detail);
  }

  /** Every statement goes out with the track in place: the track as a course, lessons under it. */
  protected override _send(statements: Statement[], now = true): void {
    super._send(statements.map((s) => this._inTrack(s)), now);
  }

  private _inTrack(statement: Statement): Statement {
    return inTrack(statement, trackActivity(this._trackIri, this._track));
  }

  /** The scope of a lesson's statements: the session's actor and registration, the lesson's IRI. */
  private _lessonScope(lessonId: string): StatementScope {
    const scope = this._requireScope();
    const lesson = this._track.lessons[lessonId] ?? {id: lessonId, title: lessonId, kerndoelen: []};
    return {...scope, lesson, lessonIri: lessonIri(scope.iriBase, lessonId)};
  }
}
