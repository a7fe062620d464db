// Classroom mode (`?mode=classroom`, the digibord): the class plays one lesson together and the
// answers are discussed rather than stored (docs/decisions/0004-classroom-mode.md). Nothing of the
// class's answers goes to an LMS, an LRS or the pupil's record in this browser: no LMS or LRS session
// is opened at all. Only the step on screen is kept, in this tab's sessionStorage, so a reload does
// not lose the place. The facilitator notes are a chunk of their own (upstander-classroom-notes.js),
// loaded only here, after the lesson shows.
import type {LearnerState, Lesson, ProgressedDetail} from '@upstander/schema';
import {Tracker} from '@upstander/tracking';
import type {KeyValueStore, LessonInfo, Sink} from '@upstander/tracking';
import type {UpLesson} from '@upstander/elements';

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
 * The tracker of a classroom session: it hears the lesson's events like any tracker, but its sink
 * keeps only the step, and it has no browser storage for answers or a journal.
 */
export async function openClassroom(info: LessonInfo, session: KeyValueStore) {
  const sink = new ClassroomSink(info, session);
  const tracker = new Tracker(sink, {lessonId: info.id});
  return {tracker, sink: sink as Sink, saved: await tracker.start(), ok: true};
}

/**
 * Shows the toggle "Notities voor de begeleider" above the lesson (loads the notes chunk). When the
 * chunk cannot be loaded, the lesson plays on without notes. `guideUrl` is the printable guide
 * (default: the root's `data-upstander-guide`; a track page passes the guide of the lesson playing).
 * A lesson no longer in `root` by the time the chunk is there (a track moved on) gets no notes.
 */
export function showClassroomNotes(root: HTMLElement, element: UpLesson, lesson: Lesson, guideUrl = root.dataset['upstanderGuide']): void {
  import('./classroom-notes.js').then(
    (notes) => {
      if (root.contains(element)) notes.mountNotes({root, element, lesson, guideUrl});
    },
    () => undefined,
  );
}
