import type {AnsweredDetail, CompletedDetail, LearnerState, ProgressedDetail} from '@upstander/schema';

/** What a lesson tells its sinks about itself. */
export interface LessonInfo {
  id: string;
  title: string;
  kerndoelen: string[];
}

/**
 * Where learner progress goes: an LMS (SCORM), an LRS (xAPI, cmi5) or the browser (standalone).
 * The tracker calls a sink; components never do.
 */
export interface Sink {
  /** The kind of environment, for display and debugging. */
  readonly kind: 'scorm12' | 'local';
  /** Opens the session and returns the saved state to resume, if any. */
  start(): LearnerState | undefined;
  progressed(detail: ProgressedDetail, state: LearnerState): void;
  answered(detail: AnsweredDetail, state: LearnerState): void;
  completed(detail: CompletedDetail, state: LearnerState): void;
  /** Writes what is pending to durable storage. Returns false when the store refused. */
  save(state: LearnerState): boolean;
  /** Ends the session (the page is going away). Best effort: everything was saved before. */
  finish(state: LearnerState): void;
}
