/**
 * Upstander's xAPI vocabulary and IRI scheme: one definition, used by tracking (the statements the
 * lessons send), the packager (the IRIs a package declares) and the report (what it reads). Pure:
 * no zod, no DOM. docs/tracking.md documents every IRI here; docs/xapi-profile.jsonld is generated
 * from it.
 *
 * IRIs under the base (default `https://w3id.org/xapi/upstander`; a launch page can override it):
 * - a lesson: `<base>/lessons/<lesson id>` (translations share it; the language is in the statement)
 * - a track: `<base>/tracks/<track id>`
 * - the cmi5 course that wraps one lesson: `<base>/courses/<lesson id>` (a course and its AU differ)
 * - a tracked activity in a lesson: `<lesson IRI>/activities/<activity id>`
 * - a statement (item) of a survey: `<lesson IRI>/activities/<survey id>/items/<item id>`
 * - our extensions: `<base>/extensions/<name>`; anonymous answerers: accounts at `<base>/anonymous`
 */

import {DEFAULT_IRI_BASE} from './iri-base.js';

export {DEFAULT_IRI_BASE};

const trim = (base: string) => base.replace(/\/+$/, '');

/** The IRI of a lesson: `<base>/lessons/<lesson id>`. */
export function lessonIri(base: string, lessonId: string): string {
  return `${trim(base)}/lessons/${encodeURIComponent(lessonId)}`;
}

/** The IRI of a track: `<base>/tracks/<track id>`. */
export function trackIri(base: string, trackId: string): string {
  return `${trim(base)}/tracks/${encodeURIComponent(trackId)}`;
}

/** The IRI of the cmi5 course that wraps a single lesson: `<base>/courses/<lesson id>`. */
export function courseIri(base: string, lessonId: string): string {
  return `${trim(base)}/courses/${encodeURIComponent(lessonId)}`;
}

/** The IRI of a tracked activity inside a lesson: `<lesson IRI>/activities/<activity id>`. */
export function interactionIri(lesson: string, activityId: string): string {
  return `${lesson}/activities/${encodeURIComponent(activityId)}`;
}

/** The IRI of one statement (item) of a survey: `<activity IRI>/items/<item id>`. */
export function surveyItemIri(activity: string, itemId: string): string {
  return `${activity}/items/${encodeURIComponent(itemId)}`;
}

/** The account home page of anonymous answerers: `<base>/anonymous`. */
export function anonymousHomePage(base: string): string {
  return `${trim(base)}/anonymous`;
}

/** A language map: `{"nl-NL": "…"}`. */
export type LanguageMap = Record<string, string>;

export interface Agent {
  objectType?: 'Agent';
  name?: string;
  mbox?: string;
  mbox_sha1sum?: string;
  openid?: string;
  account?: {homePage: string; name: string};
}

export interface Verb {
  id: string;
  display: LanguageMap;
}

export interface ActivityDefinition {
  type?: string;
  name?: LanguageMap;
  description?: LanguageMap;
  interactionType?: string;
  correctResponsesPattern?: string[];
  choices?: {id: string; description: LanguageMap}[];
  scale?: {id: string; description: LanguageMap}[];
  extensions?: Record<string, unknown>;
}

export interface Activity {
  objectType: 'Activity';
  id: string;
  definition?: ActivityDefinition;
}

export interface Result {
  score?: {scaled: number; raw?: number; min?: number; max?: number};
  success?: boolean;
  completion?: boolean;
  response?: string;
  duration?: string;
  extensions?: Record<string, unknown>;
}

export interface Context {
  registration?: string;
  contextActivities?: {parent?: Activity[]; grouping?: Activity[]; category?: Activity[]; other?: Activity[]};
  platform?: string;
  language?: string;
  extensions?: Record<string, unknown>;
}

/** An xAPI 1.0.3 statement as Upstander sends it. `id` is always set, on the client. */
export interface Statement {
  id: string;
  actor: Agent;
  verb: Verb;
  object: Activity;
  result?: Result;
  context?: Context;
  timestamp: string;
}

/** ADL verbs (http://adlnet.gov/expapi/verbs/), with display names in English and Dutch. */
export const VERBS = {
  initialized: verb('initialized', 'geopend'),
  resumed: verb('resumed', 'hervat'),
  progressed: verb('progressed', 'vorderde'),
  answered: verb('answered', 'beantwoordde'),
  completed: verb('completed', 'rondde af'),
  passed: verb('passed', 'slaagde voor'),
  failed: verb('failed', 'zakte voor'),
  suspended: verb('suspended', 'onderbrak'),
  terminated: verb('terminated', 'sloot af'),
} as const;

function verb(name: string, nl: string): Verb {
  return {id: `http://adlnet.gov/expapi/verbs/${name}`, display: {'en-US': name, 'nl-NL': nl}};
}

/** ADL activity types. */
export const ACTIVITY_TYPES = {
  lesson: 'http://adlnet.gov/expapi/activities/lesson',
  interaction: 'http://adlnet.gov/expapi/activities/cmi.interaction',
  course: 'http://adlnet.gov/expapi/activities/course',
  objective: 'http://adlnet.gov/expapi/activities/objective',
  profile: 'http://adlnet.gov/expapi/activities/profile',
} as const;


/** The progress extension (0–100), the one cmi5 defines, used for xAPI launches too. */
export const PROGRESS_EXTENSION = 'https://w3id.org/xapi/cmi5/result/extensions/progress';
/** Set on answered statements whose free text stayed on the device (privacy.ts, rule 1). */
export const TEXT_WITHHELD_EXTENSION = `${DEFAULT_IRI_BASE}/extensions/text-withheld`;

