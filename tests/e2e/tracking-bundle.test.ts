// What rollup made of the tracker (run `npm run build` first): the lesson bundle carries no xAPI or
// cmi5 code, @xapi/xapi is in exactly one chunk (shared by the xAPI and cmi5 sinks), and every chunk
// the bundle may load exists beside it.
import assert from 'node:assert/strict';
import {existsSync, readFileSync, readdirSync} from 'node:fs';
import {join} from 'node:path';
import {gzipSync} from 'node:zlib';
import {describe, it} from 'node:test';

const DIST = 'packages/player/dist';
const files = existsSync(DIST) ? readdirSync(DIST).filter((f) => f.endsWith('.js')) : [];
const read = (f: string) => readFileSync(join(DIST, f), 'utf8');
/** Code only @xapi/xapi has (its statement paging method). */
const XAPI_SIGNATURE = 'getMoreStatements';

describe('the player bundle and its chunks', () => {
  it('was built', () => assert.ok(files.includes('upstander.js'), 'run npm run build first'));

  it('keeps xAPI and cmi5 out of the lesson bundle', () => {
    const main = read('upstander.js');
    assert.ok(!main.includes(XAPI_SIGNATURE), '@xapi/xapi is not in upstander.js');
    assert.ok(!main.includes('w3id.org/xapi/cmi5'), 'no cmi5 code in upstander.js');
    assert.ok(!main.includes('adlnet.gov/expapi/verbs'), 'no statement builder in upstander.js');
    assert.ok(!/Scorm(12|2004)API/.test(main), 'scorm-again is never shipped');
    const gzip = gzipSync(main, {level: 9}).length;
    console.log(`  upstander.js: ${main.length} bytes, ${gzip} gzip`);
    assert.ok(gzip <= 45_000, `upstander.js is ${gzip} bytes gzip (budget 45 kB)`);
  });

  it('has exactly one copy of @xapi/xapi, imported by the cmi5 sink (the xAPI sink needs none: plain fetch)', () => {
    const withXapi = files.filter((f) => read(f).includes(XAPI_SIGNATURE));
    assert.deepEqual(withXapi, ['upstander-xapi-lib.js']);
    assert.ok(read('upstander-cmi5-sink.js').includes('"./upstander-xapi-lib.js"'), 'the cmi5 sink imports the shared copy');
    assert.ok(!read('upstander-xapi-sink.js').includes('"./upstander-xapi-lib.js"'), 'the xAPI sink does not load it');
  });

  it('only loads chunks that exist, and only by dynamic import from the lesson bundle', () => {
    const main = read('upstander.js');
    assert.ok(!/^import|[;}]import\s*[{*"]/.test(main.replace(/import\(/g, '')), 'no static imports in upstander.js');
    for (const file of files) {
      for (const [, name] of read(file).matchAll(/["'`]\.\/(upstander[^"'`]*\.js)["'`]/g)) assert.ok(files.includes(name!), `${file} refers to ${name}, which exists`);
    }
  });
});
