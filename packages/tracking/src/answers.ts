import type {AnsweredDetail, InteractionKind} from '@upstander/schema';

/** The kinds of answer the tracker understands: @upstander/schema's `InteractionKind`. */
export type AnswerKind = InteractionKind;

/**
 * An answer as the tracker receives it (`up-answered`): ids in `response` (never free text), free
 * text by prompt id in `text`. One rule in the tracker decides what of it may leave the device.
 */
export type AnswerEvent = AnsweredDetail;

/** An answer as a sink receives it, after the privacy policy (privacy.ts) has screened it. */
export interface SinkAnswer extends AnswerEvent {
  /** From an anonymous survey: must not be linked to the learner (SCORM and cmi5 sinks drop it). */
  anonymous: boolean;
  /** Free text was written but withheld by the policy (the sink may say "answered", never what). */
  textWithheld: boolean;
}

/** `item.category` pairs of a classifying sort (the rest of the answers are plain ids). */
export const isPairs = (response: readonly string[]): boolean => response.length > 0 && response.every((r) => r.includes('.'));

/**
 * An option, item or category id as a SCORM 2004 short identifier. Moodle 4.3 checks each id in a
 * learner response or correct pattern with `^[\w.]{1,250}$` (mod/scorm/datamodels/scorm_13.js,
 * CMIShortIdentifier) and refuses the whole value otherwise, so every other character (the `-` of
 * readable lesson ids, or anything outside ASCII) becomes `_`. Deterministic, so a teacher reads
 * `niet_meelachen` for `niet-meelachen`. Lesson ids never hold `_` (ID_PATTERN in the schema), so two
 * ids of one activity stay apart (docs/decisions/0006-scorm-identifiers-and-refused-values.md).
 */
export const shortId = (id: string): string => (id.normalize('NFKD').replace(/[^\w.]/g, '_') || '_').slice(0, 250);

/** An answer as an interaction record: its type, the response and the correct patterns, in one format. */
export interface InteractionRecord {
  type: string;
  /** The ids as the format writes them; empty for text (each format writes text its own way). */
  response: string;
  /** Correct response patterns (a choice question with several right options has one per option). */
  patterns: string[];
}

/**
 * How SCORM 1.2 (`,` and `.`), SCORM 2004 and xAPI (`[,]` and `[.]`) write an answer: choice,
 * sequencing (a sort in order), matching (a classifying sort), likert (a scale), fill-in or
 * long-fill-in (text).
 */
export function interactionRecord(answer: SinkAnswer, format: 'scorm12' | 'scorm2004' | 'xapi'): InteractionRecord {
  const [list, pair] = format === 'scorm12' ? [',', '.'] : ['[,]', '[.]'];
  const node = format === 'scorm2004' ? shortId : (id: string) => id;
  const write = (ids: readonly string[]) => ids.map((id) => (id.includes('.') ? `${node(id.slice(0, id.indexOf('.')))}${pair}${node(id.slice(id.indexOf('.') + 1))}` : node(id))).join(list);
  const pairs = answer.kind === 'sort' && (isPairs(answer.response) || isPairs(answer.correctResponse));
  // One answer per statement (a dilemma: agree, unsure, agree) repeats ids, and a SCORM 2004 choice
  // must not (Moodle 4.3 refuses it with 406): write it as matching, statement number to answer.
  if (format === 'scorm2004' && answer.kind === 'choice' && new Set(answer.response).size < answer.response.length) {
    return {type: 'matching', response: write(answer.response.map((id, i) => `${i + 1}.${id}`)), patterns: []};
  }
  const type = {
    choice: 'choice',
    sort: pairs ? 'matching' : 'sequencing',
    scale: 'likert',
    text: format === 'scorm12' ? 'fill-in' : 'long-fill-in',
  }[answer.kind];
  const patterns = !answer.scored || answer.correctResponse.length === 0 ? [] : answer.kind === 'choice' ? answer.correctResponse.map(node) : [write(answer.correctResponse)];
  return {type, response: answer.kind === 'text' ? '' : write(answer.response), patterns};
}
