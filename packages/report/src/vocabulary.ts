/**
 * The xAPI IRIs the report reads. They mirror @upstander/tracking's vocabulary (the lessons emit
 * them); test/vocabulary.test.ts fails when the two drift apart. When the vocabulary moves into
 * @upstander/schema, this file imports it from there instead.
 */
export const ADL_VERB = 'http://adlnet.gov/expapi/verbs/';

export const VERB_NAMES = ['initialized', 'resumed', 'progressed', 'answered', 'completed', 'passed', 'failed', 'suspended', 'terminated'] as const;
export type VerbName = (typeof VERB_NAMES)[number];

export const ACTIVITY_TYPES = {
  lesson: 'http://adlnet.gov/expapi/activities/lesson',
  interaction: 'http://adlnet.gov/expapi/activities/cmi.interaction',
  course: 'http://adlnet.gov/expapi/activities/course',
  objective: 'http://adlnet.gov/expapi/activities/objective',
  profile: 'http://adlnet.gov/expapi/activities/profile',
} as const;

export const PROGRESS_EXTENSION = 'https://w3id.org/xapi/cmi5/result/extensions/progress';
export const DEFAULT_IRI_BASE = 'https://w3id.org/xapi/upstander';

/** The short name of an ADL verb IRI, or undefined for a verb the lessons do not send. */
export function verbName(id: unknown): VerbName | undefined {
  if (typeof id !== 'string' || !id.startsWith(ADL_VERB)) return undefined;
  const name = id.slice(ADL_VERB.length);
  return (VERB_NAMES as readonly string[]).includes(name) ? (name as VerbName) : undefined;
}
