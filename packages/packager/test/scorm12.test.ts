import assert from 'node:assert/strict';
import {execFileSync} from 'node:child_process';
import {describe, it} from 'node:test';
import {kerndoel} from '@upstander/curriculum';
import {buildScorm12, lessonSource, scorm12Manifest, trackSources, zip} from '../src/index.js';
import {count, lesson, path, scratch, track, unscored, unzip, validateXml, xpath} from './helpers.js';

describe('SCORM 1.2 package', () => {
  it('is deterministic: building twice gives identical bytes', () => {
    assert.deepEqual(buildScorm12(lesson), buildScorm12(lesson));
  });

  it('holds the manifest at the root, the launch page, the player, the lesson and the XSDs', () => {
    const inside = unzip(buildScorm12(lesson));
    for (const expected of ['imsmanifest.xml', 'index.html', 'upstander.js', 'lesson.json', 'imscp_rootv1p1p2.xsd', 'adlcp_rootv1p2.xsd']) {
      assert.ok(inside.names.includes(expected), `${expected} in ${inside.names.join(', ')}`);
    }
    assert.deepEqual(JSON.parse(inside.text('lesson.json')), lesson);
  });

  it('is a zip that Debian unzip tests without error', () => {
    const file = scratch('lesson.zip', buildScorm12(lesson));
    const out = execFileSync('unzip', ['-t', file], {encoding: 'utf8'});
    assert.match(out, /No errors detected/);
  });

  it('has a manifest valid against the official SCORM 1.2 schemas, with one SCO', () => {
    const manifest = unzip(buildScorm12(lesson)).text('imsmanifest.xml');
    const result = validateXml(manifest, 'scorm12');
    assert.ok(result.ok, result.output);
    assert.match(manifest, /adlcp:scormtype="sco" href="index.html"/);
    assert.equal(count(manifest, `//${path('resource')}`), 1);
    assert.deepEqual(xpath(manifest, `//${path('schemaversion')}/text()`), ['1.2']);
  });

  it('lists every file of the package in the resource (except the manifest and the XSDs)', () => {
    const inside = unzip(buildScorm12(lesson));
    const listed = xpath(inside.text('imsmanifest.xml'), `//${path('resource', 'file')}/@href`);
    assert.deepEqual(listed, inside.names.filter((n) => n !== 'imsmanifest.xml' && !n.endsWith('.xsd')));
  });

  it('carries title, description, language, duration and the kerndoelen with their SLO URIs (IMS MD classification)', () => {
    const manifest = scorm12Manifest(lesson, ['index.html']);
    const lom = `//${path('metadata', 'lom')}`;
    assert.deepEqual(xpath(manifest, `${lom}/${path('general', 'title', 'langstring')}/text()`), [lesson.title]);
    assert.deepEqual(xpath(manifest, `${lom}/${path('general', 'language')}/text()`), ['nl']);
    assert.deepEqual(xpath(manifest, `${lom}/${path('educational', 'typicallearningtime', 'datetime')}/text()`), ['PT45M']);
    assert.deepEqual(xpath(manifest, `${lom}/${path('classification', 'purpose', 'value', 'langstring')}/text()`), ['Educational Objective']);
    assert.deepEqual(
      xpath(manifest, `${lom}/${path('classification', 'taxonpath', 'taxon', 'id')}/text()`),
      lesson.kerndoelen.map((id) => kerndoel(id)!.uri),
    );
  });

  it('writes a mastery score only when one is asked for and the lesson has scored questions', () => {
    const mastery = `//${path('item', 'masteryscore')}/text()`;
    assert.deepEqual(xpath(scorm12Manifest(lesson, []), mastery), []);
    const withMastery = scorm12Manifest(lessonSource(lesson, {masteryScore: 60}), []);
    assert.deepEqual(xpath(withMastery, mastery), ['60']);
    assert.ok(validateXml(withMastery, 'scorm12').ok);
    assert.deepEqual(xpath(scorm12Manifest(lessonSource(unscored, {masteryScore: 60}), []), mastery), []);
  });

  it('packages a track as one SCO: its launch page, track.json and every lesson', () => {
    const [source] = trackSources(track, [lesson, unscored]);
    const inside = unzip(buildScorm12(source!));
    const manifest = inside.text('imsmanifest.xml');
    const result = validateXml(manifest, 'scorm12');
    assert.ok(result.ok, result.output);
    assert.equal(count(manifest, `//${path('resource')}`), 1);
    assert.deepEqual(xpath(manifest, `//${path('organization', 'title')}/text()`), [track.title]);
    for (const name of ['index.html', 'track.json', `lessons/${lesson.id}/lesson.json`, `lessons/${unscored.id}/lesson.json`]) {
      assert.ok(inside.names.includes(name), name);
    }
    assert.match(inside.text('index.html'), /data-upstander-track="track.json"/);
    // In an LMS the lessons are not linked: the player plays them in order as one session.
    assert.doesNotMatch(inside.text('index.html'), /href="lessons\//);
  });

  it('fails schema validation for a broken manifest (the check can fail)', () => {
    const broken = scorm12Manifest(lesson, ['index.html']).replace('adlcp:scormtype="sco"', 'adlcp:scormtype="page"');
    assert.equal(validateXml(broken, 'scorm12').ok, false);
    // The metadata is checked too, not only the content-packaging part: a taxon path holds one taxon.
    const misplaced = scorm12Manifest(lesson, ['index.html']).replace('</imsmd:taxon>', '</imsmd:taxon><imsmd:taxon/>');
    assert.notEqual(misplaced, scorm12Manifest(lesson, ['index.html']));
    assert.equal(validateXml(misplaced, 'scorm12').ok, false);
  });

  it('escapes lesson text in the manifest', () => {
    const manifest = scorm12Manifest({...lesson, title: 'Jij & ik <samen>'}, ['index.html']);
    assert.match(manifest, /Jij &amp; ik &lt;samen&gt;/);
    assert.ok(validateXml(manifest, 'scorm12').ok);
  });
});

describe('zip', () => {
  it('round-trips contents and refuses unsafe paths', () => {
    const data = new TextEncoder().encode('hallo '.repeat(100));
    const files = unzip(zip([{path: 'b/x.txt', data}, {path: 'a.txt', data: new Uint8Array([1, 2, 3])}])).files;
    assert.deepEqual(files['b/x.txt'], data);
    assert.deepEqual(files['a.txt'], new Uint8Array([1, 2, 3]));
    assert.throws(() => zip([{path: '../evil', data}]), /unsafe path/);
  });
});
