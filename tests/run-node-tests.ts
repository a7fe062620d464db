// Runs every Node test (*.test.ts, not *.browser.test.ts) under packages/*/test and tests/ with
// Node's own test runner; TypeScript through tsx. Browser tests run in web-test-runner instead.
import {spawnSync} from 'node:child_process';
import {readdirSync, statSync} from 'node:fs';
import {join} from 'node:path';

function walk(dir: string, out: string[] = []): string[] {
  for (const name of readdirSync(dir).sort()) {
    const path = join(dir, name);
    if (name === 'node_modules' || name === 'dist') continue;
    if (statSync(path).isDirectory()) walk(path, out);
    else if (name.endsWith('.test.ts') && !name.endsWith('.browser.test.ts')) out.push(path);
  }
  return out;
}

const roots = [...readdirSync('packages').map((p) => join('packages', p, 'test')), 'tests'];
const files = roots.filter((r) => statSync(r, {throwIfNoEntry: false})?.isDirectory()).flatMap((r) => walk(r));
const filter = process.argv.slice(2);
const chosen = filter.length ? files.filter((f) => filter.some((x) => f.includes(x))) : files;
if (chosen.length === 0) {
  console.error('No node tests found.');
  process.exit(1);
}
const result = spawnSync(process.execPath, ['--import', 'tsx', '--test', '--test-concurrency=1', ...chosen], {stdio: 'inherit'});
process.exit(result.status ?? 1);
