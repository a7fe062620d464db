/**
 * The answer formats of the activities, as pure functions: what a response of each type looks
 * like, whether a stored one still fits the activity, and whether it is right. The elements use
 * them to build `up-answered` and to restore; `<up-lesson>` uses them to keep a saved state that
 * fits the lesson and to score. Responses hold ids only; free text travels separately by prompt id.
 */
import type {SortActivity} from '@upstander/schema';

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

/**
 * The items' ids in a shuffled order that depends only on `seed` (the activity id), so a pupil sees
 * the same start on every visit and in every test. Never the original order when there are two or
 * more items: a sort that starts solved teaches nothing.
 */
export function shuffled(ids: readonly string[], seed: string): string[] {
  let state = 2166136261;
  for (const ch of seed) state = Math.imul(state ^ ch.charCodeAt(0), 16777619) >>> 0;
  const random = () => {
    // mulberry32
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  const out = [...ids];
  for (let i = out.length - 1; i > 0; i--) {
    const j = Math.floor(random() * (i + 1));
    [out[i], out[j]] = [out[j]!, out[i]!];
  }
  if (out.length > 1 && sameList(out, ids)) out.push(out.shift()!);
  return out;
}
