import type {Completion, CompletedDetail, LearnerState, ProgressedDetail} from '@upstander/schema';
import type {SinkAnswer} from './answers.js';

/** What a lesson tells its sinks about itself. */
export interface LessonInfo {
  id: string;
  title: string;
  /** Kerndoel ids of the lesson (as in the lesson file), such as `BU-PO-19A-u3`. */
  kerndoelen: string[];
  /**
   * The SLO URIs of those kerndoelen, for xAPI `context.contextActivities.category`. Given by the
   * launch page (the packager looks them up in @upstander/curriculum); empty when not given.
   */
  kerndoelUris?: string[];
  /** The lesson's track (`groep-7-8`, `bewustwording`, `actie`): the xAPI grouping. */
  track?: string;
  /** Language of the lesson content (`nl`, `en`). */
  language?: string;
  /** Number of steps, for progress measures. */
  stepCount?: number;
  /** Titles of choice options and questions, for xAPI activity definitions. Optional. */
  activities?: Record<string, ActivityInfo>;
}

/**
 * The track as one unit: what a sink that knows one lesson needs (id, title, every lesson's
 * kerndoelen, every lesson's activities under their interaction ids), plus its places and lessons.
 */
export interface TrackInfo extends LessonInfo {
  /** The places of the track, in order: a lesson, and lessons that may stand in for it. */
  places: {lesson: string; variants?: string[]}[];
  /** Every lesson of the track (of its places and their variants) that is there, by id. */
  lessons: Record<string, LessonInfo>;
  /** The track's completion rule (applied by @upstander/schema's `trackStatus`). */
  completion: Completion;
  /** 0–1: the score of a `mastery` completion rule (the packager writes it as the LMS's mastery score too). */
  masteryScore?: number;
}

/** What a statement may say about a tracked activity: its question and options (lesson content, never learner text). */
export interface ActivityInfo {
  type: string;
  question?: string;
  /** Choice options; for a survey, the points of its scale (ids `1`…, text the lesson's label when it has one). */
  options?: {id: string; text?: string}[];
  /** A survey's statements, in the order of its answer. */
  items?: {id: string; text: string}[];
}

/** Why a sink is asked to commit: an event that changed status, the timer, or the page being hidden. */
export type SaveReason = 'status' | 'timer' | 'hidden' | 'retry' | 'finish';

export type SinkKind = 'scorm12' | 'scorm2004' | 'xapi' | 'cmi5' | 'local';

/**
 * Where learner progress goes: an LMS (SCORM), an LRS (xAPI, cmi5) or the browser (standalone).
 * The tracker calls a sink; components never do. Event methods may throw: the tracker keeps the
 * write and tries it again later. Every sink sees only what the privacy policy lets through
 * (see privacy.ts).
 */
export interface Sink {
  /** The kind of environment, for display and debugging. */
  readonly kind: SinkKind;
  /** Opens the session and returns the saved state to resume, if any. */
  start(): LearnerState | undefined | Promise<LearnerState | undefined>;
  progressed(detail: ProgressedDetail, state: LearnerState): void;
  answered(detail: SinkAnswer, state: LearnerState): void;
  completed(detail: CompletedDetail, state: LearnerState): void;
  /** Writes what is pending to durable storage (commits). Returns false when the store refused. */
  save(state: LearnerState, reason: SaveReason): boolean;
  /**
   * The page is going away (pagehide, not into the back/forward cache): a close, a navigation or a
   * reload — the page cannot tell which. Best effort: everything was saved before. A sink whose
   * protocol forbids anything after its end (cmi5's `terminated`) ends its session in `exit`, not here.
   */
  finish(state: LearnerState): void;
  /**
   * The learner left for good (the player's exit, `up-exit`): end the session. Sinks without it are
   * ended by `finish`.
   */
  exit?(state: LearnerState): void;
  /**
   * A key for this learner in this environment, to keep a local copy of unsaved progress apart
   * per learner (a one-way hash of the LMS learner id or xAPI actor). Undefined: do not keep one.
   */
  learnerKey?(): string | undefined;
  /**
   * For sinks that deliver in the background (xAPI, cmi5): told when delivery starts failing and
   * when it recovers, so the learner sees a message while their progress is not reaching the LMS.
   */
  onHealth?(listener: (ok: boolean) => void): void;
  /** Sends what is queued with `keepalive` (the page is being hidden). */
  flushOnHide?(): void;
}
