// Classroom mode (`?mode=classroom`, the digibord; docs/decisions/0004-classroom-mode.md): the class
// plays one lesson or a track together and the answers are discussed rather than stored. These sinks
// open no LMS or LRS session and write nothing to localStorage: they keep only the step (and, in a
// track, the lesson) on screen, in this tab's sessionStorage, so a reload returns there.
import type {LearnerState, ProgressedDetail} from '@upstander/schema';
import type {LessonInfo, Sink} from './sink.js';
import type {TrackSink} from './track.js';
import {decodeTrackState, emptyTrackState, encodeTrackState} from './track-state.js';
import type {TrackState} from './track-state.js';
import type {KeyValueStore} from './tracker.js';

/** Where classroom mode keeps the step on screen (sessionStorage: this tab only, gone when it closes). */
export const classroomStepKey = (lessonId: string) => `upstander:${lessonId}:classroom-step`;

/**
 * The sink of a classroom session: it remembers the step on screen in sessionStorage and drops
 * everything else (answers, scores, completion). It never reaches an LMS or LRS.
 */
export class ClassroomSink implements Sink {
  /** Nothing leaves the browser. */
  readonly kind = 'local';
  private readonly _key: string;
  private readonly _session: KeyValueStore;

  constructor(lesson: Pick<LessonInfo, 'id'>, session: KeyValueStore) {
    this._key = classroomStepKey(lesson.id);
    this._session = session;
  }

  start(): LearnerState | undefined {
    try {
      const step = Number(this._session.getItem(this._key) ?? '');
      return Number.isInteger(step) && step > 0 ? {step, answers: {}, completed: false} : undefined;
    } catch {
      return undefined;
    }
  }

  progressed(detail: ProgressedDetail): void {
    try {
      this._session.setItem(this._key, String(detail.stepIndex));
    } catch {
      // Storage full or blocked: a reload starts at the first step. Nothing else is lost.
    }
  }

  answered(): void {}
  completed(): void {}
  save(): boolean {
    return true;
  }
  finish(): void {}
}

/**
 * Classroom mode (`?mode=classroom`, docs/decisions/0004-classroom-mode.md): no LMS or LRS session,
 * nothing in localStorage; only the lesson and the step on screen, in this tab's sessionStorage, so a
 * reload returns there. Answers, scores and completion are dropped.
 */
export class ClassroomTrackSink implements TrackSink {
  readonly kind = 'local';
  private readonly _key: string;
  private readonly _session: KeyValueStore;

  constructor(trackId: string, session: KeyValueStore) {
    this._key = `upstander:${trackId}:classroom`;
    this._session = session;
  }

  start(): TrackState | undefined {
    try {
      return decodeTrackState(this._session.getItem(this._key));
    } catch {
      return undefined;
    }
  }

  progressed(_detail: unknown, state: TrackState): void {
    this.save(state);
  }

  answered(): void {}
  lessonCompleted(): void {}
  trackCompleted(): void {}

  save(state: TrackState): boolean {
    const kept = emptyTrackState();
    if (state.current) kept.current = state.current;
    for (const [id, lesson] of Object.entries(state.lessons)) kept.lessons[id] = {state: {step: lesson.state.step, answers: {}, completed: false}};
    try {
      this._session.setItem(this._key, encodeTrackState(kept));
    } catch {
      // Storage full or blocked: a reload starts at the overview. Nothing else is lost.
    }
    return true;
  }

  finish(): void {}
}
