// What `upstander serve` (npm start) serves, read over HTTP without a browser: the catalogue of lessons
// and tracks with every link working, the preview LMS pages for SCORM 1.2 and 2004, and the downloads.
import assert from 'node:assert/strict';
import {after, before, describe, it} from 'node:test';
import {unzipSync} from 'fflate';
import {demoMounts, librarySources} from '../src/demo.js';
import {kerndoel} from '@upstander/curriculum';
import {loadLibrary} from '../src/lessons.js';
import {startServer} from '../src/server.js';
import type {RunningServer} from '../src/server.js';

let server: RunningServer;
const library = loadLibrary(['lessons', 'examples/tracks']);
before(async () => {
  server = await startServer(demoMounts(librarySources(library), {library}));
});
after(() => server?.close());

const get = async (path: string) => {
  const response = await fetch(server.url + path);
  return {status: response.status, type: response.headers.get('content-type'), body: new Uint8Array(await response.arrayBuffer())};
};
const text = (body: Uint8Array) => new TextDecoder().decode(body);

describe('upstander serve (the demo)', () => {
  it('lists every lesson and track, and every link on the catalogue answers', async () => {
    const home = text((await get('/')).body);
    for (const lesson of library.lessons) assert.ok(home.includes(lesson.title.replaceAll('&', '&amp;')), lesson.title);
    for (const track of library.tracks) assert.ok(home.includes(track.title), track.title);
    const links = [...home.matchAll(/href="([^"]+)"/g)].map((m) => m[1]!.replaceAll('&amp;', '&'));
    // A lesson: 3 ways to play, the printable guide, 2 preview LMSs (SCORM; no LRS here), 4 downloads; a
    // track: the same, with the printable guide of each of its lessons (and variants); the component demo,
    // the composer page and the card maker.
    const trackGuides = librarySources(library).reduce((n, s) => n + (s.kind === 'track' ? s.lessons.length + s.variants.length : 0), 0);
    assert.equal(links.length, library.lessons.length * 10 + library.tracks.length * 9 + trackGuides + 3);
    assert.ok(links.includes('/components/'), 'the component demo');
    assert.ok(links.includes('/composer/'), 'the composer page');
    assert.ok(links.includes('/kaartenmaker/'), 'the card maker');
    for (const link of links) {
      const {status} = await get(link);
      assert.equal(status, 200, link);
      // A preview link names a package launch page; that page must exist too.
      const launch = new URL(link, 'http://x').searchParams.get('launch');
      if (launch) assert.equal((await get(launch)).status, 200, launch);
    }
  });

  it('lists a track\'s lessons in the track\'s order (les 1 first), with the titles of their kerndoelen', async () => {
    const home = text((await get('/')).body);
    for (const track of library.tracks) {
      const titles = track.lessons.map((place) => library.lessons.find((l) => l.id === place.lesson)!.title.replaceAll('&', '&amp;'));
      const where = titles.map((title) => home.indexOf(`>${title}</h2>`));
      assert.ok(where.every((w) => w >= 0), `every lesson of ${track.id} is listed`);
      assert.deepEqual([...where].sort((a, b) => a - b), where, `the lessons of ${track.id} in track order`);
    }
    const first = library.lessons[0]!;
    const goal = kerndoel(first.kerndoelen[0]!)!;
    assert.ok(home.includes(`${goal.id}: ${goal.text.replaceAll('&', '&amp;')}`), 'a kerndoel with its title, not only its code');
  });

  it('links the printable facilitator guide of every lesson, with that lesson in it', async () => {
    const home = text((await get('/')).body);
    for (const source of librarySources(library)) {
      if (source.kind !== 'lesson') continue;
      const href = `/web/${source.info.name}/handleiding.html`;
      assert.ok(home.includes(`<a href="${href}">Handleiding voor de begeleider (printbaar)</a>`), href);
      const page = text((await get(href)).body);
      assert.match(page, /<main data-upstander-guide-root>/);
      assert.ok(page.includes(`"id":"${source.lesson.id}"`), `${href} holds ${source.lesson.id}`);
    }
  });

  it('offers every track on the digibord, and the printable guide of each of its lessons, with that lesson in it', async () => {
    const home = text((await get('/')).body);
    for (const source of librarySources(library)) {
      if (source.kind !== 'track') continue;
      const classroom = `/web/${source.info.name}/?mode=classroom`;
      assert.ok(home.includes(`<a href="${classroom}">Klassikaal op het digibord</a>`), classroom);
      assert.match(text((await get(classroom)).body), /data-upstander-track="track.json"/);
      for (const lesson of [...source.lessons, ...source.variants]) {
        const href = `/web/${source.info.name}/lessons/${lesson.id}/handleiding.html`;
        assert.ok(home.includes(`<a href="${href}">`), href);
        const page = text((await get(href)).body);
        assert.match(page, /<main data-upstander-guide-root>/);
        assert.ok(page.includes(`"id":"${lesson.id}"`), `${href} holds ${lesson.id}`);
      }
    }
  });

  it('has a preview LMS page for SCORM 1.2 and for SCORM 2004, with scorm-again beside it', async () => {
    for (const [page, api] of [['scorm12', 'scorm12.min.js'], ['scorm2004', 'scorm2004.min.js']]) {
      const html = text((await get(`/lms/${page}.html`)).body);
      assert.match(html, new RegExp(`data-standard="${page}"`));
      assert.match(html, new RegExp(`src="/vendor/scorm-again/${api}"`));
      assert.equal((await get(`/vendor/scorm-again/${api}`)).status, 200);
    }
    assert.equal((await get('/lms/preview-lms.js')).status, 200);
  });

  it('serves every zip for download, as a zip', async () => {
    for (const format of ['scorm12', 'scorm2004', 'xapi', 'cmi5']) {
      const {status, type, body} = await get(`/download/g78-online-respect-${format}.zip`);
      assert.equal(status, 200);
      assert.equal(type, 'application/zip');
      assert.ok(Object.keys(unzipSync(body)).includes('index.html'));
    }
  });

  it('serves the component demo (every element, individual and classroom): page, stylesheet, bundled scripts', async () => {
    const page = await get('/components/');
    assert.equal(page.status, 200);
    assert.match(page.type ?? '', /text\/html/);
    const html = text(page.body);
    assert.match(html, /<up-lesson id="lesson-classroom" mode="classroom">/);
    assert.doesNotMatch(html, /\.ts"/);
    for (const src of [...html.matchAll(/(?:src|href)="\.\/([^"]+)"/g)].map((m) => m[1]!)) {
      const {status, type} = await get(`/components/${src}`);
      assert.equal(status, 200, src);
      if (src.endsWith('.js')) assert.match(type ?? '', /javascript/, src);
    }
    const script = text((await get('/components/demo.js')).body);
    for (const chunk of [...script.matchAll(/from"\.\/([\w-]+\.js)"/g)].map((m) => m[1]!)) {
      assert.equal((await get(`/components/${chunk}`)).status, 200, chunk);
    }
    assert.equal((await get('/components/guide.html')).status, 200);
  });

  it('answers 404 for what is not there', async () => {
    assert.equal((await get('/web/bestaat-niet/')).status, 404);
    assert.equal((await get('/download/bestaat-niet.zip')).status, 404);
    assert.equal((await get('/components/bestaat-niet.js')).status, 404);
  });
});
