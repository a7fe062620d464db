/**
 * What `<up-lesson>` knows about each activity type, one entry per type: which element shows it
 * (and with what), whether "Volgende" waits for an answer, how it counts towards the score, and
 * which stored answers still fit it. Adding an activity type means adding one entry here.
 *
 * "Volgende" waits only where the feedback on an answer is the point of the step: choice, sort and
 * social-post (scored or not). Opinions, writing and feelings (survey, dilemma, reflection, story,
 * roles, response builder, agreements, check-in/out) never hold the pupil back: everyone may pass.
 */
import {html} from 'lit';
import type {TemplateResult} from 'lit';
import type {Activity, ActivityType, Lesson, Step} from '@upstander/schema';
import type {LessonMode} from './activity-element.js';
import {DILEMMA_ANSWERS, keepKnown, keepPerItem, keepSortResponse, keepText, scalePoints, sortIsCorrect} from './answers.js';

/** What the lesson hands an activity element. */
export interface ActivityContext {
  lesson: Lesson;
  step: Step;
  mode: LessonMode;
  /** The stored response for the activity, if any. */
  response: string[] | undefined;
  /** The stored free text for the activity, if any. */
  text: Record<string, string> | undefined;
}

export interface ActivityEntry<A extends Activity> {
  /** The element that plays the activity. */
  render(activity: A, context: ActivityContext): TemplateResult;
  /** True while "Volgende" must wait for an answer. Leave out: never waits. */
  holds?(activity: A, response: readonly string[] | undefined): boolean;
  /** Its part of the lesson score, or null when it is not scored. Leave out: never scored. */
  score?(activity: A, response: readonly string[] | undefined): {raw: number; max: number} | null;
  /** The part of a stored response that still fits the activity (`[]`: none). Leave out: not tracked. */
  keep?(activity: A, response: unknown): string[];
  /** The stored free text that still fits the activity. Leave out: the activity has no free text. */
  keepText?(activity: A, text: unknown): Record<string, string>;
}

type Table = {[T in ActivityType]: ActivityEntry<Extract<Activity, {type: T}>>};

const asList = (response: unknown): string[] | undefined =>
  Array.isArray(response) ? response.filter((r): r is string => typeof r === 'string') : undefined;
const unanswered = (_: unknown, response: readonly string[] | undefined) => !response?.length;
const ids = (items: readonly {id: string}[] | undefined) => (items ?? []).map((i) => i.id);

/** Every activity type: the table `<up-lesson>` renders, holds, scores and restores from. */
export const ACTIVITIES: Table = {
  information: {
    render: (a) => html`<up-information .activity=${a}></up-information>`,
  },
  choice: {
    render: (a, c) => html`<up-choice
      .activity=${a}
      .response=${c.response}
      lesson-id=${c.lesson.id}
      step-id=${c.step.id}
      lang=${c.lesson.language}
    ></up-choice>`,
    holds: unanswered,
    score: (a, r) => (a.scored === false ? null : {raw: a.options.some((o) => o.id === r?.[0] && o.correct === true) ? 1 : 0, max: 1}),
    keep: (a, r) => keepKnown(asList(r), ids(a.options)),
  },
  sort: {
    render: (a, c) => html`<up-sort
      .activity=${a}
      .response=${c.response}
      lesson-id=${c.lesson.id}
      step-id=${c.step.id}
      lang=${c.lesson.language}
    ></up-sort>`,
    holds: unanswered,
    score: (a, r) => (a.scored === false ? null : {raw: r?.length && sortIsCorrect(a, r) ? 1 : 0, max: 1}),
    keep: (a, r) => keepSortResponse(a, asList(r)),
  },
  'social-post': {
    render: (a, c) => html`<up-social-post
      .activity=${a}
      .response=${c.response}
      mode=${c.mode}
      lesson-id=${c.lesson.id}
      step-id=${c.step.id}
      lang=${c.lesson.language}
    ></up-social-post>`,
    holds: unanswered,
    score: (a, r) => (a.scored !== true ? null : {raw: a.choices.some((o) => o.id === r?.[0] && o.correct === true) ? 1 : 0, max: 1}),
    keep: (a, r) => keepKnown(asList(r), ids(a.choices)).slice(0, 1),
  },
  'response-builder': {
    render: (a, c) => html`<up-response-builder
      .activity=${a}
      .response=${c.response}
      .text=${c.text}
      mode=${c.mode}
      lesson-id=${c.lesson.id}
      step-id=${c.step.id}
      lang=${c.lesson.language}
    ></up-response-builder>`,
    keep: (a, r) => keepKnown(asList(r), [...ids(a.approaches), ...ids(a.parts), ...ids(a.checklist)]),
    keepText: (a, t) => keepText(t, [a.id]),
  },
  reflection: {
    render: (a, c) => html`<up-reflection
      .activity=${a}
      .text=${c.text}
      mode=${c.mode}
      lesson-id=${c.lesson.id}
      step-id=${c.step.id}
      lang=${c.lesson.language}
    ></up-reflection>`,
    keep: (a, r) => keepKnown(asList(r), ids(a.prompts)),
    keepText: (a, t) => keepText(t, ids(a.prompts)),
  },
  survey: {
    render: (a, c) => html`<up-survey
      .activity=${a}
      .response=${c.response}
      lesson-id=${c.lesson.id}
      step-id=${c.step.id}
      lang=${c.lesson.language}
    ></up-survey>`,
    keep: (a, r) => keepPerItem(asList(r), a.items.length, scalePoints(a.points ?? 5)),
  },
  story: {
    render: (a, c) => html`<up-story
      .activity=${a}
      .text=${c.text}
      mode=${c.mode}
      lesson-id=${c.lesson.id}
      step-id=${c.step.id}
      lang=${c.lesson.language}
    ></up-story>`,
    keep: (a, r) => keepKnown(asList(r), ids(a.questions)),
    keepText: (a, t) => keepText(t, ids(a.questions)),
  },
  roles: {
    render: (a, c) => html`<up-roles
      .activity=${a}
      .text=${c.text}
      mode=${c.mode}
      lesson-id=${c.lesson.id}
      step-id=${c.step.id}
      lang=${c.lesson.language}
    ></up-roles>`,
    keep: (a, r) => keepKnown(asList(r), ids(a.cards.filter((card) => card.question))),
    keepText: (a, t) => keepText(t, ids(a.cards.filter((card) => card.question))),
  },
  dilemma: {
    render: (a, c) => html`<up-dilemma
      .activity=${a}
      .response=${c.response}
      mode=${c.mode}
      lesson-id=${c.lesson.id}
      step-id=${c.step.id}
      lang=${c.lesson.language}
    ></up-dilemma>`,
    keep: (a, r) => keepPerItem(asList(r), a.statements.length, DILEMMA_ANSWERS),
  },
  agreements: {
    render: (a, c) => html`<up-agreements
      .activity=${a}
      .response=${c.response}
      .text=${c.text}
      lesson-id=${c.lesson.id}
      step-id=${c.step.id}
      lang=${c.lesson.language}
    ></up-agreements>`,
    keep: (a, r) => keepKnown(asList(r), ids(a.suggestions)),
    keepText: (a, t) => (a.allowOwn === false ? {} : Object.fromEntries(Object.entries(keepText(t)).filter(([key]) => /^eigen-\d+$/.test(key)))),
  },
  'check-in': {
    render: (a, c) => html`<up-check-in
      .activity=${a}
      .response=${c.response}
      mode=${c.mode}
      lesson-id=${c.lesson.id}
      step-id=${c.step.id}
      lang=${c.lesson.language}
    ></up-check-in>`,
    keep: (a, r) => keepKnown(asList(r), scalePoints(a.points ?? 5)).slice(0, 1),
  },
  'check-out': {
    render: (a, c) => html`<up-check-out
      .activity=${a}
      .response=${c.response}
      mode=${c.mode}
      lesson-id=${c.lesson.id}
      step-id=${c.step.id}
      lang=${c.lesson.language}
    ></up-check-out>`,
    keep: (a, r) => keepKnown(asList(r), scalePoints(a.points ?? 5)).slice(0, 1),
  },
  'help-points': {
    render: (a, c) => html`<up-help-points .activity=${a} .helpPoints=${c.lesson.helpPoints ?? []} lang=${c.lesson.language}></up-help-points>`,
  },
};

/** The entry for an activity, typed for it. Undefined for a type this version does not know. */
export function entryFor<A extends Activity>(activity: A): ActivityEntry<A> | undefined {
  return (ACTIVITIES as Record<string, ActivityEntry<A> | undefined>)[activity.type];
}
