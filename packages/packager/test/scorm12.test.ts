import assert from 'node:assert/strict';
import {execFileSync, spawnSync} from 'node:child_process';
import {mkdtempSync, readFileSync, rmSync, writeFileSync} from 'node:fs';
import {tmpdir} from 'node:os';
import {join} from 'node:path';
import {after, describe, it} from 'node:test';
import {unzipSync} from 'fflate';
import {Lesson} from '@upstander/schema';
import {buildScorm12, schemaFolder, scorm12Manifest, zip} from '../src/index.js';

const lesson = Lesson.parse(JSON.parse(readFileSync('lessons/groep-7-8/wat-is-online-respect.json', 'utf8')));
const work = mkdtempSync(join(tmpdir(), 'upstander-packager-'));
after(() => rmSync(work, {recursive: true, force: true}));

/** Validates a SCORM 1.2 manifest with xmllint against ADL's and IMS's own XSDs. */
function validateScorm12(manifest: string): {ok: boolean; output: string} {
  const dir = schemaFolder('scorm12');
  // One schema that pulls in the three namespaces a SCORM 1.2 manifest uses, so every element and
  // attribute is checked, not only the content-packaging root.
  const all = join(work, 'scorm12-all.xsd');
  writeFileSync(
    all,
    `<?xml version="1.0"?>
<xsd:schema xmlns:xsd="http://www.w3.org/2001/XMLSchema" targetNamespace="urn:upstander:all" elementFormDefault="qualified">
  <xsd:import namespace="http://www.imsproject.org/xsd/imscp_rootv1p1p2" schemaLocation="${dir}imscp_rootv1p1p2.xsd"/>
  <xsd:import namespace="http://www.adlnet.org/xsd/adlcp_rootv1p2" schemaLocation="${dir}adlcp_rootv1p2.xsd"/>
  <xsd:import namespace="http://www.imsglobal.org/xsd/imsmd_rootv1p2p1" schemaLocation="${dir}imsmd_rootv1p2p1.xsd"/>
</xsd:schema>`,
  );
  const file = join(work, 'imsmanifest.xml');
  writeFileSync(file, manifest);
  const run = spawnSync('xmllint', ['--noout', '--schema', all, file], {encoding: 'utf8'});
  return {ok: run.status === 0, output: run.stderr};
}

describe('SCORM 1.2 package', () => {
  it('is deterministic: building twice gives identical bytes', () => {
    assert.deepEqual(buildScorm12(lesson), buildScorm12(lesson));
  });

  it('holds the manifest at the root, the launch page, the player, the lesson and the XSDs', () => {
    const files = Object.keys(unzipSync(buildScorm12(lesson))).sort();
    for (const expected of ['imsmanifest.xml', 'index.html', 'upstander.js', 'lesson.json', 'imscp_rootv1p1p2.xsd', 'adlcp_rootv1p2.xsd']) {
      assert.ok(files.includes(expected), `${expected} in ${files.join(', ')}`);
    }
    const inside = unzipSync(buildScorm12(lesson));
    assert.deepEqual(JSON.parse(new TextDecoder().decode(inside['lesson.json'])), lesson);
  });

  it('is a zip that Debian unzip tests without error', () => {
    const file = join(work, 'lesson.zip');
    writeFileSync(file, buildScorm12(lesson));
    const out = execFileSync('unzip', ['-t', file], {encoding: 'utf8'});
    assert.match(out, /No errors detected/);
  });

  it('has a manifest valid against the official SCORM 1.2 schemas', () => {
    const manifest = new TextDecoder().decode(unzipSync(buildScorm12(lesson))['imsmanifest.xml']);
    const result = validateScorm12(manifest);
    assert.ok(result.ok, result.output);
    assert.match(manifest, /adlcp:scormtype="sco" href="index.html"/);
  });

  it('fails schema validation for a broken manifest (the check can fail)', () => {
    const broken = scorm12Manifest(lesson, ['index.html']).replace('adlcp:scormtype="sco"', 'adlcp:scormtype="page"');
    assert.equal(validateScorm12(broken).ok, false);
  });

  it('escapes lesson text in the manifest', () => {
    const manifest = scorm12Manifest({...lesson, title: 'Jij & ik <samen>'}, ['index.html']);
    assert.match(manifest, /Jij &amp; ik &lt;samen&gt;/);
    assert.ok(validateScorm12(manifest).ok);
  });
});

describe('zip', () => {
  it('round-trips contents and refuses unsafe paths', () => {
    const data = new TextEncoder().encode('hallo '.repeat(100));
    const files = unzipSync(zip([{path: 'b/x.txt', data}, {path: 'a.txt', data: new Uint8Array([1, 2, 3])}]));
    assert.deepEqual(files['b/x.txt'], data);
    assert.deepEqual(files['a.txt'], new Uint8Array([1, 2, 3]));
    assert.throws(() => zip([{path: '../evil', data}]), /unsafe path/);
  });
});
