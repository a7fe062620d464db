// Classroom mode (`?mode=classroom`, the digibord): the class plays one lesson together and the
// answers are discussed rather than stored (docs/decisions/0004-classroom-mode.md). Nothing of the
// class's answers goes to an LMS, an LRS or the pupil's record in this browser: no LMS or LRS session
// is opened at all. Only the step on screen is kept, in this tab's sessionStorage, so a reload does
// not lose the place. The facilitator notes are a chunk of their own (upstander-classroom-notes.js),
// loaded only here, after the lesson shows.
import type {Lesson} from '@upstander/schema';
import {ClassroomSink, Tracker} from '@upstander/tracking';
import type {KeyValueStore, LessonInfo, Sink} from '@upstander/tracking';
import type {UpLesson} from '@upstander/elements';

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
