// The README is the first thing a new user reads: no merge leftovers anywhere in the tracked files,
// and exactly two set-up commands (one starts the demo, one runs the tests) that name scripts which
// exist. CI runs the test one.
import assert from 'node:assert/strict';
import {execFileSync} from 'node:child_process';
import {readFileSync} from 'node:fs';
import {describe, it} from 'node:test';

describe('README and the tree', () => {
  it('no file carries a merge conflict marker', () => {
    const files = execFileSync('git', ['ls-files'], {encoding: 'utf8'}).split('\n').filter((f) => f && !f.endsWith('package-lock.json'));
    const marked = files.filter((f) => {
      let text: string;
      try {
        text = readFileSync(f, 'utf8');
      } catch {
        return false; // listed but deleted in the work tree
      }
      return /^(<{7}|>{7}) /m.test(text) || /^<{7} [^\n]*\n[\s\S]*^={7}$/m.test(text);
    });
    assert.deepEqual(marked, []);
  });

  it('gives exactly two set-up commands, for the demo and for the tests, with scripts that exist', () => {
    const readme = readFileSync('README.md', 'utf8');
    const blocks = [...readme.matchAll(/```sh\n([\s\S]*?)```/g)].map((m) => m[1]!.trim());
    assert.equal(blocks.length, 2, `set-up blocks: ${blocks.join(' | ')}`);
    assert.match(blocks[0]!, /npm start$/);
    assert.match(blocks[1]!, /npm test$/);
    const scripts = (JSON.parse(readFileSync('package.json', 'utf8')) as {scripts: Record<string, string>}).scripts;
    for (const name of ['start', 'test']) assert.ok(scripts[name], `npm script ${name}`);
  });
});
