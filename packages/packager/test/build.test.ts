import assert from 'node:assert/strict';
import {existsSync, mkdirSync, readFileSync, readdirSync, writeFileSync} from 'node:fs';
import {join} from 'node:path';
import {describe, it} from 'node:test';
import {FORMATS, lessonSource, outputPath, parseFormats, plan, trackSources, writeOutputs} from '../src/index.js';
import type {Lesson} from '@upstander/schema';
import {lesson, scratch, track, unscored, withoutChunks} from './helpers.js';

const sources = () => [lessonSource(lesson), lessonSource(unscored), ...trackSources(track, [lesson, unscored])];

/** Every file under a folder, with its bytes, by relative path. */
function tree(dir: string, prefix = ''): Record<string, string> {
  const out: Record<string, string> = {};
  for (const entry of readdirSync(dir, {withFileTypes: true})) {
    const rel = prefix ? `${prefix}/${entry.name}` : entry.name;
    if (entry.isDirectory()) Object.assign(out, tree(join(dir, entry.name), rel));
    else out[rel] = readFileSync(join(dir, entry.name)).toString('base64');
  }
  return out;
}

describe('build: every format of every lesson and track', () => {
  it('writes zips and folders under predictable names', () => {
    const out = scratch('out-names');
    writeOutputs(out, plan(sources(), FORMATS));
    const names = readdirSync(out).sort();
    assert.deepEqual(names, [
      'embed',
      'g78-online-respect-cmi5.zip',
      'g78-online-respect-scorm12.zip',
      'g78-online-respect-scorm2004.zip',
      'g78-online-respect-xapi.zip',
      'proef-leerlijn-cmi5.zip',
      'proef-leerlijn-scorm12.zip',
      'proef-leerlijn-scorm2004.zip',
      'proef-leerlijn-xapi.zip',
      'tweede-les-cmi5.zip',
      'tweede-les-scorm12.zip',
      'tweede-les-scorm2004.zip',
      'tweede-les-xapi.zip',
      'web',
    ]);
    assert.deepEqual(readdirSync(join(out, 'web')).sort(), ['g78-online-respect', 'proef-leerlijn', 'tweede-les']);
    assert.deepEqual(withoutChunks(readdirSync(join(out, 'web', 'g78-online-respect')).sort()), ['handleiding.html', 'index.html', 'lesson.json', 'upstander.js']);
    assert.deepEqual(withoutChunks(readdirSync(join(out, 'embed', 'g78-online-respect')).sort()), ['embed.js', 'g78-online-respect.json', 'index.html']);
  });

  it('is deterministic: two builds give the same bytes, file for file', () => {
    const a = scratch('out-a');
    const b = scratch('out-b');
    writeOutputs(a, plan(sources(), FORMATS));
    writeOutputs(b, plan(sources(), FORMATS));
    assert.deepEqual(tree(a), tree(b));
  });

  it('changes nothing when a package fails to build, and leaves no staging folder behind', () => {
    const out = scratch('out-atomic');
    writeOutputs(out, plan([lessonSource(lesson)], ['scorm12', 'web']));
    writeFileSync(join(out, 'eigen-bestand.txt'), 'van de leerkracht');
    const before = tree(out);
    // A lesson that cannot be written (as a full disk would): it comes last, after others were built.
    const failing = {...unscored, toJSON: () => {
      throw new Error('schijf vol');
    }} as unknown as Lesson;
    const changed = {...lesson, title: 'Gewijzigd'};
    assert.throws(() => writeOutputs(out, plan([lessonSource(changed), lessonSource(failing)], ['scorm12', 'web'])), /schijf vol/);
    assert.deepEqual(tree(out), before);
    assert.deepEqual(readdirSync(out).filter((n) => n.startsWith('.')), []);
  });

  it('replaces a package folder as a whole, keeping other files in the output folder', () => {
    const out = scratch('out-replace');
    writeOutputs(out, plan([lessonSource(lesson)], ['web']));
    writeFileSync(join(out, 'web', 'g78-online-respect', 'oud.txt'), 'weg ermee');
    mkdirSync(join(out, 'anders'));
    writeOutputs(out, plan([lessonSource({...lesson, title: 'Nieuw'})], ['web']));
    assert.deepEqual(withoutChunks(readdirSync(join(out, 'web', 'g78-online-respect')).sort()), ['handleiding.html', 'index.html', 'lesson.json', 'upstander.js']);
    assert.match(readFileSync(join(out, 'web', 'g78-online-respect', 'index.html'), 'utf8'), /<title>Nieuw<\/title>/);
    assert.ok(existsSync(join(out, 'anders')));
  });

  it('refuses two sources that would write the same package', () => {
    const clash = {...track, id: lesson.id};
    assert.throws(() => plan([lessonSource(lesson), ...trackSources(clash, [lesson, unscored])], ['web']), /same name \(g78-online-respect\)/);
  });

  it('names packages of a lesson in another language apart', () => {
    const english = lessonSource({...lesson, language: 'en'});
    assert.equal(outputPath(english, 'scorm12'), 'g78-online-respect.en-scorm12.zip');
    assert.equal(outputPath(english, 'web'), 'web/g78-online-respect.en');
  });

  it('reads a format list and names the known formats on a mistake', () => {
    assert.deepEqual(parseFormats('web, scorm12'), ['scorm12', 'web']);
    assert.throws(() => parseFormats('scorm12,scorm3'), /unknown format "scorm3": choose from scorm12, scorm2004, xapi, cmi5, web, embed/);
    assert.throws(() => parseFormats(''), /no format/);
  });
});
