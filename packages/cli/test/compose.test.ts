// A curriculum developer in the terminal: scaffold a lesson in their own folder, compose a track of
// ours and theirs, validate and build it without saying where the lessons are (beyond --lessons).
import assert from 'node:assert/strict';
import {spawnSync} from 'node:child_process';
import {existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync} from 'node:fs';
import {tmpdir} from 'node:os';
import {join} from 'node:path';
import {after, describe, it} from 'node:test';

const dir = mkdtempSync(join(tmpdir(), 'upstander-compose-'));
after(() => rmSync(dir, {recursive: true, force: true}));
const upstander = (...args: string[]) => spawnSync(process.execPath, ['--import', 'tsx', 'packages/cli/src/main.ts', ...args], {encoding: 'utf8'});
const custom = join(dir, 'eigen-lessen');
const track = join(dir, 'mijn-lijn.json');

describe('upstander new, compose, and lesson discovery', () => {
  it('scaffolds a lesson and a track that validate, with their $schema', () => {
    const lesson = upstander('new', 'lesson', 'mijn-les', '--out', join(custom, 'mijn-les.json'), '--title', 'Mijn les');
    assert.equal(lesson.status, 0, lesson.stderr);
    const data = JSON.parse(readFileSync(join(custom, 'mijn-les.json'), 'utf8')) as {$schema: string; title: string};
    assert.match(data.$schema, /packages\/schema\/lesson\.schema\.json$/);
    assert.ok(existsSync(join(custom, data.$schema)), 'the $schema path resolves');
    assert.equal(data.title, 'Mijn les');
    assert.equal(upstander('validate', join(custom, 'mijn-les.json')).status, 0);
    const t = upstander('new', 'track', 'leeg', '--out', join(dir, 'leeg.json'));
    assert.equal(t.status, 0, t.stderr);
    assert.equal(upstander('validate', join(dir, 'leeg.json')).status, 0, 'the track validates, its lesson found in lessons/');
    assert.equal(upstander('new', 'lesson', 'mijn-les', '--out', join(custom, 'mijn-les.json')).status, 1, 'never overwrites');
  });

  it('composes a track of our lessons and a custom one; edits it; refuses what does not validate', () => {
    const made = upstander('compose', 'mijn-lijn', '--lesson', 'g78-stop-en-denk', '--lesson', 'mijn-les', '--rule', 'all', '--lessons', custom, '--out', track, '--title', 'Mijn lijn');
    assert.equal(made.status, 0, made.stderr);
    let data = JSON.parse(readFileSync(track, 'utf8')) as {lessons: {lesson: string; variants?: string[]}[]; completion: unknown; title: string; audience: string};
    assert.deepEqual(data.lessons, [{lesson: 'g78-stop-en-denk'}, {lesson: 'mijn-les'}]);
    assert.deepEqual(data.completion, {rule: 'all'});
    assert.equal(data.audience, 'po');
    const edited = upstander('compose', 'mijn-lijn', '--variant', 'g78-stop-en-denk=g78-online-respect', '--rule', 'count:1', '--lessons', custom, '--out', track);
    assert.equal(edited.status, 0, edited.stderr);
    data = JSON.parse(readFileSync(track, 'utf8')) as typeof data;
    assert.equal(data.title, 'Mijn lijn', 'what is not given stays');
    assert.deepEqual(data.lessons[0], {lesson: 'g78-stop-en-denk', variants: ['g78-online-respect']});
    assert.deepEqual(data.completion, {rule: 'count', count: 1});
    const before = readFileSync(track, 'utf8');
    const bad = upstander('compose', 'mijn-lijn', '--lesson', 'bestaat-niet', '--lessons', custom, '--out', track);
    assert.equal(bad.status, 1);
    assert.match(bad.stderr, /"bestaat-niet"/);
    assert.equal(readFileSync(track, 'utf8'), before, 'nothing written');
  });

  it('validates, covers and builds the track finding its lessons in lessons/, --lessons and upstander.config.json', () => {
    assert.equal(upstander('validate', track).status, 1, 'the custom lesson is not found without its folder');
    assert.equal(upstander('validate', track, '--lessons', custom).status, 0);
    const cover = upstander('coverage', track, '--lessons', custom, '--format', 'json');
    assert.equal(cover.status, 0, cover.stderr);
    assert.deepEqual((JSON.parse(cover.stdout) as {coverage: {lessons: {id: string}[]}}).coverage.lessons.map((l) => l.id), ['g78-stop-en-denk', 'mijn-les']);
    const out = join(dir, 'out');
    const build = upstander('build', track, '--lessons', custom, '--only', 'mijn-lijn', '--format', 'scorm12', '--out', out);
    assert.equal(build.status, 0, build.stderr);
    assert.match(build.stdout, /Building 1 package/);
    assert.ok(existsSync(join(out, 'mijn-lijn-scorm12.zip')));
    const only = upstander('build', '--only', 'g78-stop-en-denk', '--format', 'scorm12', '--out', join(dir, 'one'));
    assert.equal(only.status, 0, only.stderr);
    assert.match(only.stdout, /Building 1 package/);
    assert.equal(upstander('build', '--only', 'bestaat-niet', '--format', 'scorm12', '--out', join(dir, 'none')).status, 1);
    // The configuration file names the folder instead of --lessons.
    const cwd = process.cwd();
    writeFileSync(join(dir, 'upstander.config.json'), JSON.stringify({lessons: ['eigen-lessen', join(cwd, 'lessons')]}));
    const viaConfig = spawnSync(process.execPath, ['--import', import.meta.resolve('tsx'), join(cwd, 'packages/cli/src/main.ts'), 'validate', track], {encoding: 'utf8', cwd: dir});
    assert.equal(viaConfig.status, 0, viaConfig.stdout + viaConfig.stderr);
  });

  it('checks a custom lesson folder of the catalogue (serve --lessons) with the same messages as validate', () => {
    const broken = join(dir, 'kapot');
    mkdirSync(broken);
    const lesson = JSON.parse(readFileSync(join(custom, 'mijn-les.json'), 'utf8')) as Record<string, unknown>;
    writeFileSync(join(broken, 'kapot.json'), JSON.stringify({...lesson, id: 'kapotte-les', durationMinutes: 50}, null, 2));
    const validated = upstander('validate', join(broken, 'kapot.json'));
    assert.equal(validated.status, 1);
    const message = validated.stdout.split('\n').find((line) => line.includes('durationMinutes'))!;
    assert.ok(message, validated.stdout);
    const served = upstander('serve', '--lessons', broken, '--port', '0');
    assert.equal(served.status, 1, 'the demo does not start with a broken lesson');
    assert.ok(served.stderr.includes(message), served.stderr);
  });
});
