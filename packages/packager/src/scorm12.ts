import type {Lesson} from '@upstander/schema';
import {schemaFiles} from './assets.js';
import {lessonFiles} from './web.js';
import {escapeXml} from './xml.js';
import {zip} from './zip.js';
import type {PackageFile} from './zip.js';

/**
 * imsmanifest.xml for a SCORM 1.2 package with one SCO (Moodle's best-supported shape), valid against
 * ADL's SCORM 1.2 schemas (imscp_rootv1p1p2, adlcp_rootv1p2, imsmd_rootv1p2p1).
 */
export function scorm12Manifest(lesson: Lesson, files: string[]): string {
  const title = escapeXml(lesson.title);
  const lang = escapeXml(lesson.language);
  const fileList = files.map((f) => `        <file href="${escapeXml(f)}"/>`).join('\n');
  return `<?xml version="1.0" encoding="UTF-8"?>
<manifest identifier="upstander-${lesson.id}" version="1"
  xmlns="http://www.imsproject.org/xsd/imscp_rootv1p1p2"
  xmlns:adlcp="http://www.adlnet.org/xsd/adlcp_rootv1p2"
  xmlns:imsmd="http://www.imsglobal.org/xsd/imsmd_rootv1p2p1"
  xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance"
  xsi:schemaLocation="http://www.imsproject.org/xsd/imscp_rootv1p1p2 imscp_rootv1p1p2.xsd http://www.imsglobal.org/xsd/imsmd_rootv1p2p1 imsmd_rootv1p2p1.xsd http://www.adlnet.org/xsd/adlcp_rootv1p2 adlcp_rootv1p2.xsd">
  <metadata>
    <schema>ADL SCORM</schema>
    <schemaversion>1.2</schemaversion>
    <imsmd:lom>
      <imsmd:general>
        <imsmd:title><imsmd:langstring xml:lang="${lang}">${title}</imsmd:langstring></imsmd:title>
        <imsmd:language>${lang}</imsmd:language>
        <imsmd:description><imsmd:langstring xml:lang="${lang}">${escapeXml(lesson.summary)}</imsmd:langstring></imsmd:description>
      </imsmd:general>
      <imsmd:educational>
        <imsmd:typicallearningtime><imsmd:datetime>PT${lesson.durationMinutes}M</imsmd:datetime></imsmd:typicallearningtime>
      </imsmd:educational>
    </imsmd:lom>
  </metadata>
  <organizations default="upstander">
    <organization identifier="upstander">
      <title>${title}</title>
      <item identifier="item-${lesson.id}" identifierref="sco-${lesson.id}" isvisible="true">
        <title>${title}</title>
      </item>
    </organization>
  </organizations>
  <resources>
    <resource identifier="sco-${lesson.id}" type="webcontent" adlcp:scormtype="sco" href="index.html">
${fileList}
    </resource>
  </resources>
</manifest>
`;
}

/** All files of a SCORM 1.2 package for one lesson. */
export function scorm12Files(lesson: Lesson): PackageFile[] {
  const content = lessonFiles(lesson);
  const manifest = scorm12Manifest(
    lesson,
    content.map((f) => f.path),
  );
  return [...content, {path: 'imsmanifest.xml', data: new TextEncoder().encode(manifest)}, ...schemaFiles('scorm12')];
}

/** A SCORM 1.2 zip for one lesson: deterministic bytes. */
export function buildScorm12(lesson: Lesson): Uint8Array {
  return zip(scorm12Files(lesson));
}
