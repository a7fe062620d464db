/**
 * The xAPI package (the "Tin Can" launch package): `tincan.xml` at the root names the activity an LMS
 * launches (its IRI, name and description per language, the launch page), beside the same files as every
 * package. The LMS launches index.html with endpoint, auth, actor and registration in the query string;
 * the player reads them and sends statements to that LRS. The launch page preloads the xAPI sink chunks
 * (`<link rel="modulepreload">`, see LAUNCH_CHUNKS in web.ts), which the player would otherwise fetch only
 * after upstander.js has run.
 */
import type {Lesson} from '@upstander/schema';
import {asSource} from './scorm12.js';
import type {PackageInfo, PackageSource} from './source.js';
import {longDescription} from './text.js';
import {el, xmlDocument} from './xml.js';
import type {XmlElement} from './xml.js';
import {sourceFiles} from './web.js';
import {zip} from './zip.js';
import type {PackageFile} from './zip.js';

export const TINCAN_NAMESPACE = 'http://projecttincan.com/tincan.xsd';
export const ACTIVITY_TYPES = {
  lesson: 'http://adlnet.gov/expapi/activities/lesson',
  course: 'http://adlnet.gov/expapi/activities/course',
} as const;

function names(info: PackageInfo): XmlElement[] {
  return [
    ...info.localized.map((l) => el('name', {lang: l.language}, l.title)),
    ...info.localized.map((l) => el('description', {lang: l.language}, longDescription(info, l.language, l.description))),
  ];
}

/**
 * tincan.xml: the launched activity first (a lesson, or a track as a course), then for a track each of
 * its lessons as an activity of its own (not launchable: the track's page plays them).
 */
export function tincanXml(input: Lesson | PackageSource): string {
  const source = asSource(input);
  const {info} = source;
  const lessons = source.kind === 'track' ? source.lessonInfo : [];
  return xmlDocument(
    el(
      'tincan',
      {xmlns: TINCAN_NAMESPACE},
      el(
        'activities',
        {},
        el(
          'activity',
          {id: info.activityId, type: info.kind === 'lesson' ? ACTIVITY_TYPES.lesson : ACTIVITY_TYPES.course},
          names(info),
          el('launch', {lang: info.language}, 'index.html'),
        ),
        lessons.map((lesson) => el('activity', {id: lesson.activityId, type: ACTIVITY_TYPES.lesson}, names(lesson))),
      ),
    ),
  );
}

/** All files of an xAPI package. */
export function xapiFiles(input: Lesson | PackageSource): PackageFile[] {
  const source = asSource(input);
  return [...sourceFiles(source, {web: false, launch: 'xapi'}), {path: 'tincan.xml', data: new TextEncoder().encode(tincanXml(source))}];
}

/** An xAPI (tincan.xml) zip for one lesson or track: deterministic bytes. */
export function buildXapi(input: Lesson | PackageSource): Uint8Array {
  return zip(xapiFiles(input));
}
