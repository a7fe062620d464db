/**
 * The domain events that lesson components emit and the tracker consumes. One vocabulary feeds every
 * sink (SCORM, xAPI, local). Components never call an LMS; they dispatch these on themselves,
 * bubbling and composed.
 */

/** The pupil moved to a step. */
export interface ProgressedDetail {
  lessonId: string;
  stepId: string;
  /** 0-based index of the step now shown. */
  stepIndex: number;
  stepCount: number;
}

/**
 * What kind of answer an activity gives: `choice` (option ids), `sort` (item ids in the pupil's order,
 * or `item.category` pairs when classifying), `scale` (one scale point id: survey, check-in/out),
 * `text` (free text by prompt id: reflection, response builder, story questions).
 */
export type InteractionKind = 'choice' | 'sort' | 'scale' | 'text';

/** The pupil answered a tracked activity. */
export interface AnsweredDetail {
  lessonId: string;
  stepId: string;
  activityId: string;
  kind: InteractionKind;
  /** Ids the pupil chose, in order where order matters (never free text). */
  response: string[];
  /** Option ids that each count as a correct answer (SCORM correct_responses, one pattern each). */
  correctResponse: string[];
  /** null when the question is not scored. */
  correct: boolean | null;
  scored: boolean;
  /**
   * Free text the pupil wrote, by prompt id. Components always send it; the tracker decides, from the
   * lesson's `shareText` flags, whether it may leave the device (never by default).
   */
  text?: Record<string, string>;
}

/** The pupil reached the end of the lesson. */
export interface CompletedDetail {
  lessonId: string;
  /** null when the lesson has no scored questions. */
  score: {raw: number; max: number} | null;
}

export interface UpEventMap {
  'up-progressed': CustomEvent<ProgressedDetail>;
  'up-answered': CustomEvent<AnsweredDetail>;
  'up-completed': CustomEvent<CompletedDetail>;
  /** The learner leaves the lesson for good (the player's exit button): the tracker ends the session. */
  'up-exit': CustomEvent<null>;
}

/**
 * What a pupil has done in one lesson: enough to resume exactly where they were. Components accept it
 * to restore; sinks store it (SCORM suspend_data, browser storage).
 */
export interface LearnerState {
  /** Index of the step the pupil was on. */
  step: number;
  /** Answers by activity id: the chosen ids. */
  answers: Record<string, string[]>;
  /** Free text by activity id, then prompt id. Device-only unless the activity shares text. */
  texts?: Record<string, Record<string, string>>;
  completed: boolean;
}

export const emptyLearnerState = (): LearnerState => ({step: 0, answers: {}, completed: false});
