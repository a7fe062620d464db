import type {LearnerState} from '@upstander/schema';

/**
 * A compact, versioned text encoding of LearnerState for SCORM's `cmi.suspend_data` (4096 bytes in
 * SCORM 1.2). Example: `u1;s3;c0;q-groepsapp=b;q-helpen=a,c`.
 *
 * Every field is its own `;`-separated part, so a value cut short by an LMS loses at most the last
 * answer: `decode` keeps every part that still parses and drops the rest. Ids are [a-z0-9-] (and
 * `item.category` pairs), so the separators never occur inside them. Free text is never in here.
 */
const VERSION = 'u1';
const ID = /^[a-z0-9][a-z0-9-]*$/;
/** An answer: an id, or an `item.category` pair of a classifying sort. */
const ANSWER = /^[a-z0-9][a-z0-9-]*(\.[a-z0-9][a-z0-9-]*)?$/;

export function encodeState(state: LearnerState): string {
  const parts = [VERSION, `s${state.step}`, `c${state.completed ? 1 : 0}`];
  for (const [activity, response] of Object.entries(state.answers)) {
    parts.push(`${activity}=${response.join(',')}`);
  }
  return parts.join(';');
}

/** Returns undefined when the text is empty or not ours; never throws. */
export function decodeState(text: string | null | undefined): LearnerState | undefined {
  if (!text) return undefined;
  const [version, step, completed, ...answers] = text.split(';');
  if (version !== VERSION) return undefined;
  const stepNumber = /^s\d{1,4}$/.test(step ?? '') ? Number(step!.slice(1)) : 0;
  const state: LearnerState = {step: stepNumber, completed: completed === 'c1', answers: {}};
  for (const part of answers) {
    const [activity, response] = part.split('=');
    const options = response?.split(',') ?? [];
    if (!activity || !ID.test(activity) || options.length === 0 || !options.every((o) => ANSWER.test(o))) continue;
    state.answers[activity] = options;
  }
  return state;
}

/** Bytes of `text` in UTF-8, as an LMS counts them. */
export function byteLength(text: string): number {
  return new TextEncoder().encode(text).length;
}

/**
 * Encodes `state` within `limit` bytes: when it does not fit, the last answers are left out whole
 * (never half a part), so what is stored always decodes. Step and completion always fit.
 */
export function encodeStateWithin(state: LearnerState, limit: number): string {
  const text = encodeState(state);
  if (byteLength(text) <= limit) return text;
  const parts = text.split(';');
  while (parts.length > 3 && byteLength(parts.join(';')) > limit) parts.pop();
  return parts.join(';');
}
