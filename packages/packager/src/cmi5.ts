/**
 * The cmi5 package: `cmi5.xml` (the course structure, cmi5 spec §13) at the root, beside the same files
 * as every package. A lesson is a course with one AU; a track is a course with one AU per lesson, so the
 * LMS keeps track of each lesson and of the course. The kerndoelen are the course's objectives (id: the
 * kerndoel's SLO URI) and each AU names the ones it works on. Every AU's page preloads the cmi5 sink
 * chunks (`<link rel="modulepreload">`, see LAUNCH_CHUNKS in web.ts).
 */
import type {Kerndoel} from '@upstander/curriculum';
import type {Lesson} from '@upstander/schema';
import {asSource} from './scorm12.js';
import {scaled} from './source.js';
import type {PackageInfo, PackageSource} from './source.js';
import {longDescription} from './text.js';
import {trackLessonPath, sourceFiles} from './web.js';
import {el, xmlDocument} from './xml.js';
import type {XmlElement} from './xml.js';
import {zip} from './zip.js';
import type {PackageFile} from './zip.js';

export const CMI5_NAMESPACE = 'https://w3id.org/xapi/profiles/cmi5/v1/CourseStructure.xsd';
const LESSON_TYPE = 'http://adlnet.gov/expapi/activities/lesson';

/** `<title>` and `<description>` with one langstring per language. */
function texts(info: PackageInfo): XmlElement[] {
  return [
    el('title', {}, info.localized.map((l) => el('langstring', {lang: l.language}, l.title))),
    el('description', {}, info.localized.map((l) => el('langstring', {lang: l.language}, longDescription(info, l.language, l.description)))),
  ];
}

function au(info: PackageInfo, url: string): XmlElement {
  return el(
    'au',
    {
      id: info.activityId,
      activityType: LESSON_TYPE,
      launchMethod: 'AnyWindow',
      // Completed is always earned at the end of a lesson; passed only when a mastery score is set.
      moveOn: 'CompletedOrPassed',
      masteryScore: info.masteryScore === undefined ? undefined : scaled(info.masteryScore),
    },
    texts(info),
    el('objectives', {}, info.kerndoelen.map((k) => el('objective', {idref: k.uri}))),
    el('url', {}, url),
  );
}

/** cmi5.xml for a lesson (a course with one AU) or a track (a course with an AU per lesson). */
export function cmi5Xml(input: Lesson | PackageSource): string {
  const source = asSource(input);
  const {info} = source;
  const units: [PackageInfo, string][] =
    source.kind === 'lesson'
      ? [[info, 'index.html']]
      : source.lessonInfo.map((lesson) => [lesson, trackLessonPath(lesson.id)]);
  const goals = new Map<string, Kerndoel>();
  for (const [unit] of units) for (const k of unit.kerndoelen) goals.set(k.uri, k);
  return xmlDocument(
    el(
      'courseStructure',
      {xmlns: CMI5_NAMESPACE},
      el('course', {id: info.courseId}, texts(info)),
      el(
        'objectives',
        {},
        [...goals.values()].map((k) =>
          el(
            'objective',
            {id: k.uri},
            el('title', {}, el('langstring', {lang: 'nl'}, k.id)),
            el('description', {}, el('langstring', {lang: 'nl'}, k.text)),
          ),
        ),
      ),
      units.map(([unit, url]) => au(unit, url)),
    ),
  );
}

/** All files of a cmi5 package. A track's lessons are launched from their own pages (`lessons/<id>/`). */
export function cmi5Files(input: Lesson | PackageSource): PackageFile[] {
  const source = asSource(input);
  return [...sourceFiles(source, {web: false, launch: 'cmi5'}), {path: 'cmi5.xml', data: new TextEncoder().encode(cmi5Xml(source))}];
}

/** A cmi5 zip for one lesson or track: deterministic bytes. */
export function buildCmi5(input: Lesson | PackageSource): Uint8Array {
  return zip(cmi5Files(input));
}
