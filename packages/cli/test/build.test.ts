// `upstander build` as a teacher or curriculum developer runs it: help for every command, progress
// while building, a clear message and a non-zero exit code on any failure, nothing half-written.
import assert from 'node:assert/strict';
import {spawnSync} from 'node:child_process';
import {existsSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync} from 'node:fs';
import {tmpdir} from 'node:os';
import {join} from 'node:path';
import {after, describe, it} from 'node:test';
import {loadLibrary} from '../src/lessons.js';

const dir = mkdtempSync(join(tmpdir(), 'upstander-cli-build-'));
after(() => rmSync(dir, {recursive: true, force: true}));

const upstander = (args: string[], env: Record<string, string> = {}) =>
  spawnSync(process.execPath, ['--import', 'tsx', 'packages/cli/src/main.ts', ...args], {encoding: 'utf8', env: {...process.env, ...env}});

describe('upstander (command line)', () => {
  it('has --help for every command, and says how to get it on a mistake', () => {
    for (const command of ['build', 'serve', 'validate']) {
      const run = upstander([command, '--help']);
      assert.equal(run.status, 0, run.stderr);
      assert.match(run.stdout, new RegExp(`^upstander ${command} \\[paths…\\]`));
      assert.match(run.stdout, /--lang nl\|en/);
    }
    assert.match(upstander(['build', '--help']).stdout, /--format <list>.*scorm12,scorm2004,xapi,cmi5,web,embed/);
    assert.equal(upstander(['--help']).status, 0);
    const unknown = upstander(['bouw']);
    assert.equal(unknown.status, 1);
    assert.match(unknown.stderr, /unknown command "bouw"/);
    const option = upstander(['build', '--uit', 'x']);
    assert.equal(option.status, 1);
    assert.match(option.stderr, /Unknown option '--uit'[\s\S]*upstander build --help/);
  });

  it('builds every format of every lesson and track, with a line per package', () => {
    const out = join(dir, 'all');
    const lessons = loadLibrary(['lessons']).lessons;
    const total = (lessons.length + 1) * 6;
    const run = upstander(['build', 'lessons', 'examples/tracks', '--out', out]);
    assert.equal(run.status, 0, run.stderr);
    assert.match(run.stdout, new RegExp(`^Building ${total} packages \\(${lessons.length} lessons?, 1 track; scorm12, scorm2004, xapi, cmi5, web, embed\\)`));
    const lines = run.stdout.split('\n').filter((line) => /^\s+\[\s*\d+\/\d+\] /.test(line));
    assert.equal(lines.length, total, 'a progress line per package');
    assert.match(lines.at(-1)!, new RegExp(`\\[${total}/${total}\\] embed/voorbeeld-groep-7-8/$`));
    assert.match(run.stdout, /Done in \d+\.\d s/);
    assert.ok(existsSync(join(out, 'voorbeeld-groep-7-8-cmi5.zip')));
    for (const lesson of lessons) {
      for (const format of ['scorm12', 'scorm2004', 'xapi', 'cmi5']) assert.ok(existsSync(join(out, `${lesson.id}-${format}.zip`)), `${lesson.id} ${format}`);
      assert.ok(existsSync(join(out, 'web', lesson.id, 'index.html')));
      assert.ok(existsSync(join(out, 'embed', lesson.id, 'index.html')));
    }
  });

  it('builds only the formats asked for, and refuses an unknown one with the list of known ones', () => {
    const out = join(dir, 'some');
    const run = upstander(['build', 'lessons', '--format', 'web,scorm12', '--out', out]);
    assert.equal(run.status, 0, run.stderr);
    const names = readdirSync(out).sort();
    assert.deepEqual(names.filter((n) => !n.endsWith('-scorm12.zip')), ['web']);
    assert.equal(names.length, loadLibrary(['lessons']).lessons.length + 1);
    const bad = upstander(['build', '--format', 'scorm12,scorm3', '--out', join(dir, 'none')]);
    assert.equal(bad.status, 1);
    assert.match(bad.stderr, /unknown format "scorm3": choose from scorm12, scorm2004, xapi, cmi5, web, embed/);
    assert.equal(existsSync(join(dir, 'none')), false);
    assert.match(upstander(['build', '--mastery', 'veel']).stderr, /--mastery must be a percentage from 0 to 100, not "veel"/);
  });

  it('stops on a broken lesson with the validator’s own messages, and writes nothing', () => {
    const broken = join(dir, 'broken');
    mkdirSync(broken);
    const lesson = JSON.parse(readFileSync('lessons/groep-7-8/wat-is-online-respect.json', 'utf8'));
    lesson.durationMinutes = 40;
    lesson.steps[1].activity.optionz = [];
    writeFileSync(join(broken, 'les.json'), JSON.stringify(lesson, null, 2));
    const out = join(dir, 'out-broken');
    const run = upstander(['build', broken, '--out', out, '--lang', 'en']);
    assert.equal(run.status, 1);
    const validate = upstander(['validate', broken, '--lang', 'en']);
    const problems = validate.stdout.trim().split('\n').slice(0, -1);
    assert.equal(problems.length, 2);
    for (const line of problems) assert.ok(run.stderr.includes(line), `build shows "${line}"`);
    assert.match(run.stderr, /les\.json:\d+:\d+ steps\[1\]\.activity\.optionz unknown field "optionz"/);
    assert.match(run.stderr, /2 problems: fix them and try again/);
    assert.doesNotMatch(run.stderr, /\n\s+at /, 'no stack trace');
    assert.equal(existsSync(out), false);
  });

  it('reports a missing path plainly', () => {
    const run = upstander(['build', 'nergens', '--out', join(dir, 'x')]);
    assert.equal(run.status, 1);
    assert.match(run.stderr, /nergens: no such file or folder/);
  });
});
