import assert from 'node:assert/strict';
import {spawnSync} from 'node:child_process';
import {mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, statSync, symlinkSync, writeFileSync} from 'node:fs';
import {tmpdir} from 'node:os';
import {join} from 'node:path';
import {after, before, describe, it} from 'node:test';
import {validate, validatePaths} from '../src/validate.js';

const REAL_LESSON = JSON.parse(readFileSync('lessons/groep-7-8/wat-is-online-respect.json', 'utf8'));
const lesson = (edit: (l: any) => void = () => {}) => {
  const copy = structuredClone(REAL_LESSON);
  edit(copy);
  return `${JSON.stringify(copy, null, 2)}\n`;
};
const track = (lessons: {lesson: string; variants?: string[]}[]) =>
  `${JSON.stringify({$schema: '../packages/schema/track.schema.json', schemaVersion: 1, id: 'mijn-lijn', title: 'Mijn leerlijn', summary: 'Een eigen leerlijn.', track: 'groep-7-8', audience: 'po', lessons, completion: {rule: 'all'}}, null, 2)}\n`;

/** Line and column of the nth `needle` in `text` (or of what follows it). */
function at(text: string, needle: string, nth = 1, after = false): string {
  let i = -1;
  for (let n = 0; n < nth; n++) i = text.indexOf(needle, i + 1);
  assert.ok(i >= 0, needle);
  const lines = text.slice(0, after ? i + needle.length : i).split('\n');
  return `${lines.length}:${lines.at(-1)!.length + 1}`;
}

/** Every file under `dir` with its size and modification time: to show the command writes nothing. */
function snapshot(dir: string): string[] {
  return readdirSync(dir, {recursive: true, encoding: 'utf8'})
    .sort()
    .map((name) => {
      const s = statSync(join(dir, name), {throwIfNoEntry: false});
      return `${name} ${s?.size} ${s?.mtimeMs}`;
    });
}

function run(paths: string[], options: {lang: 'nl' | 'en'; cwd?: string}): {code: number; lines: string[]} {
  const lines: string[] = [];
  const code = validate(paths, options, (line) => lines.push(line));
  return {code, lines};
}

describe('upstander validate', () => {
  let dir = '';
  before(() => {
    dir = mkdtempSync(join(tmpdir(), 'upstander-validate-'));
  });
  after(() => rmSync(dir, {recursive: true, force: true}));

  it('finds no problem in the real lessons folder, nor by default', () => {
    const result = validatePaths(['lessons']);
    assert.deepEqual(result.problems, []);
    assert.ok(result.files >= 1);
    // By default: lessons and, when it exists, tracks.
    const all = validatePaths([]);
    assert.ok(all.files >= result.files);
    assert.deepEqual(run([], {lang: 'nl'}), {code: 0, lines: [`${all.files} ${all.files === 1 ? 'bestand' : 'bestanden'} gecontroleerd: geen problemen.`]});
  });

  it('prints every problem as file:line:column path message, in Dutch, and exits 1', () => {
    const folder = join(dir, 'eigen');
    mkdirSync(join(folder, 'lessen'), {recursive: true});
    // The first scored choice question loses its right answer (found by content, so lesson edits do not break this).
    const q = REAL_LESSON.steps.findIndex((s: any) => s.activity.type === 'choice' && s.activity.scored !== false);
    const bad = lesson((l) => {
      l.id = 'eigen-les';
      l.audience = 'vo';
      l.kerndoelen = ['BU-VO-18A-u1', 'BU-PO-20', 'BU-2024C-VO-2', 'BU-VO-99'];
      for (const option of l.steps[q].activity.options) option.correct = false;
    });
    const optionsBefore = bad.slice(0, bad.indexOf(`"id": "${REAL_LESSON.steps[q].id}"`)).split('"options": ').length;
    writeFileSync(join(folder, 'lessen', 'eigen.json'), bad);
    const trackText = track([{lesson: 'eigen-les'}, {lesson: 'bestaat-niet'}]);
    writeFileSync(join(folder, 'lijn.json'), trackText);
    const before = snapshot(folder);
    const {code, lines} = run(['eigen'], {lang: 'nl', cwd: dir});
    assert.equal(code, 1);
    const file = join('eigen', 'lessen', 'eigen.json');
    assert.deepEqual(lines, [
      `${file}:${at(bad, '"BU-PO-20"')} kerndoelen[1] kerndoel "BU-PO-20" is voor po (basisschool), maar deze les is voor vo (voortgezet onderwijs); kies een kerndoel voor vo (voortgezet onderwijs)`,
      `${file}:${at(bad, '"BU-2024C-VO-2"')} kerndoelen[2] kerndoel "BU-2024C-VO-2" is een vervangen conceptkerndoel (maart 2024) en telt niet meer mee; kies het kerndoel dat ervoor in de plaats kwam`,
      `${file}:${at(bad, '"BU-VO-99"')} kerndoelen[3] kerndoel "BU-VO-99" bestaat niet; controleer de spelling (hoofdletters tellen mee), bijvoorbeeld "BU-PO-19A-u3"`,
      `${file}:${at(bad, '"options": ', optionsBefore, true)} steps[${q}].activity.options een vraag die meetelt voor de score heeft minstens één goed antwoord: zet "correct": true bij een antwoord, of "scored": false bij de vraag`,
      `${join('eigen', 'lijn.json')}:${at(trackText, '"bestaat-niet"')} lessons[1].lesson les "bestaat-niet" bestaat niet in de gecontroleerde bestanden; controleer het id, of geef ook de map met die les mee`,
      '5 problemen in 2 bestanden.',
    ]);
    assert.deepEqual(snapshot(folder), before, 'validate writes nothing');
  });

  it('speaks English with --lang en', () => {
    const {code, lines} = run(['eigen/lijn.json'], {lang: 'en', cwd: dir});
    assert.equal(code, 1);
    assert.match(lines[0]!, /^eigen\/lijn\.json:\d+:\d+ lessons\[0\]\.lesson lesson "eigen-les" does not exist in the files checked/);
    assert.equal(lines.at(-1), '2 problems in 1 file.');
  });

  it('reports paths that do not exist, folders without lesson files, unreadable and oversized files, and bytes that are not UTF-8', () => {
    const folder = join(dir, 'bestanden');
    mkdirSync(join(folder, 'leeg'), {recursive: true});
    writeFileSync(join(folder, 'groot.json'), Buffer.alloc(1_000_001, 0x20));
    writeFileSync(join(folder, 'latin1.json'), Buffer.from('{\n  "title": "Caf\xe9"\n}', 'latin1'));
    symlinkSync(join(folder, 'weg.json'), join(folder, 'kapot.json'));
    const result = validatePaths(['bestanden', 'nergens.json'], {cwd: dir});
    assert.deepEqual(
      result.problems.map((p) => [p.file, p.line, p.column, p.code]),
      [
        [join('bestanden', 'groot.json'), 1, 1, 'file-too-large'],
        [join('bestanden', 'kapot.json'), 1, 1, 'file-unreadable'],
        [join('bestanden', 'latin1.json'), 2, 16, 'file-not-utf8'],
        ['nergens.json', 1, 1, 'path-not-found'],
      ],
    );
    assert.deepEqual(validatePaths(['bestanden/leeg'], {cwd: dir}).problems.map((p) => [p.file, p.code]), [['bestanden/leeg', 'no-files']]);
  });

  it('runs as a command: exit code 1 and plain messages for bad input, no stack trace; 0 for the real lessons', () => {
    const folder = join(dir, 'kapot');
    mkdirSync(folder);
    writeFileSync(join(folder, 'a.json'), '{\n  "id": "a",\n}\n');
    writeFileSync(join(folder, 'b.json'), '\u0000\u0001garbage');
    const command = (args: string[]) =>
      spawnSync(process.execPath, ['--import', 'tsx', 'packages/cli/src/main.ts', 'validate', ...args], {encoding: 'utf8'});
    const bad = command([folder, '--lang', 'en']);
    assert.equal(bad.status, 1);
    assert.equal(bad.stderr, '');
    assert.deepEqual(bad.stdout.trim().split('\n'), [
      `${join(folder, 'a.json')}:2:12 $ comma before }: no comma is allowed after the last item`,
      `${join(folder, 'b.json')}:1:1 $ a value belongs here, but there is "U+0000": text in "…", a number, true, false, null, a list [ ] or an object { }`,
      '2 problems in 2 files.',
    ]);
    const good = command(['lessons']);
    assert.equal(good.status, 0, good.stdout + good.stderr);
    const wrongLang = command(['lessons', '--lang', 'de']);
    assert.equal(wrongLang.status, 1);
    assert.match(wrongLang.stderr, /--lang nl or --lang en/);
  });
});
