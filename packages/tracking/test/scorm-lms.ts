// Test helpers for the SCORM sinks: scorm-again playing the LMS (both versions), read back from the
// LMS's own data model, and a way to make any LMS call fail on demand.
import {Scorm12API, Scorm2004API} from 'scorm-again';
import type {AnswerEvent, LessonInfo, Scorm12Api, Scorm2004Api} from '../src/index.js';

export const lesson: LessonInfo = {
  id: 'les',
  title: 'Les',
  kerndoelen: ['BU-PO-19A-u3', 'DG-PO-24B-u1'],
  language: 'nl',
  activities: {q1: {type: 'choice', question: 'Welk bericht is respectvol?', options: [{id: 'a', text: 'A'}, {id: 'b', text: 'B'}]}},
};

export const answered = (activityId: string, response: string[], correct: boolean | null, extra: Partial<AnswerEvent> = {}): AnswerEvent => ({
  lessonId: 'les',
  stepId: `stap-${activityId}`,
  activityId,
  kind: 'choice',
  response,
  correctResponse: ['a', 'c'],
  correct,
  scored: correct !== null,
  ...extra,
});

export type Lms12 = InstanceType<typeof Scorm12API>;
export type Lms2004 = InstanceType<typeof Scorm2004API>;

export function newLms12(json?: object): Lms12 {
  const lms = new Scorm12API({autocommit: false, lmsCommitUrl: false, logLevel: 5});
  if (json) lms.loadFromJSON(json);
  return lms;
}

export function newLms2004(json?: object): Lms2004 {
  const lms = new Scorm2004API({autocommit: false, lmsCommitUrl: false, logLevel: 5});
  if (json) lms.loadFromJSON(json);
  return lms;
}

export const api12 = (lms: Lms12) => lms as unknown as Scorm12Api;
export const api2004 = (lms: Lms2004) => lms as unknown as Scorm2004Api;

/** The LMS's data as it would store it (toJSON also reveals write-only elements such as exit). */
export const cmiOf = (lms: Lms12 | Lms2004): any => JSON.parse(JSON.stringify((lms as unknown as {cmi: unknown}).cmi));

/** Values of an LMS collection (interactions, objectives, correct_responses) in order. */
export const list = (collection: unknown): any[] => (collection && typeof collection === 'object' ? Object.values(collection as object) : []);

export type Fault = 'none' | 'false' | 'throw' | 'vanish';

/**
 * Wraps every run-time method of `lms` so a test can make the LMS fail: answer "false" (with error
 * code 101), throw, or vanish (every method gone, as when the LMS frame is torn down). Counts calls.
 */
export function faulty<T extends object>(lms: T, methods: string[]): {fault: Fault; calls: Record<string, number>; api: T} {
  const control = {fault: 'none' as Fault, calls: {} as Record<string, number>, api: lms};
  const real = new Map(methods.map((m) => [m, (lms as any)[m].bind(lms)]));
  const lastError = methods.find((m) => /GetLastError$/.test(m))!;
  const proxy = new Proxy(lms, {
    get(target, prop, receiver) {
      const name = String(prop);
      if (!real.has(name)) return Reflect.get(target, prop, receiver);
      if (control.fault === 'vanish') return undefined;
      return (...args: unknown[]) => {
        control.calls[name] = (control.calls[name] ?? 0) + 1;
        if (control.fault === 'throw') throw new Error('The LMS is unreachable');
        if (control.fault === 'false') return name === lastError ? '101' : name.includes('Get') ? '' : 'false';
        return real.get(name)!(...args);
      };
    },
  });
  control.api = proxy;
  return control;
}
