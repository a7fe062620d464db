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

/** The pupil answered a tracked activity. */
export interface AnsweredDetail {
  lessonId: string;
  stepId: string;
  activityId: string;
  kind: 'choice';
  /** Option ids chosen. */
  response: string[];
  /** Option ids that each count as a correct answer (SCORM correct_responses, one pattern each). */
  correctResponse: string[];
  /** null when the question is not scored. */
  correct: boolean | null;
  scored: boolean;
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
}

/**
 * What a pupil has done in one lesson: enough to resume exactly where they were. Components accept it
 * to restore; sinks store it (SCORM suspend_data, browser storage).
 */
export interface LearnerState {
  /** Index of the step the pupil was on. */
  step: number;
  /** Answers by activity id: the chosen option ids. */
  answers: Record<string, string[]>;
  completed: boolean;
}

export const emptyLearnerState = (): LearnerState => ({step: 0, answers: {}, completed: false});
