/**
 * Upstander's xAPI Profile (xAPI Profiles 1.0, JSON-LD) and a check of statements against it, both
 * built from the one vocabulary in @upstander/schema/xapi, so the profile cannot drift from what the
 * lessons send. docs/xapi-profile.jsonld and docs/xapi.md are written from here
 * (packages/report/scripts/xapi-docs.ts); a test fails when they differ.
 *
 * The ADL verbs and activity types and cmi5's progress extension are not ours to define: the
 * profile uses them in its statement templates. Its own concepts are what lives under our IRI base.
 */
import {ACTIVITY_TYPES, DEFAULT_IRI_BASE, PROGRESS_EXTENSION, TEXT_WITHHELD_EXTENSION, VERBS} from '@upstander/schema/xapi';

export const PROFILE_ID = DEFAULT_IRI_BASE;
export const PROFILE_VERSION = `${DEFAULT_IRI_BASE}/v1`;
/** The profile's version date: change it (and the version IRI) when the vocabulary changes. */
export const PROFILE_DATE = '2026-12-05T00:00:00Z';

/** Interaction types the lessons send (packages/tracking/src/answers.ts). */
export const INTERACTION_TYPES = ['choice', 'sequencing', 'matching', 'likert', 'long-fill-in', 'other'] as const;

type VerbName = keyof typeof VERBS;

/** What each verb means in Upstander, and what its statements carry: the templates and the docs. */
export const VERB_USE: Record<VerbName, {about: 'lesson' | 'interaction'; track: boolean; definition: string}> = {
  initialized: {about: 'lesson', track: true, definition: 'The learner opened the lesson (or a track played as one unit) without saved progress.'},
  resumed: {about: 'lesson', track: true, definition: 'The learner opened the lesson (or track) and saved progress was restored.'},
  progressed: {about: 'lesson', track: false, definition: 'The learner moved to another step; result.extensions holds the share of steps passed (0–100).'},
  answered: {about: 'interaction', track: false, definition: 'The learner answered a question or other tracked activity; result.response holds option, item or scale ids only.'},
  completed: {about: 'lesson', track: true, definition: 'The learner reached the end of the lesson (or every required lesson of a track); with the score when the lesson has scored questions.'},
  passed: {about: 'lesson', track: true, definition: 'Completed with a score at or above the mastery score (only when a mastery score is set).'},
  failed: {about: 'lesson', track: true, definition: 'Completed with a score below the mastery score (only when a mastery score is set).'},
  suspended: {about: 'lesson', track: true, definition: 'The learner left before the end; result.duration is the session’s time.'},
  terminated: {about: 'lesson', track: true, definition: 'The learner left after completing; result.duration is the session’s time.'},
};

/** Extensions the statements carry, by IRI. */
export const EXTENSIONS = {
  [PROGRESS_EXTENSION]: {
    type: 'ResultExtension',
    ours: false,
    verbs: ['progressed'] as VerbName[],
    schema: {type: 'integer', minimum: 0, maximum: 100},
    definition: 'cmi5’s progress extension: the share of the lesson’s steps passed, 0–100.',
  },
  [TEXT_WITHHELD_EXTENSION]: {
    type: 'ResultExtension',
    ours: true,
    verbs: ['answered'] as VerbName[],
    schema: {type: 'boolean', const: true},
    definition: 'The learner wrote free text that stayed on their device (the lesson author did not share it); the statement says that the activity was answered, never what was written.',
  },
} as const;

const inlineSchema = (schema: object) => JSON.stringify(schema);

/** The xAPI Profile as a JSON-LD document (https://w3id.org/xapi/profiles). */
export function xapiProfile(): Record<string, unknown> {
  const scheme = PROFILE_VERSION;
  const templateId = (verb: string) => `${PROFILE_ID}/templates/${verb}`;
  const concepts = Object.entries(EXTENSIONS)
    .filter(([, e]) => e.ours)
    .map(([id, e]) => ({
      id,
      type: e.type,
      inScheme: scheme,
      prefLabel: {en: id.slice(id.lastIndexOf('/') + 1)},
      definition: {en: e.definition},
      recommendedVerbs: e.verbs.map((v) => VERBS[v].id),
      inlineSchema: inlineSchema(e.schema),
    }));
  const templates = (Object.keys(VERBS) as VerbName[]).map((name) => {
    const use = VERB_USE[name];
    const rules: Record<string, unknown>[] = [
      {location: '$.id', presence: 'included', scopeNote: {en: 'Set by the client, so a retry never duplicates a statement.'}},
      {location: "$.context.contextActivities.category[*].id", presence: 'included', any: [PROFILE_ID]},
      {location: '$.context.platform', presence: 'included', all: ['Upstander']},
    ];
    if (name === 'progressed') rules.push({location: `$.result.extensions['${PROGRESS_EXTENSION}']`, presence: 'included'});
    if (name === 'answered') {
      rules.push({location: '$.object.definition.interactionType', presence: 'included', any: [...INTERACTION_TYPES]});
      rules.push({location: '$.result.completion', presence: 'included', all: [true]});
    }
    if (name === 'completed') rules.push({location: '$.result.completion', presence: 'included', all: [true]});
    if (name === 'passed' || name === 'failed') {
      rules.push({location: '$.result.success', presence: 'included', all: [name === 'passed']});
      rules.push({location: '$.result.score.scaled', presence: 'included'});
    }
    if (name === 'suspended' || name === 'terminated' || name === 'completed') rules.push({location: '$.result.duration', presence: 'included'});
    return {
      id: templateId(name),
      type: 'StatementTemplate',
      inScheme: scheme,
      prefLabel: {en: name, nl: VERBS[name].display['nl-NL']!},
      definition: {en: use.definition},
      verb: VERBS[name].id,
      ...(use.about === 'interaction'
        ? {objectActivityType: ACTIVITY_TYPES.interaction, contextParentActivityType: [ACTIVITY_TYPES.lesson]}
        : {}),
      contextCategoryActivityType: [ACTIVITY_TYPES.profile],
      rules,
    };
  });
  const pattern = (id: string, label: string, definition: string, body: Record<string, unknown>, primary = false) => ({
    id: `${PROFILE_ID}/patterns/${id}`,
    type: 'Pattern',
    inScheme: scheme,
    ...(primary ? {primary: true} : {}),
    prefLabel: {en: label},
    definition: {en: definition},
    ...body,
  });
  const t = templateId;
  const patterns = [
    pattern('open', 'open', 'A session starts fresh or resumed.', {alternates: [t('initialized'), t('resumed')]}),
    pattern('step', 'step', 'What happens while a lesson plays.', {alternates: [t('progressed'), t('answered')]}),
    pattern('finish', 'finish', 'The end of a lesson: completed, with passed or failed when a mastery score is set.', {
      sequence: [t('completed'), `${PROFILE_ID}/patterns/mastery`],
    }),
    pattern('mastery', 'mastery', 'Passed or failed, when a mastery score is set.', {optional: `${PROFILE_ID}/patterns/passed-or-failed`}),
    pattern('passed-or-failed', 'passed or failed', 'The verdict against the mastery score.', {alternates: [t('passed'), t('failed')]}),
    pattern('steps', 'steps', 'Any number of steps.', {zeroOrMore: `${PROFILE_ID}/patterns/step`}),
    pattern('maybe-finish', 'maybe finish', 'The lesson may or may not be finished in a session.', {optional: `${PROFILE_ID}/patterns/finish`}),
    pattern('close', 'close', 'A session ends suspended (left before the end) or terminated (after completing).', {alternates: [t('suspended'), t('terminated')]}),
    pattern(
      'session',
      'lesson session',
      'One session of one learner in one lesson (one registration): opened, steps and answers, maybe finished, closed. A session whose page is closed abruptly may lack its closing statement.',
      {sequence: [`${PROFILE_ID}/patterns/open`, `${PROFILE_ID}/patterns/steps`, `${PROFILE_ID}/patterns/maybe-finish`, `${PROFILE_ID}/patterns/close`]},
      true,
    ),
  ];
  return {
    '@context': 'https://w3id.org/xapi/profiles/context',
    id: PROFILE_ID,
    type: 'Profile',
    conformsTo: 'https://w3id.org/xapi/profiles#1.0',
    prefLabel: {en: 'Upstander', nl: 'Upstander'},
    definition: {
      en: 'The xAPI statements of Upstander lessons and tracks against online hate and discrimination: lesson sessions, answers (ids only, never free text), completion, scores and progress, with the SLO kerndoelen of each lesson in context.',
    },
    author: {type: 'Organization', name: 'Upstander'},
    versions: [{id: PROFILE_VERSION, generatedAtTime: PROFILE_DATE}],
    concepts,
    templates,
    patterns,
  };
}

/* eslint-disable @typescript-eslint/no-explicit-any */
/**
 * What in one statement does not follow the profile (empty when it does): the verb, the object's
 * type, the template's rules, and our extensions. Statements of other profiles (cmi5's category and
 * context extensions) may carry more; that is allowed.
 */
export function statementProblems(s: any): string[] {
  const problems: string[] = [];
  if (!s || typeof s !== 'object') return ['not an object'];
  const name = (Object.keys(VERBS) as VerbName[]).find((v) => VERBS[v].id === s.verb?.id);
  if (!name) return [`verb ${JSON.stringify(s.verb?.id)} is not in the profile`];
  if (typeof s.id !== 'string') problems.push('no statement id');
  const use = VERB_USE[name];
  const type = s.object?.definition?.type;
  const allowed = use.about === 'interaction' ? [ACTIVITY_TYPES.interaction] : use.track ? [ACTIVITY_TYPES.lesson, ACTIVITY_TYPES.course] : [ACTIVITY_TYPES.lesson];
  if (!(allowed as string[]).includes(type)) problems.push(`${name}: object type ${JSON.stringify(type)}, expected ${allowed.join(' or ')}`);
  const ctx = s.context?.contextActivities ?? {};
  if (!(ctx.category ?? []).some((a: any) => a?.id === PROFILE_ID || a?.definition?.type === ACTIVITY_TYPES.profile)) problems.push(`${name}: the profile is not in context.contextActivities.category`);
  for (const k of ctx.category ?? []) {
    const t = k?.definition?.type;
    if (t !== ACTIVITY_TYPES.objective && t !== ACTIVITY_TYPES.profile && !String(k?.id).startsWith('https://w3id.org/xapi/cmi5/')) problems.push(`${name}: category ${k?.id} of type ${t}`);
  }
  if (s.context?.platform !== 'Upstander') problems.push(`${name}: context.platform is not "Upstander"`);
  if (use.about === 'interaction') {
    if (!(ctx.parent ?? []).some((a: any) => a?.definition?.type === ACTIVITY_TYPES.lesson)) problems.push(`${name}: no lesson in context.contextActivities.parent`);
    if (!(INTERACTION_TYPES as readonly string[]).includes(s.object?.definition?.interactionType)) problems.push(`${name}: interactionType ${s.object?.definition?.interactionType}`);
    if (s.result?.completion !== true) problems.push(`${name}: result.completion is not true`);
  }
  const ext = s.result?.extensions ?? {};
  for (const [iri, value] of Object.entries(ext)) {
    const known = (EXTENSIONS as Record<string, (typeof EXTENSIONS)[keyof typeof EXTENSIONS]>)[iri];
    if (!known) {
      problems.push(`${name}: result extension ${iri} is not in the profile`);
      continue;
    }
    if (!known.verbs.includes(name)) problems.push(`${name}: result extension ${iri} belongs to ${known.verbs.join(', ')}`);
    const schema = known.schema as {type: string; minimum?: number; maximum?: number; const?: unknown};
    if (schema.type === 'integer' && !(Number.isInteger(value) && (value as number) >= schema.minimum! && (value as number) <= schema.maximum!)) problems.push(`${name}: ${iri} = ${JSON.stringify(value)}`);
    if (schema.type === 'boolean' && value !== schema.const) problems.push(`${name}: ${iri} = ${JSON.stringify(value)}`);
  }
  if (name === 'progressed' && !(PROGRESS_EXTENSION in ext)) problems.push('progressed: no progress extension');
  if ((name === 'completed' || name === 'answered') && s.result?.completion !== true) problems.push(`${name}: result.completion is not true`);
  if ((name === 'passed' || name === 'failed') && (s.result?.success !== (name === 'passed') || typeof s.result?.score?.scaled !== 'number')) problems.push(`${name}: result.success or result.score.scaled`);
  if ((name === 'suspended' || name === 'terminated' || name === 'completed') && typeof s.result?.duration !== 'string') problems.push(`${name}: no result.duration`);
  return [...new Set(problems)];
}
