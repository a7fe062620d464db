import type {LessonInfo, Sink} from './sink.js';
import {LocalSink} from './local.js';
import {Scorm12Sink, findScorm12Api} from './scorm12.js';

/**
 * Picks the sink for where the lesson was launched: inside a SCORM 1.2 LMS, or standalone.
 * (SCORM 2004, xAPI and cmi5 launches join here as they are built.)
 */
export function detectSink(win: Window, lesson: LessonInfo): Sink {
  const scorm12 = findScorm12Api(win);
  if (scorm12) return new Scorm12Sink(scorm12, lesson);
  return new LocalSink(lesson, win.localStorage);
}
