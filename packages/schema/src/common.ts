import {z} from 'zod';
import {message} from './messages.js';
import type {Params, ProblemCode} from './messages.js';

/** The lesson and track format version this package reads and writes. */
export const SCHEMA_VERSION = 1;

/** The rule behind `Id`, exported so error reporting can recognise it. */
export const ID_PATTERN = /^[a-z0-9][a-z0-9-]{0,63}$/;

/** A stable identifier: lower-case ASCII, digits and hyphens. Safe in SCORM interaction ids and IRIs. */
export const Id = z
  .string()
  .regex(ID_PATTERN, 'gebruik kleine letters, cijfers en streepjes (a-z, 0-9, -), hoogstens 64 tekens');

/** Longest text in one field: a screen of reading, or a facilitator's paragraph. */
export const TEXT_MAX = 4000;
/** Longest short text: titles, answer options, labels. */
export const SHORT_TEXT_MAX = 200;

/** A paragraph of text (Markdown subset where a component says so). */
export const Text = z.string().trim().min(1, 'mag niet leeg zijn').max(TEXT_MAX, `is langer dan ${TEXT_MAX} tekens`);
/** A title, answer option or label. */
export const ShortText = z
  .string()
  .trim()
  .min(1, 'mag niet leeg zijn')
  .max(SHORT_TEXT_MAX, `is langer dan ${SHORT_TEXT_MAX} tekens`);

export const Language = z.enum(['nl', 'en']);
export const Direction = z.enum(['ltr', 'rtl']);
export const TrackId = z.enum(['groep-7-8', 'bewustwording', 'actie']);
/** po: groep 7-8; vo: secondary school; jongerenwerk: youth work outside school. */
export const Audience = z.enum(['po', 'vo', 'jongerenwerk']);

export type Language = z.output<typeof Language>;
export type Audience = z.output<typeof Audience>;

/**
 * Whether the free text a learner writes may leave the device (to the LMS or LRS). Default false:
 * reflections and personal answers stay in the browser unless the author switches this on.
 */
export const ShareText = z.boolean().default(false);

export type JsonPath = (string | number)[];

/** A path as authors read it: `steps[3].activity.options[0].id`; `$` is the document itself. */
export function formatPath(path: readonly PropertyKey[]): string {
  let out = '$';
  for (const segment of path) {
    if (typeof segment === 'number') out += `[${segment}]`;
    else if (typeof segment === 'string' && /^[A-Za-z_$][\w$-]*$/.test(segment)) out += `.${segment}`;
    else out += `[${JSON.stringify(String(segment))}]`;
  }
  return out === '$' ? out : out.slice(out.startsWith('$.') ? 2 : 1);
}

/** Where a zod refinement reports. Structural, so it fits every schema's context. */
interface IssueSink {
  addIssue(issue: {code: 'custom'; path: (string | number)[]; message: string; params: Record<string, unknown>}): void;
}

/**
 * Reports a rule from the message catalogue: the message is the Dutch text (what `parse` throws),
 * `params.rule` the code the validator translates from.
 */
export function report(ctx: IssueSink, code: ProblemCode, path: (string | number)[], params: Params = {}): void {
  ctx.addIssue({code: 'custom', path, message: message(code, 'nl', params), params: {...params, rule: code}});
}

/** Reports every id that appears more than once in `items` (ids of one activity's options, cards…). */
export function uniqueItemIds(
  ctx: IssueSink,
  lists: [items: readonly {id: string}[], path: (string | number)[]][],
): void {
  const seen = new Set<string>();
  for (const [items, path] of lists) {
    items.forEach((item, i) => {
      if (seen.has(item.id)) report(ctx, 'duplicate-item-id', [...path, i, 'id'], {id: item.id});
      seen.add(item.id);
    });
  }
}

/** Reports every value that appears more than once in a list of strings. */
export function uniqueValues(ctx: IssueSink, values: readonly string[], path: (string | number)[]): void {
  const seen = new Set<string>();
  values.forEach((value, i) => {
    if (seen.has(value)) report(ctx, 'duplicate-value', [...path, i], {value});
    seen.add(value);
  });
}
