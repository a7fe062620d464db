import assert from 'node:assert/strict';
import {readFileSync, readdirSync} from 'node:fs';
import {join} from 'node:path';
import {describe, it} from 'node:test';
import {embedFiles, embedSnippet, launchPage, lessonSource, packageFiles, trackSources} from '../src/index.js';
import {lesson, track, unscored, withoutChunks} from './helpers.js';

const text = (files: {path: string; data: Uint8Array}[], path: string) => {
  const file = files.find((f) => f.path === path);
  assert.ok(file, `${path} in ${files.map((f) => f.path).join(', ')}`);
  return new TextDecoder().decode(file.data);
};

describe('web folder', () => {
  it('is the launch page, the player and the lesson', () => {
    const files = packageFiles(lessonSource(lesson), 'web');
    assert.deepEqual(withoutChunks(files.map((f) => f.path).sort()), ['handleiding.html', 'index.html', 'lesson.json', 'upstander.js']);
    const page = text(files, 'index.html');
    assert.match(page, /<html lang="nl" dir="ltr">/);
    assert.match(page, /<script type="module" src="upstander.js"><\/script>/);
    assert.match(page, /data-upstander-lesson="lesson.json"/);
    // The lesson loads together with the player, not after it (docs/performance.md): a preload that the
    // player's fetch (cors, credentials same-origin) matches, in the head before the bundle.
    assert.match(page, /<link rel="preload" href="lesson.json" as="fetch" crossorigin>\n<script type="module" src="upstander.js">/);
    // What the player needs for its statements: the kerndoelen's SLO URIs and the IRI base of the package.
    const uris = JSON.parse(page.match(/data-upstander-kerndoelen="([^"]*)"/)![1]!.replaceAll('&quot;', '"')) as Record<string, string>;
    assert.deepEqual(Object.keys(uris), lesson.kerndoelen);
    assert.ok(Object.values(uris).every((uri) => uri.startsWith('https://opendata.slo.nl/curriculum/uuid/')));
    assert.match(page, /data-upstander-iri-base="https:\/\/w3id.org\/xapi\/upstander"/);
    // No request leaves the folder: no absolute URLs in the page.
    assert.doesNotMatch(page, /(src|href)="(https?:)?\/\//);
  });

  it('for a track: an overview linking every lesson, and each lesson page linking back and on', () => {
    const [source] = trackSources(track, [lesson, unscored]);
    const files = packageFiles(source!, 'web');
    const overview = text(files, 'index.html');
    assert.match(overview, /data-upstander-track="track.json"/);
    assert.deepEqual([...overview.matchAll(/href="(lessons\/[^"]+)"/g)].map((m) => m[1]), [
      'lessons/g78-online-respect/index.html',
      'lessons/tweede-les/index.html',
    ]);
    const first = text(files, 'lessons/g78-online-respect/index.html');
    assert.match(first, /src="..\/..\/upstander.js"/);
    assert.match(first, /data-upstander-lesson="lesson.json"/);
    assert.match(first, /<link rel="preload" href="lesson.json" as="fetch" crossorigin>/);
    assert.match(first, /href="..\/..\/index.html"/);
    assert.match(first, /Les 1 van 2/);
    assert.match(first, /href="..\/tweede-les\/index.html" rel="next"/);
    assert.doesNotMatch(first, /rel="prev"/);
    const second = text(files, 'lessons/tweede-les/index.html');
    assert.match(second, /href="..\/g78-online-respect\/index.html" rel="prev"/);
    assert.deepEqual(JSON.parse(text(files, 'track.json')), track);
    assert.deepEqual(JSON.parse(text(files, 'lessons/tweede-les/lesson.json')), unscored);
  });

  it('escapes lesson text in pages', () => {
    assert.match(launchPage({...lesson, title: '<script>alert(1)</script>'}), /<title>&lt;script&gt;alert\(1\)&lt;\/script&gt;<\/title>/);
  });
});

describe('embed folder', () => {
  it('holds embed.js, the lesson JSON and a page with the exact snippet, which it also plays', () => {
    const files = embedFiles(lessonSource(lesson));
    assert.deepEqual(withoutChunks(files.map((f) => f.path).sort()), ['embed.js', 'g78-online-respect.json', 'index.html']);
    assert.deepEqual(JSON.parse(text(files, 'g78-online-respect.json')), lesson);
    const snippet = embedSnippet(lesson);
    assert.equal(snippet, '<script type="module" src="embed.js"></script>\n<up-lesson src="g78-online-respect.json"></up-lesson>');
    const page = text(files, 'index.html');
    assert.ok(page.includes('&lt;script type=&quot;module&quot; src=&quot;embed.js&quot;&gt;&lt;/script&gt;'), 'the snippet is shown');
    assert.match(page, /<script type="module" src="embed.js"><\/script>/);
    assert.match(page, /<up-lesson src="g78-online-respect.json"><\/up-lesson>/);
  });

  it('for a track: every lesson with its snippet', () => {
    const [source] = trackSources(track, [lesson, unscored]);
    const files = embedFiles(source!);
    assert.deepEqual(withoutChunks(files.map((f) => f.path).sort()), ['embed.js', 'g78-online-respect.json', 'index.html', 'tweede-les.json']);
    assert.equal([...text(files, 'index.html').matchAll(/<up-lesson src=/g)].length, 2);
  });
});

describe('player bundle in packages', () => {
  it('carries upstander.js and every chunk it loads on demand (xAPI, cmi5), byte for byte', () => {
    const dist = 'packages/player/dist';
    const built = readdirSync(dist).filter((n) => n.endsWith('.js')).sort();
    assert.ok(built.length > 1, `chunks beside upstander.js: ${built.join(', ')}`);
    for (const format of ['web', 'scorm12', 'scorm2004', 'xapi', 'cmi5'] as const) {
      const files = packageFiles(lessonSource(lesson), format);
      for (const name of built) {
        const file = files.find((f) => f.path === name);
        assert.ok(file && Buffer.from(file.data).equals(readFileSync(join(dist, name))), `${name} in ${format}`);
      }
    }
  });
});

describe('xAPI for the web folder (a build with an LRS)', () => {
  it('writes the LRS on the web folder’s lesson pages only, never in LMS packages', () => {
    const source = lessonSource(lesson, {xapi: {endpoint: 'https://lrs.example.org/xapi/', auth: 'Basic dzpw'}});
    const page = text(packageFiles(source, 'web'), 'index.html');
    const config = JSON.parse(page.match(/data-upstander-xapi="([^"]*)"/)![1]!.replaceAll('&quot;', '"'));
    assert.deepEqual(config, {endpoint: 'https://lrs.example.org/xapi/', auth: 'Basic dzpw'});
    for (const format of ['scorm12', 'scorm2004', 'xapi', 'cmi5'] as const) {
      assert.doesNotMatch(text(packageFiles(source, format), 'index.html'), /data-upstander-xapi/, format);
    }
    const [track1] = trackSources(track, [lesson, unscored], {xapi: {endpoint: 'https://lrs.example.org/xapi/'}});
    assert.match(text(packageFiles(track1!, 'web'), 'lessons/tweede-les/index.html'), /data-upstander-xapi=/);
    assert.doesNotMatch(text(packageFiles(lessonSource(lesson), 'web'), 'index.html'), /data-upstander-xapi/);
  });
});
