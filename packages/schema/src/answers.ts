/**
 * The answer rules of the activities, as pure functions: what a response of each type looks like,
 * whether a stored one still fits the activity (restore), whether it is right (scoring), and whether
 * "Volgende" waits for it. The elements use them to build `up-answered` and to restore;
 * `<up-lesson>` uses the table below to keep a saved state that fits the lesson and to score; the
 * composer and the report can use them in Node. Responses hold ids only; free text travels separately
 * by prompt id. No zod and no DOM: lesson bundles import it through `@upstander/schema/answers`.
 *
 * "Volgende" waits only where the feedback on an answer is the point of the step: choice, sort and
 * social-post (scored or not). Opinions, writing and feelings (survey, dilemma, reflection, story,
 * roles, response builder, agreements, check-in/out) never hold the pupil back: everyone may pass.
 */
import type {Activity, ActivityType, SortActivity} from './activities.js';
import {emptyLearnerState} from './events.js';
import type {LearnerState} from './events.js';
import type {Lesson} from './lesson.js';

/** The point ids of a 3- or 5-point scale, lowest first: `'1'` … `'5'`. */
export function scalePoints(points: number): string[] {
  return Array.from({length: points}, (_, i) => String(i + 1));
}

/** The answers a dilemma statement can get, in the order they are shown. */
export const DILEMMA_ANSWERS = ['agree', 'unsure', 'disagree'] as const;
export type DilemmaAnswer = (typeof DILEMMA_ANSWERS)[number];

/**
 * A response with one answer per item, in item order (survey, dilemma), when it has exactly
 * `count` entries that are all `allowed`; otherwise none.
 */
export function keepPerItem(response: readonly string[] | undefined, count: number, allowed: readonly string[]): string[] {
  if (!Array.isArray(response) || response.length !== count) return [];
  return response.every((r) => allowed.includes(r)) ? [...response] : [];
}

/** The ids of `response` that are `known`, in order, without repeats. */
export function keepKnown(response: readonly string[] | undefined, known: readonly string[]): string[] {
  if (!Array.isArray(response)) return [];
  return [...new Set(response.filter((id) => known.includes(id)))];
}

/** Strings only, and only for `keys` when given. Empty strings are dropped. */
export function keepText(text: unknown, keys?: readonly string[]): Record<string, string> {
  const kept: Record<string, string> = {};
  if (!text || typeof text !== 'object') return kept;
  for (const [key, value] of Object.entries(text)) {
    if (typeof value !== 'string' || value.trim() === '') continue;
    if (keys && !keys.includes(key)) continue;
    kept[key] = value;
  }
  return kept;
}

/** Whether two lists hold the same strings in the same order. */
export function sameList(a: readonly string[] | undefined, b: readonly string[] | undefined): boolean {
  const x = a ?? [];
  const y = b ?? [];
  return x.length === y.length && x.every((v, i) => v === y[i]);
}

/** Whether two text maps hold the same entries. */
export function sameText(a: Record<string, string> | undefined, b: Record<string, string> | undefined): boolean {
  const x = Object.entries(a ?? {});
  const y = b ?? {};
  return x.length === Object.keys(y).length && x.every(([k, v]) => y[k] === v);
}

// --- sort -------------------------------------------------------------------------------------

/** `item.category`: how a classify response names where an item went. */
export const pair = (item: string, category: string): string => `${item}.${category}`;

/** Splits `item.category`; undefined when it is not such a pair. */
export function unpair(value: string): [item: string, category: string] | undefined {
  const parts = value.split('.');
  return parts.length === 2 && parts[0] && parts[1] ? [parts[0], parts[1]] : undefined;
}

/**
 * The right answer of a sort: for `order` the item ids as the author listed them; for `classify`
 * an `item.category` pair per item that has a category. Empty when the sort is not scored.
 */
export function sortCorrectResponse(activity: SortActivity): string[] {
  if (activity.scored === false) return [];
  if (activity.mode === 'order') return activity.items.map((i) => i.id);
  return activity.items.filter((i) => i.category !== undefined).map((i) => pair(i.id, i.category!));
}

/**
 * A stored sort response when it is complete for this activity, else `[]`: for `order` every item
 * once; for `classify` one known category for every item.
 */
export function keepSortResponse(activity: SortActivity, response: readonly string[] | undefined): string[] {
  if (!Array.isArray(response)) return [];
  const ids = activity.items.map((i) => i.id);
  if (activity.mode === 'order') {
    return response.length === ids.length && new Set(response).size === ids.length && response.every((id) => ids.includes(id))
      ? [...response]
      : [];
  }
  const categories = (activity.categories ?? []).map((c) => c.id);
  const placed = new Map<string, string>();
  for (const value of response) {
    const parts = unpair(value);
    if (!parts || !ids.includes(parts[0]) || !categories.includes(parts[1]) || placed.has(parts[0])) return [];
    placed.set(parts[0], parts[1]);
  }
  return placed.size === ids.length ? [...response] : [];
}

/** Whether a complete sort response is right. Only meaningful for scored sorts. */
export function sortIsCorrect(activity: SortActivity, response: readonly string[]): boolean {
  if (activity.mode === 'order') return sameList(response, activity.items.map((i) => i.id));
  const placed = new Map(response.map(unpair).filter((p) => p !== undefined));
  return activity.items.every((item) => item.category !== undefined && placed.get(item.id) === item.category);
}

// --- the rules of each activity type -----------------------------------------------------------

/** What the lesson rules know about one activity type. Adding an activity type means adding one entry. */
export interface AnswerRule<A extends Activity> {
  /** True while "Volgende" must wait for an answer. Leave out: never waits. */
  holds?(activity: A, response: readonly string[] | undefined): boolean;
  /** Its part of the lesson score, or null when it is not scored. Leave out: never scored. */
  score?(activity: A, response: readonly string[] | undefined): {raw: number; max: number} | null;
  /** The part of a stored response that still fits the activity (`[]`: none). Leave out: not tracked. */
  keep?(activity: A, response: unknown): string[];
  /** The stored free text that still fits the activity. Leave out: the activity has no free text. */
  keepText?(activity: A, text: unknown): Record<string, string>;
}

type Rules = {[T in ActivityType]: AnswerRule<Extract<Activity, {type: T}>>};

const asList = (response: unknown): string[] | undefined =>
  Array.isArray(response) ? response.filter((r): r is string => typeof r === 'string') : undefined;
const unanswered = (_: unknown, response: readonly string[] | undefined) => !response?.length;
const ids = (items: readonly {id: string}[] | undefined) => (items ?? []).map((i) => i.id);

/** Every activity type: how it holds, scores and restores. */
export const ANSWER_RULES: Rules = {
  information: {},
  choice: {
    holds: unanswered,
    score: (a, r) => (a.scored === false ? null : {raw: a.options.some((o) => o.id === r?.[0] && o.correct === true) ? 1 : 0, max: 1}),
    keep: (a, r) => keepKnown(asList(r), ids(a.options)),
  },
  sort: {
    holds: unanswered,
    score: (a, r) => (a.scored === false ? null : {raw: r?.length && sortIsCorrect(a, r) ? 1 : 0, max: 1}),
    keep: (a, r) => keepSortResponse(a, asList(r)),
  },
  'social-post': {
    holds: unanswered,
    score: (a, r) => (a.scored !== true ? null : {raw: a.choices.some((o) => o.id === r?.[0] && o.correct === true) ? 1 : 0, max: 1}),
    keep: (a, r) => keepKnown(asList(r), ids(a.choices)).slice(0, 1),
  },
  'response-builder': {
    keep: (a, r) => keepKnown(asList(r), [...ids(a.approaches), ...ids(a.parts), ...ids(a.checklist)]),
    keepText: (a, t) => keepText(t, [a.id]),
  },
  reflection: {
    keep: (a, r) => keepKnown(asList(r), ids(a.prompts)),
    keepText: (a, t) => keepText(t, ids(a.prompts)),
  },
  survey: {
    keep: (a, r) => keepPerItem(asList(r), a.items.length, scalePoints(a.points ?? 5)),
  },
  story: {
    keep: (a, r) => keepKnown(asList(r), ids(a.questions)),
    keepText: (a, t) => keepText(t, ids(a.questions)),
  },
  roles: {
    keep: (a, r) => keepKnown(asList(r), ids(a.cards.filter((card) => card.question))),
    keepText: (a, t) => keepText(t, ids(a.cards.filter((card) => card.question))),
  },
  dilemma: {
    keep: (a, r) => keepPerItem(asList(r), a.statements.length, DILEMMA_ANSWERS),
  },
  agreements: {
    keep: (a, r) => keepKnown(asList(r), ids(a.suggestions)),
    keepText: (a, t) => (a.allowOwn === false ? {} : Object.fromEntries(Object.entries(keepText(t)).filter(([key]) => /^eigen-\d+$/.test(key)))),
  },
  'check-in': {
    keep: (a, r) => keepKnown(asList(r), scalePoints(a.points ?? 5)).slice(0, 1),
  },
  'check-out': {
    keep: (a, r) => keepKnown(asList(r), scalePoints(a.points ?? 5)).slice(0, 1),
  },
  'help-points': {},
};

/** The rules for an activity, typed for it. Undefined for a type this version does not know. */
export function answerRule<A extends Activity>(activity: A): AnswerRule<A> | undefined {
  return (ANSWER_RULES as Record<string, AnswerRule<A> | undefined>)[activity.type];
}

/** True while an activity waits for an answer before "Volgende" may be pressed. */
export function holdsBack(activity: Activity, response: readonly string[] | undefined): boolean {
  if (!('id' in activity)) return false;
  return answerRule(activity)?.holds?.(activity, response) ?? false;
}

/** Points of the scored activities (one each, for an entirely right answer); null without any. */
export function lessonScore(lesson: Pick<Lesson, 'steps'> | undefined, answers: Record<string, string[]>): {raw: number; max: number} | null {
  let raw = 0;
  let max = 0;
  for (const {activity} of lesson?.steps ?? []) {
    if (!('id' in activity)) continue;
    const points = answerRule(activity)?.score?.(activity, answers[activity.id]);
    if (!points) continue;
    raw += points.raw;
    max += points.max;
  }
  return max > 0 ? {raw, max} : null;
}

/**
 * The state to render from: a copy of `saved` that fits `lesson` (step in range; answers and free
 * text only for the lesson's tracked activities, and only in a shape each activity still accepts:
 * options, items, prompts and scale points that exist). Stored data may predate an edit of the
 * lesson. Without `saved`: the empty state.
 */
export function restoreLearnerState(lesson: Pick<Lesson, 'steps'> | undefined, saved: LearnerState | undefined): LearnerState {
  if (!saved) return emptyLearnerState();
  const steps = lesson?.steps ?? [];
  const step = Number.isInteger(saved.step) ? Math.min(Math.max(saved.step, 0), Math.max(steps.length - 1, 0)) : 0;
  const answers: Record<string, string[]> = {};
  const texts: Record<string, Record<string, string>> = {};
  for (const {activity} of steps) {
    if (!('id' in activity)) continue;
    const rule = answerRule(activity);
    const kept = rule?.keep?.(activity, saved.answers?.[activity.id]) ?? [];
    if (kept.length > 0) answers[activity.id] = kept;
    const text = rule?.keepText?.(activity, saved.texts?.[activity.id]) ?? {};
    if (Object.keys(text).length > 0) texts[activity.id] = text;
  }
  const state: LearnerState = {step, answers, completed: saved.completed === true};
  if (Object.keys(texts).length > 0) state.texts = texts;
  return state;
}
