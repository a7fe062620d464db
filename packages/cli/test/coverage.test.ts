import assert from 'node:assert/strict';
import {spawnSync} from 'node:child_process';
import {readdirSync} from 'node:fs';
import {join} from 'node:path';
import {describe, it} from 'node:test';
import {kerndoel} from '@upstander/curriculum';

const run = (...args: string[]) => spawnSync(process.execPath, ['--import', 'tsx', 'packages/cli/src/main.ts', 'coverage', ...args], {encoding: 'utf8'});
const tracks = readdirSync('tracks').filter((f) => f.endsWith('.json')).map((f) => join('tracks', f));

describe('upstander coverage', () => {
  for (const track of tracks) {
    it(`names the kerndoelen of ${track} with their SLO titles, in every format`, () => {
      const json = run(track, '--format', 'json');
      assert.equal(json.status, 0, json.stderr);
      const report = JSON.parse(json.stdout) as {kind: string; coverage: {covered: {id: string; title: string}[]; open: unknown[]; lessons: unknown[]}};
      assert.equal(report.kind, 'track');
      assert.ok(report.coverage.lessons.length > 0);
      assert.ok(report.coverage.covered.length > 0);
      for (const goal of report.coverage.covered) assert.equal(goal.title, kerndoel(goal.id)!.text);
      const table = run(track);
      assert.equal(table.status, 0, table.stderr);
      for (const goal of report.coverage.covered) {
        assert.ok(table.stdout.includes(goal.id), goal.id);
        assert.ok(table.stdout.replace(/\s+/g, ' ').includes(goal.title), goal.title);
      }
      assert.match(table.stdout, /Open kerndoelen/);
      assert.match(run(track, '--format', 'md').stdout, /\| \[BU-PO-|\| \[BU-VO-|\| \[DG-/);
      assert.match(run(track, '--format', 'html').stdout, /<table>.*<th scope="row">/s);
    });
  }

  it('reports on one lesson, and says what is wrong with a bad format', () => {
    const lesson = run('lessons/groep-7-8/wat-is-online-respect.json', '--format', 'json');
    assert.equal(lesson.status, 0, lesson.stderr);
    assert.equal((JSON.parse(lesson.stdout) as {kind: string}).kind, 'lessons');
    const bad = run('tracks', '--format', 'pdf');
    assert.equal(bad.status, 1);
    assert.match(bad.stderr, /--format/);
  });
});
