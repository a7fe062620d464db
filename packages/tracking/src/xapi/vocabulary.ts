/**
 * The xAPI vocabulary of Upstander: verbs, activity types, activity IRIs and the statements built
 * from the domain events. Pure (no network, no DOM): used by the xAPI and cmi5 sinks and by the
 * standalone export. docs/tracking.md documents every IRI here.
 */
import type {CompletedDetail, ProgressedDetail} from '@upstander/schema';
import {interactionRecord} from '../answers.js';
import type {SinkAnswer} from '../answers.js';
import type {LessonInfo} from '../sink.js';

export {isoDuration} from '../time.js';
import {ACTIVITY_TYPES, PROGRESS_EXTENSION, TEXT_WITHHELD_EXTENSION, VERBS, interactionIri, surveyItemIri, trackIri} from '@upstander/schema/xapi';
import type {Activity, ActivityDefinition, Agent, Context, Result, Statement, Verb} from '@upstander/schema/xapi';

export {ACTIVITY_TYPES, DEFAULT_IRI_BASE, PROGRESS_EXTENSION, TEXT_WITHHELD_EXTENSION, VERBS, interactionIri, lessonIri, trackIri} from '@upstander/schema/xapi';
export type {Activity, ActivityDefinition, Agent, Context, LanguageMap, Result, Statement, Verb} from '@upstander/schema/xapi';

/** What every statement of one session shares. */
export interface StatementScope {
  lesson: LessonInfo;
  /** The lesson's activity IRI (the cmi5 AU's activityId, the xAPI launch's activity_id, or from the base). */
  lessonIri: string;
  /** Base for the track and profile IRIs. */
  iriBase: string;
  actor: Agent;
  registration?: string;
  /** New statement ids (crypto.randomUUID in the browser). */
  newId: () => string;
  now?: () => Date;
}

const languageTag = (lesson: Pick<LessonInfo, 'language'>) => (lesson.language === 'en' ? 'en-GB' : 'nl-NL');

export function lessonActivity(scope: StatementScope): Activity {
  return {
    objectType: 'Activity',
    id: scope.lessonIri,
    definition: {type: ACTIVITY_TYPES.lesson, name: {[languageTag(scope.lesson)]: scope.lesson.title}},
  };
}

/**
 * The context of every statement: registration, the lesson as parent (for its activities), the
 * track as grouping, and the lesson's kerndoelen (SLO URIs) in category.
 */
export function contextFor(scope: StatementScope, withParent: boolean): Context {
  const {lesson} = scope;
  const category: Activity[] = (lesson.kerndoelUris ?? []).map((uri, i) => ({
    objectType: 'Activity',
    id: uri,
    definition: {type: ACTIVITY_TYPES.objective, name: {'nl-NL': lesson.kerndoelen[i] ?? uri}},
  }));
  category.push({objectType: 'Activity', id: scope.iriBase.replace(/\/+$/, ''), definition: {type: ACTIVITY_TYPES.profile}});
  const grouping: Activity[] = lesson.track
    ? [{objectType: 'Activity', id: trackIri(scope.iriBase, lesson.track), definition: {type: ACTIVITY_TYPES.course, name: {'nl-NL': lesson.track}}}]
    : [];
  const context: Context = {
    contextActivities: {...(withParent ? {parent: [lessonActivity(scope)]} : {}), ...(grouping.length ? {grouping} : {}), category},
    platform: 'Upstander',
    language: languageTag(lesson),
  };
  if (scope.registration) context.registration = scope.registration;
  return context;
}

function statement(scope: StatementScope, v: Verb, object: Activity, result?: Result, withParent = false): Statement {
  return {
    id: scope.newId(),
    actor: scope.actor,
    verb: v,
    object,
    ...(result ? {result} : {}),
    context: contextFor(scope, withParent),
    timestamp: (scope.now?.() ?? new Date()).toISOString(),
  };
}

/** initialized (a fresh start) or resumed (saved progress restored). */
export function openedStatement(scope: StatementScope, resumed: boolean): Statement {
  return statement(scope, resumed ? VERBS.resumed : VERBS.initialized, lessonActivity(scope));
}

/** progressed, with the share of steps passed (0–100) in the cmi5 progress extension. */
export function progressedStatement(scope: StatementScope, detail: ProgressedDetail): Statement {
  const progress = detail.stepCount > 0 ? Math.round((100 * detail.stepIndex) / detail.stepCount) : 0;
  return statement(scope, VERBS.progressed, lessonActivity(scope), {extensions: {[PROGRESS_EXTENSION]: progress}});
}

/** An interaction component (a choice, a point of a scale): its id and its text (a point without a label: its number). */
const component = (o: {id: string; text?: string}, lang: string) => ({id: o.id, description: {[lang]: o.text ?? o.id}});

/**
 * answered: the activity as a cmi.interaction with its question and options (lesson content), the
 * chosen ids as response, success for scored questions. Free text only when the policy shared it;
 * otherwise no response and the text-withheld extension. A scale answer with more than one point
 * (a survey) goes out as `answeredStatements` makes it: one likert interaction per statement.
 */
export function answeredStatement(scope: StatementScope, answer: SinkAnswer): Statement {
  const info = scope.lesson.activities?.[answer.activityId];
  const lang = languageTag(scope.lesson);
  const record = interactionRecord(answer, 'xapi');
  // A likert interaction has one response; a list of points without its statements is `other`.
  const type = record.type === 'likert' && answer.response.length > 1 ? 'other' : record.type;
  const definition: ActivityDefinition = {type: ACTIVITY_TYPES.interaction, interactionType: type};
  if (info?.question) definition.name = {[lang]: info.question.slice(0, 1000)};
  const components = info?.options?.map((o) => component(o, lang));
  if (components && (type === 'choice' || type === 'sequencing')) definition.choices = components;
  if (components && type === 'likert') definition.scale = components;
  if (record.patterns.length > 0) definition.correctResponsesPattern = record.patterns;
  const result: Result = {completion: true};
  if (answer.kind === 'text') {
    if (answer.text && Object.keys(answer.text).length > 0) result.response = Object.values(answer.text).join('\n');
  } else if (record.response) {
    result.response = record.response;
  }
  if (answer.scored && answer.correct !== null) result.success = answer.correct;
  if (answer.textWithheld) result.extensions = {[TEXT_WITHHELD_EXTENSION]: true};
  const object: Activity = {objectType: 'Activity', id: interactionIri(scope.lessonIri, answer.activityId), definition};
  return statement(scope, VERBS.answered, object, result, true);
}

/**
 * The answered statements of one answer: a survey (a scale answer whose statements the lesson
 * names) as one likert interaction per statement — `<survey IRI>/items/<item id>`, the statement as
 * its name, the scale's points, the chosen point as response, the survey in
 * `context.contextActivities.other` — so an LRS and a report see N interactions with a scale, not
 * one list. Every other answer: one statement (answeredStatement).
 */
export function answeredStatements(scope: StatementScope, answer: SinkAnswer): Statement[] {
  const info = scope.lesson.activities?.[answer.activityId];
  if (answer.kind !== 'scale' || !info?.items?.length || answer.response.length !== info.items.length) return [answeredStatement(scope, answer)];
  const lang = languageTag(scope.lesson);
  const survey = interactionIri(scope.lessonIri, answer.activityId);
  const scale = (info.options ?? []).map((o) => component(o, lang));
  return info.items.flatMap((item, i) => {
    const point = answer.response[i];
    if (!point) return [];
    const definition: ActivityDefinition = {type: ACTIVITY_TYPES.interaction, interactionType: 'likert', name: {[lang]: item.text.slice(0, 1000)}};
    if (scale.length > 0) definition.scale = scale;
    const object: Activity = {objectType: 'Activity', id: surveyItemIri(survey, item.id), definition};
    const s = statement(scope, VERBS.answered, object, {completion: true, response: point}, true);
    const activities = s.context!.contextActivities!;
    s.context = {...s.context, contextActivities: {...activities, other: [{objectType: 'Activity', id: survey}]}};
    return [s];
  });
}

/** The lesson score as an xAPI score, or undefined without scored questions. */
export function scoreOf(detail: CompletedDetail): Result['score'] {
  if (!detail.score) return undefined;
  const {raw, max} = detail.score;
  return {scaled: max > 0 ? Math.round((raw / max) * 10000) / 10000 : 1, raw, min: 0, max};
}

/**
 * completed (with score and duration) — and passed or failed when a mastery score (0–1) is known.
 * Sent the moment the lesson is finished, never held back for the end of the session.
 */
export function completionStatements(scope: StatementScope, detail: CompletedDetail, duration: string, mastery?: number): Statement[] {
  const score = scoreOf(detail);
  const out = [statement(scope, VERBS.completed, lessonActivity(scope), {completion: true, duration, ...(score ? {score} : {})})];
  if (score && mastery !== undefined) {
    const passed = score.scaled >= mastery;
    out.push(statement(scope, passed ? VERBS.passed : VERBS.failed, lessonActivity(scope), {success: passed, duration, score}));
  }
  return out;
}

/** suspended (left before the end) or terminated (left after completing), with the session's duration. */
export function closedStatement(scope: StatementScope, completed: boolean, duration: string): Statement {
  return statement(scope, completed ? VERBS.terminated : VERBS.suspended, lessonActivity(scope), {duration});
}

/** A track played as one unit (docs/lms/track-runtime.md) as an activity: a course. */
export function trackActivity(iri: string, track: Pick<LessonInfo, 'title' | 'language'>): Activity {
  return {objectType: 'Activity', id: iri, definition: {type: ACTIVITY_TYPES.course, name: {[languageTag(track)]: track.title}}};
}

/**
 * A statement of a track played as one unit, with the track in place: a statement about the track
 * makes it a course; a lesson statement gets the track as parent, a statement about a lesson's
 * activity gets it in grouping.
 */
export function inTrack(statement: Statement, track: Activity): Statement {
  if (statement.object.id === track.id) return {...statement, object: {...statement.object, definition: {...statement.object.definition, type: ACTIVITY_TYPES.course}}};
  const context = statement.context ?? {};
  const activities = context.contextActivities ?? {};
  const isLesson = statement.object.definition?.type === ACTIVITY_TYPES.lesson;
  const contextActivities = isLesson ? {...activities, parent: [track]} : {...activities, grouping: [...(activities.grouping ?? []), track]};
  return {...statement, context: {...context, contextActivities}};
}

