import type {Lesson} from '@upstander/schema';
import type {AnswerEvent, SinkAnswer} from './answers.js';

/**
 * The privacy rules of the tracker, applied once, centrally, to every answer before any sink sees
 * it (components and sinks do not decide this):
 *
 * 1. Free text (`AnswerEvent.text`) leaves the device only for activities whose author set
 *    `shareText: true`. Otherwise the sink is told that an answer was given, never what.
 * 2. `response` carries only ids (`[a-z0-9-]`, at most 64, or `item.category` pairs). Anything else
 *    is treated as free text.
 * 3. Answers of anonymous surveys carry no link to the learner: they never enter the learner's
 *    resume state, SCORM and cmi5 sinks drop them, and the xAPI sink sends them under a one-off
 *    random actor without registration.
 * 4. Check-in and check-out answers never leave the device at all.
 * 5. An activity the policy does not know is treated as private (rule 1 applies).
 *
 * Whatever a sink does not receive stays on the device (the tracker's private store), so the pupil
 * still sees it when they come back on the same device.
 */
export interface PrivacyPolicy {
  /** Activities whose free text may leave the device. */
  shareText: ReadonlySet<string>;
  /** Activities (surveys) whose answers must not be linked to the learner. */
  anonymous: ReadonlySet<string>;
  /** Activities whose answers never leave the device. */
  localOnly: ReadonlySet<string>;
}

/** Shares nothing but ids: the policy when the lesson is not known. */
export const STRICT_POLICY: PrivacyPolicy = {shareText: new Set(), anonymous: new Set(), localOnly: new Set()};

/** An id, or an `item.category` pair of a classifying sort. */
const ID = /^[a-z0-9][a-z0-9-]{0,63}(\.[a-z0-9][a-z0-9-]{0,63})?$/;

/** The policy a lesson's authors set: `shareText`, survey `anonymous`, and the local-only check-in/out. */
export function policyFor(lesson: Pick<Lesson, 'steps'>): PrivacyPolicy {
  const shareText = new Set<string>();
  const anonymous = new Set<string>();
  const localOnly = new Set<string>();
  for (const {activity} of lesson.steps) {
    if (!('id' in activity)) continue;
    if ('shareText' in activity && activity.shareText === true) shareText.add(activity.id);
    if (activity.type === 'survey' && activity.anonymous !== false) anonymous.add(activity.id);
    if (activity.type === 'check-in' || activity.type === 'check-out') localOnly.add(activity.id);
  }
  return {shareText, anonymous, localOnly};
}

/** What the policy makes of one answer: what sinks may see, and whether it is kept on the device only. */
export interface Screened {
  /** What sinks receive; undefined when nothing may leave the device. */
  forSinks?: SinkAnswer;
  /** True when the answer must stay out of the resume state that sinks store (anonymous, local-only). */
  privateOnly: boolean;
}

/** Applies the rules above to one answer. Pure. */
export function screen(answer: AnswerEvent, policy: PrivacyPolicy): Screened {
  if (policy.localOnly.has(answer.activityId)) return {privateOnly: true};
  const ids = answer.response.filter((r) => typeof r === 'string' && ID.test(r));
  const smuggled = ids.length !== answer.response.length;
  const hasText = smuggled || Object.values(answer.text ?? {}).some((t) => typeof t === 'string' && t.length > 0);
  const share = policy.shareText.has(answer.activityId);
  const text = share && answer.text ? {...answer.text} : undefined;
  const forSinks: SinkAnswer = {
    lessonId: answer.lessonId,
    stepId: answer.stepId,
    activityId: answer.activityId,
    kind: answer.kind,
    response: ids,
    correctResponse: answer.correctResponse.filter((r) => ID.test(r)),
    correct: answer.correct,
    scored: answer.scored,
    anonymous: policy.anonymous.has(answer.activityId),
    textWithheld: hasText && !share,
  };
  if (text) forSinks.text = text;
  return {forSinks, privateOnly: forSinks.anonymous};
}
