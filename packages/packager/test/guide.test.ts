// The printable facilitator guide page (handleiding.html) that every package carries beside each lesson
// page, and its script (upstander-guide.js). Printed and read back in tests/print/guide-page.test.ts.
import assert from 'node:assert/strict';
import {readFileSync} from 'node:fs';
import {describe, it} from 'node:test';
import {kerndoel} from '@upstander/curriculum';
import {GUIDE_PAGE, guidePage, lessonSource, packageFiles, trackSources} from '../src/index.js';
import type {PackageFile} from '../src/index.js';
import {english, lesson, track, unscored} from './helpers.js';

const text = (files: PackageFile[], path: string) => {
  const file = files.find((f) => f.path === path);
  assert.ok(file, `${path} in ${files.map((f) => f.path).join(', ')}`);
  return new TextDecoder().decode(file.data);
};

/** The lesson JSON the page holds. */
const embedded = (page: string) => JSON.parse(page.match(/<script type="application\/json" data-upstander-guide-lesson>(.*?)<\/script>/s)![1]!);

describe('the printable guide page', () => {
  it('is in every package of a lesson, beside the launch page, which names it', () => {
    for (const format of ['web', 'scorm12', 'scorm2004', 'xapi', 'cmi5'] as const) {
      const files = packageFiles(lessonSource(lesson), format);
      const page = text(files, GUIDE_PAGE);
      assert.deepEqual(embedded(page), lesson, `${format}: the whole lesson`);
      assert.ok(files.some((f) => f.path === 'upstander-guide.js'), `${format}: its script`);
      assert.match(text(files, 'index.html'), /<main data-upstander-lesson="lesson.json"[^>]* data-upstander-guide="handleiding.html">/, format);
    }
  });

  it('in Dutch: a print button, links to the lesson and to classroom mode, and its own script only', () => {
    const page = text(packageFiles(lessonSource(lesson), 'web'), GUIDE_PAGE);
    assert.match(page, /<html lang="nl" dir="ltr">/);
    assert.match(page, /<title>Handleiding: Wat is online respect\?<\/title>/);
    assert.match(page, /<button type="button" data-upstander-print>Afdrukken<\/button>/);
    assert.match(page, /<a href="index.html">Naar de les<\/a>/);
    assert.match(page, /<a href="index.html\?mode=classroom">Klassikaal op het digibord<\/a>/);
    assert.match(page, /<main data-upstander-guide-root>/);
    // A classic script (no module): the page also works from a package unpacked on a disk.
    assert.match(page, /<script defer src="upstander-guide.js"><\/script>/);
    assert.doesNotMatch(page, /type="module"|upstander\.js"|lesson\.json"/, 'not the lesson bundle, no fetch of the lesson');
    assert.match(page, /@media print\{.*\.up-guide-bar\{display:none\}/, 'the bar is not printed');
    assert.doesNotMatch(page, /(src|href)="(https?:)?\/\//, 'nothing from elsewhere');
  });

  it('holds the SLO title of every kerndoel of the lesson, so the guide names goals, not bare codes', () => {
    const page = guidePage(lesson);
    const titles = JSON.parse(page.match(/<script type="application\/json" data-upstander-guide-kerndoelen>(.*?)<\/script>/s)![1]!);
    assert.deepEqual(Object.keys(titles), lesson.kerndoelen);
    for (const id of lesson.kerndoelen) assert.equal(titles[id], kerndoel(id)!.text, id);
  });

  it('in English for an English lesson', () => {
    const page = guidePage(english);
    assert.match(page, /<html lang="en" dir="ltr">/);
    assert.match(page, />Print<\/button>/);
    assert.match(page, />To the lesson<\/a>/);
  });

  it('keeps lesson text inside its script element', () => {
    const odd = {...lesson, title: '</script><script>alert(1)</script> <!-- & "'};
    const page = guidePage(odd);
    assert.equal(page.match(/<\/script>/g)!.length, 3, 'the guide script, the lesson and the kerndoel titles, nothing else ends a script');
    assert.deepEqual(embedded(page), odd);
    assert.match(page, /<title>Handleiding: &lt;\/script&gt;/);
  });

  it('for a track: a guide page beside every lesson page, in the web folder and in LMS packages', () => {
    const [source] = trackSources(track, [lesson, unscored]);
    for (const format of ['web', 'scorm12', 'cmi5'] as const) {
      const files = packageFiles(source!, format);
      for (const l of [lesson, unscored]) {
        const page = text(files, `lessons/${l.id}/${GUIDE_PAGE}`);
        assert.match(page, /<script defer src="..\/..\/upstander-guide.js"><\/script>/, format);
        assert.match(page, /<a href="index.html\?mode=classroom">/, format);
        assert.equal(embedded(page).id, l.id, format);
      }
    }
  });

  it('has a script with the guide element and no other element (npm run build)', () => {
    const script = readFileSync('packages/player/dist/upstander-guide.js', 'utf8');
    assert.match(script, /"up-facilitator-guide"/);
    assert.doesNotMatch(script, /"up-lesson"|"up-track"|"up-choice"/);
    assert.doesNotMatch(script, /^import|\bimport\(/m, 'one classic script, no modules or chunks');
  });
});
