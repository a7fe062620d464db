// The xAPI sink: loaded (as its own chunk) only when the lesson was launched with an LRS.
import type {CompletedDetail, LearnerState} from '@upstander/schema';
import type {LessonInfo} from '../sink.js';
import {LrsSink, STATE_ID} from './lrs-sink.js';
import type {LrsSinkOptions} from './lrs-sink.js';
import {closedStatement, completionStatements, isoDuration, lessonIri, openedStatement} from './vocabulary.js';
import type {Agent} from './vocabulary.js';

/** An xAPI launch: from the launch URL (Rustici "TinCan" launch) or from the page's configuration. */
export interface XapiLaunch {
  /** The LRS endpoint, such as `https://lrs.school.nl/xapi/`. */
  endpoint: string;
  /** The Authorization header value, such as `Basic dXNlcjpwYXNz`. */
  auth: string;
  actor: Agent;
  registration?: string;
  /** The lesson's activity IRI; default `<IRI base>/lessons/<lesson id>`. */
  activityId?: string;
  /** 0–1: with it, a scored lesson also sends passed or failed. */
  masteryScore?: number;
}

/**
 * Writes the lesson as xAPI statements to an LRS: initialized or resumed, progressed, answered,
 * completed (and passed/failed with a mastery score) the moment it is earned, suspended or
 * terminated when the page goes. Statements go through the durable queue; the resume state is a
 * state document, read at launch with a plain GET (its ETag kept for the next write).
 */
export class XapiSink extends LrsSink {
  readonly kind = 'xapi';
  private readonly _launch: XapiLaunch;

  constructor(launch: XapiLaunch, lesson: LessonInfo, options: LrsSinkOptions) {
    super(lesson, options);
    this._launch = launch;
  }

  async start(): Promise<LearnerState | undefined> {
    const {endpoint, auth, actor, registration} = this._launch;
    const iri = this._launch.activityId ?? lessonIri(this._iriBase(), this._lesson.id);
    this._scope = {lesson: this._lesson, lessonIri: iri, iriBase: this._iriBase(), actor, newId: () => this._newId(), ...(registration ? {registration} : {})};
    this._openQueue(endpoint, auth, actor, {activityId: iri, agent: actor, stateId: STATE_ID, ...(registration ? {registration} : {})});
    const saved = await this._savedState();
    this._send([openedStatement(this._scope, saved !== undefined)]);
    return saved;
  }

  completed(detail: CompletedDetail, _state: LearnerState): void {
    this._send(completionStatements(this._requireScope(), detail, isoDuration(Date.now() - this._startedAt), this._launch.masteryScore));
  }

  finish(state: LearnerState): void {
    if (!this._scope) return;
    this._send([closedStatement(this._scope, state.completed, isoDuration(Date.now() - this._startedAt))], false);
    this._keepState(state);
    this.flushOnHide();
  }
}
