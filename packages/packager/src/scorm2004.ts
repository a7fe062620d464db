import type {Lesson} from '@upstander/schema';
import {schemaFiles} from './assets.js';
import {IEEE_LOM, lomMetadata} from './metadata.js';
import {asSource} from './scorm12.js';
import {scaled} from './source.js';
import type {PackageSource} from './source.js';
import {sourceFiles} from './web.js';
import {el, xmlDocument} from './xml.js';
import {zip} from './zip.js';
import type {PackageFile} from './zip.js';

/**
 * imsmanifest.xml for a SCORM 2004 4th Edition package with one SCO, valid against ADL's 4th Edition
 * schemas (IMS CP 1.1.4, ADL CP/SEQ/NAV 1.3, IMS SS 1.0). Sequencing defaults for an LMS that, like
 * Moodle, implements little of SCORM 2004 sequencing:
 * - the content decides completion and success (`completionSetByContent`, `objectiveSetByContent`),
 *   so the LMS never marks a lesson complete just because it was opened and closed;
 * - choice and flow at the organisation, so the single SCO starts at once;
 * - the LMS's own previous/continue buttons are hidden: the lesson has its own navigation;
 * - with a mastery score, the primary objective is satisfied by measure (cmi.scaled_passing_score).
 * The LOM metadata is in the IEEE LOM namespace, checked "lax" by the CP schema (see schemas/README.md).
 */
export function scorm2004Manifest(input: Lesson | PackageSource, files: string[]): string {
  const {info} = asSource(input);
  const org = 'upstander';
  const mastery = info.masteryScore;
  return xmlDocument(
    el(
      'manifest',
      {
        identifier: `upstander-${info.name}`,
        version: '1',
        xmlns: 'http://www.imsglobal.org/xsd/imscp_v1p1',
        'xmlns:adlcp': 'http://www.adlnet.org/xsd/adlcp_v1p3',
        'xmlns:adlseq': 'http://www.adlnet.org/xsd/adlseq_v1p3',
        'xmlns:adlnav': 'http://www.adlnet.org/xsd/adlnav_v1p3',
        'xmlns:imsss': 'http://www.imsglobal.org/xsd/imsss',
        'xmlns:lom': 'http://ltsc.ieee.org/xsd/LOM',
        'xmlns:xsi': 'http://www.w3.org/2001/XMLSchema-instance',
        'xsi:schemaLocation': [
          'http://www.imsglobal.org/xsd/imscp_v1p1 imscp_v1p1.xsd',
          'http://www.adlnet.org/xsd/adlcp_v1p3 adlcp_v1p3.xsd',
          'http://www.adlnet.org/xsd/adlseq_v1p3 adlseq_v1p3.xsd',
          'http://www.adlnet.org/xsd/adlnav_v1p3 adlnav_v1p3.xsd',
          'http://www.imsglobal.org/xsd/imsss imsss_v1p0.xsd',
        ].join(' '),
      },
      el('metadata', {}, el('schema', {}, 'ADL SCORM'), el('schemaversion', {}, '2004 4th Edition'), lomMetadata(info, IEEE_LOM)),
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
            el(
              'imsss:sequencing',
              {},
              mastery !== undefined &&
                el(
                  'imsss:objectives',
                  {},
                  el(
                    'imsss:primaryObjective',
                    {objectiveID: 'mastery', satisfiedByMeasure: 'true'},
                    el('imsss:minNormalizedMeasure', {}, scaled(mastery)),
                  ),
                ),
              el('imsss:deliveryControls', {completionSetByContent: 'true', objectiveSetByContent: 'true'}),
            ),
            el(
              'adlnav:presentation',
              {},
              el('adlnav:navigationInterface', {}, el('adlnav:hideLMSUI', {}, 'previous'), el('adlnav:hideLMSUI', {}, 'continue')),
            ),
          ),
          el('imsss:sequencing', {}, el('imsss:controlMode', {choice: 'true', flow: 'true'})),
        ),
      ),
      el(
        'resources',
        {},
        el(
          'resource',
          {identifier: `sco-${info.id}`, type: 'webcontent', 'adlcp:scormType': 'sco', href: 'index.html'},
          [...files].sort().map((href) => el('file', {href})),
        ),
      ),
    ),
  );
}

/** All files of a SCORM 2004 4th Edition package. */
export function scorm2004Files(input: Lesson | PackageSource): PackageFile[] {
  const source = asSource(input);
  const content = sourceFiles(source, {web: false});
  const manifest = scorm2004Manifest(
    source,
    content.map((f) => f.path),
  );
  return [...content, {path: 'imsmanifest.xml', data: new TextEncoder().encode(manifest)}, ...schemaFiles('scorm2004-4th')];
}

/** A SCORM 2004 4th Edition zip for one lesson or track: deterministic bytes. */
export function buildScorm2004(input: Lesson | PackageSource): Uint8Array {
  return zip(scorm2004Files(input));
}
