import type {Lesson} from '@upstander/schema';
import {schemaFiles} from './assets.js';
import {IMS_MD_1_2, lomMetadata} from './metadata.js';
import {lessonSource} from './source.js';
import type {PackageSource} from './source.js';
import {sourceFiles} from './web.js';
import {el, xmlDocument} from './xml.js';
import {zip} from './zip.js';
import type {PackageFile} from './zip.js';

/** A lesson becomes a package source with the default options. */
export const asSource = (input: Lesson | PackageSource): PackageSource => ('kind' in input ? input : lessonSource(input));

/**
 * imsmanifest.xml for a SCORM 1.2 package with one SCO (Moodle's best-supported shape), valid against
 * ADL's SCORM 1.2 schemas (imscp_rootv1p1p2, adlcp_rootv1p2, imsmd_rootv1p2p1). A track is one SCO too:
 * its launch page plays the lessons in order.
 */
export function scorm12Manifest(input: Lesson | PackageSource, files: string[]): string {
  const {info} = asSource(input);
  const org = 'upstander';
  return xmlDocument(
    el(
      'manifest',
      {
        identifier: `upstander-${info.name}`,
        version: '1',
        xmlns: 'http://www.imsproject.org/xsd/imscp_rootv1p1p2',
        'xmlns:adlcp': 'http://www.adlnet.org/xsd/adlcp_rootv1p2',
        'xmlns:imsmd': 'http://www.imsglobal.org/xsd/imsmd_rootv1p2p1',
        'xmlns:xsi': 'http://www.w3.org/2001/XMLSchema-instance',
        'xsi:schemaLocation':
          'http://www.imsproject.org/xsd/imscp_rootv1p1p2 imscp_rootv1p1p2.xsd http://www.imsglobal.org/xsd/imsmd_rootv1p2p1 imsmd_rootv1p2p1.xsd http://www.adlnet.org/xsd/adlcp_rootv1p2 adlcp_rootv1p2.xsd',
      },
      el('metadata', {}, el('schema', {}, 'ADL SCORM'), el('schemaversion', {}, '1.2'), lomMetadata(info, IMS_MD_1_2)),
      el(
        'organizations',
        {default: org},
        el(
          'organization',
          {identifier: org},
          el('title', {}, info.title),
          el(
            'item',
            {identifier: `item-${info.id}`, identifierref: `sco-${info.id}`, isvisible: 'true'},
            el('title', {}, info.title),
            // SCORM 1.2 has no separate pass/fail: a mastery score turns "completed" into "passed" or
            // "failed" in Moodle, so it is only written when one was asked for.
            info.masteryScore !== undefined && el('adlcp:masteryscore', {}, Math.round(info.masteryScore)),
          ),
        ),
      ),
      el(
        'resources',
        {},
        el(
          'resource',
          {identifier: `sco-${info.id}`, type: 'webcontent', 'adlcp:scormtype': 'sco', href: 'index.html'},
          [...files].sort().map((href) => el('file', {href})),
        ),
      ),
    ),
  );
}

/** All files of a SCORM 1.2 package. */
export function scorm12Files(input: Lesson | PackageSource): PackageFile[] {
  const source = asSource(input);
  const content = sourceFiles(source, {web: false});
  const manifest = scorm12Manifest(
    source,
    content.map((f) => f.path),
  );
  return [...content, {path: 'imsmanifest.xml', data: new TextEncoder().encode(manifest)}, ...schemaFiles('scorm12')];
}

/** A SCORM 1.2 zip for one lesson or track: deterministic bytes. */
export function buildScorm12(input: Lesson | PackageSource): Uint8Array {
  return zip(scorm12Files(input));
}
