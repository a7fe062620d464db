// The composer page's server side: the page, the catalogue's lessons (ours and custom ones) and the
// player files it builds zips with, and the JSON Schemas at their published URLs (docs/composing.md).
import assert from 'node:assert/strict';
import {readFileSync} from 'node:fs';
import {describe, it} from 'node:test';
import {playerFiles} from '@upstander/packager';
import {composerMounts} from '../src/composer.js';
import {loadLibrary} from '../src/lessons.js';

const library = loadLibrary(['lessons', 'tracks']);
const mounts = composerMounts(library);
const get = async (mount: string, path: string) => {
  const bytes = await mounts[mount]!(path);
  assert.ok(bytes, `${mount}${path} is served`);
  return bytes;
};

describe('composer mounts', () => {
  it('serve the lesson and track JSON Schemas under /schemas/, as docs/composing.md says', async () => {
    for (const kind of ['lesson', 'track']) {
      assert.deepEqual(Buffer.from(await get('/schemas/', `${kind}.schema.json`)), readFileSync(`packages/schema/${kind}.schema.json`));
      assert.match(readFileSync('docs/composing.md', 'utf8'), new RegExp(`/schemas/${kind}\\.schema\\.json`));
    }
  });

  it('serve the page, every lesson of the catalogue and the player files', async () => {
    const html = new TextDecoder().decode(await get('/composer/', ''));
    assert.match(html, /<html lang="nl">[\s\S]*<h1>Leerlijn samenstellen<\/h1>[\s\S]*<script type="module" src="composer.js">/);
    const lessons = JSON.parse(new TextDecoder().decode(await get('/composer/', 'lessons.json'))) as {id: string}[];
    assert.deepEqual(lessons.map((l) => l.id).sort(), library.lessons.map((l) => l.id).sort());
    const assets = JSON.parse(new TextDecoder().decode(await get('/composer/', 'assets.json'))) as {player: {path: string}[]; schemas: {scorm12: {path: string}[]}};
    assert.deepEqual(assets.player.map((f) => f.path), playerFiles().map((f) => f.path));
    assert.ok(assets.schemas.scorm12.some((f) => f.path === 'imscp_rootv1p1p2.xsd'));
  });
});
