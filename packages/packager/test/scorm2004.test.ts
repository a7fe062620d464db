import assert from 'node:assert/strict';
import {describe, it} from 'node:test';
import {kerndoel} from '@upstander/curriculum';
import {buildScorm2004, lessonSource, scorm2004Manifest, trackSources} from '../src/index.js';
import {count, lesson, path, track, unscored, unzip, validateXml, xpath} from './helpers.js';

const manifest = () => unzip(buildScorm2004(lesson)).text('imsmanifest.xml');

describe('SCORM 2004 4th Edition package', () => {
  it('is deterministic and holds the manifest, the content and the 4th Edition XSDs', () => {
    assert.deepEqual(buildScorm2004(lesson), buildScorm2004(lesson));
    const inside = unzip(buildScorm2004(lesson));
    for (const name of ['imsmanifest.xml', 'index.html', 'upstander.js', 'lesson.json', 'imscp_v1p1.xsd', 'adlcp_v1p3.xsd', 'adlseq_v1p3.xsd', 'adlnav_v1p3.xsd', 'imsss_v1p0.xsd']) {
      assert.ok(inside.names.includes(name), name);
    }
  });

  it('has a manifest valid against the official 4th Edition schemas (IMS CP, ADL CP/SEQ/NAV, IMS SS)', () => {
    const result = validateXml(manifest(), 'scorm2004');
    assert.ok(result.ok, result.output);
  });

  it('says it is SCORM 2004 4th Edition, with the ADL namespaces and one SCO', () => {
    const xml = manifest();
    assert.deepEqual(xpath(xml, `/${path('manifest', 'metadata', 'schema')}/text()`), ['ADL SCORM']);
    assert.deepEqual(xpath(xml, `/${path('manifest', 'metadata', 'schemaversion')}/text()`), ['2004 4th Edition']);
    for (const ns of ['adlcp_v1p3', 'adlseq_v1p3', 'adlnav_v1p3']) assert.match(xml, new RegExp(`xmlns:\\w+="http://www.adlnet.org/xsd/${ns}"`));
    assert.equal(count(xml, `//${path('resource')}`), 1);
    assert.deepEqual(xpath(xml, `//${path('resource')}/@*[local-name()="scormType"]`), ['sco']);
    assert.deepEqual(xpath(xml, `//${path('resource')}/@href`), ['index.html']);
  });

  it('has sequencing defaults that suit an LMS with little sequencing (Moodle)', () => {
    const xml = manifest();
    const item = `//${path('organization', 'item')}`;
    // The content, not the LMS, decides completion and success.
    assert.deepEqual(xpath(xml, `${item}/${path('sequencing', 'deliveryControls')}/@completionSetByContent`), ['true']);
    assert.deepEqual(xpath(xml, `${item}/${path('sequencing', 'deliveryControls')}/@objectiveSetByContent`), ['true']);
    // The SCO starts at once, and the lesson's own buttons are the navigation.
    assert.deepEqual(xpath(xml, `//${path('organization', 'sequencing', 'controlMode')}/@flow`), ['true']);
    assert.deepEqual(xpath(xml, `${item}/${path('presentation', 'navigationInterface', 'hideLMSUI')}/text()`), ['previous', 'continue']);
    // No pass mark unless one is asked for.
    assert.equal(count(xml, `//${path('primaryObjective')}`), 0);
  });

  it('turns a mastery score into a primary objective satisfied by measure', () => {
    const xml = scorm2004Manifest(lessonSource(lesson, {masteryScore: 75}), ['index.html']);
    assert.ok(validateXml(xml, 'scorm2004').ok);
    assert.deepEqual(xpath(xml, `//${path('primaryObjective')}/@satisfiedByMeasure`), ['true']);
    assert.deepEqual(xpath(xml, `//${path('primaryObjective', 'minNormalizedMeasure')}/text()`), ['0.75']);
    assert.equal(count(scorm2004Manifest(lessonSource(unscored, {masteryScore: 75}), []), `//${path('primaryObjective')}`), 0);
  });

  it('carries the metadata as IEEE LOM, with the kerndoelen as taxon paths', () => {
    const xml = manifest();
    const lom = `/${path('manifest', 'metadata', 'lom')}`;
    assert.match(xml, /xmlns:lom="http:\/\/ltsc.ieee.org\/xsd\/LOM"/);
    assert.deepEqual(xpath(xml, `${lom}/${path('general', 'title', 'string')}/text()`), [lesson.title]);
    assert.deepEqual(xpath(xml, `${lom}/${path('general', 'title', 'string')}/@language`), ['nl']);
    assert.deepEqual(xpath(xml, `${lom}/${path('general', 'identifier', 'entry')}/text()`), ['https://w3id.org/xapi/upstander/lessons/g78-online-respect']);
    assert.deepEqual(xpath(xml, `${lom}/${path('educational', 'typicalLearningTime', 'duration')}/text()`), ['PT45M']);
    assert.deepEqual(xpath(xml, `${lom}/${path('classification', 'purpose', 'value')}/text()`), ['educational objective']);
    assert.deepEqual(
      xpath(xml, `${lom}/${path('classification', 'taxonPath', 'taxon', 'id')}/text()`),
      lesson.kerndoelen.map((id) => kerndoel(id)!.uri),
    );
  });

  it('packages a track as one SCO', () => {
    const [source] = trackSources(track, [lesson, unscored]);
    const xml = unzip(buildScorm2004(source!)).text('imsmanifest.xml');
    assert.ok(validateXml(xml, 'scorm2004').ok);
    assert.equal(count(xml, `//${path('resource')}`), 1);
    assert.deepEqual(xpath(xml, `//${path('resource')}/@href`), ['index.html']);
  });

  it('fails validation for a broken manifest (the check can fail)', () => {
    assert.equal(validateXml(manifest().replace('>continue<', '>onward<'), 'scorm2004').ok, false);
    assert.equal(validateXml(manifest().replace('completionSetByContent', 'completedByContent'), 'scorm2004').ok, false);
    assert.equal(validateXml(manifest().replace('adlcp:scormType="sco"', 'adlcp:scormType="page"'), 'scorm2004').ok, false);
  });
});
