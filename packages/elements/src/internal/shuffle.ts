/** The display order of a sort's items (not a lesson rule: the order a pupil starts from). */
import {sameList} from '@upstander/schema/answers';

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
