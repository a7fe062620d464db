// The zip writer gives the same bytes in every time zone and on every run (decision 0008): the composer
// page in a browser and the CLI on any machine must write the very same package.
import assert from 'node:assert/strict';
import {spawnSync} from 'node:child_process';
import {describe, it} from 'node:test';

const SCRIPT = `
import {createHash} from 'node:crypto';
import {zip} from './packages/packager/src/zip.ts';
const text = (s) => new TextEncoder().encode(s);
const bytes = zip([{path: 'b/één.txt', data: text('hallo '.repeat(500))}, {path: 'a.bin', data: new Uint8Array([1, 2, 3])}, {path: 'leeg', data: new Uint8Array()}]);
console.log(createHash('sha256').update(bytes).digest('hex'), new Date().getTimezoneOffset());
`;

describe('zip across time zones', () => {
  it('writes identical bytes under UTC, Europe/Amsterdam, Pacific/Kiritimati and America/Los_Angeles', () => {
    const runs = ['UTC', 'Europe/Amsterdam', 'Pacific/Kiritimati', 'America/Los_Angeles'].map((tz) => {
      const run = spawnSync(process.execPath, ['--import', 'tsx', '--input-type=module', '-e', SCRIPT], {encoding: 'utf8', env: {...process.env, TZ: tz}});
      assert.equal(run.status, 0, run.stderr);
      return run.stdout.trim().split(' ');
    });
    assert.equal(new Set(runs.map(([, offset]) => offset)).size, 4, 'the time zones really differ');
    assert.equal(new Set(runs.map(([hash]) => hash)).size, 1);
  });
});
