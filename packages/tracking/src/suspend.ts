import type {LearnerState} from '@upstander/schema';

/**
 * A compact, versioned text encoding of LearnerState for SCORM's `cmi.suspend_data` (4096 bytes in
 * SCORM 1.2). Example: `u1;s3;c0;q-groepsapp=b;q-helpen=a,c`.
 *
 * Every field is its own `;`-separated part, so a value cut short by an LMS loses at most the last
 * answer: `decode` keeps every part that still parses and drops the rest. Ids are [a-z0-9-], so the
 * separators never occur inside them.
 */
const VERSION = 'u1';
const ID = /^[a-z0-9][a-z0-9-]*$/;

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
    if (!activity || !ID.test(activity) || options.length === 0 || !options.every((o) => ID.test(o))) continue;
    state.answers[activity] = options;
  }
  return state;
}
