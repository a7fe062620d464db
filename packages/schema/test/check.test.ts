// One case per problem the validator reports: a file with exactly that defect gets that problem, at
// the line and column where the author has to make the fix, in both languages.
import assert from 'node:assert/strict';
import {describe, it} from 'node:test';
import {PROBLEM_CODES, checkFiles, formatPath, formatProblem, message} from '@upstander/schema';
import type {CheckOptions, KerndoelInfo, Position, Problem, ProblemCode, SourceFile} from '@upstander/schema';
import {unfilled} from './property-helpers.js';
import {activityExamples, bytes, find, json, lessonWith, minimalLesson, minimalTrack, realLessonText} from './fixtures.js';

const goals: Record<string, KerndoelInfo> = {
  'BU-PO-19A-u3': {level: 'po', superseded: false},
  'BU-VO-18A-u1': {level: 'vo', superseded: false},
  'BU-2024C-PO-1': {level: 'po', superseded: true},
};
const kerndoel = (id: string) => goals[id];

interface Case {
  code: ProblemCode;
  name?: string;
  text: string;
  /** The expected position: explicit, or where `needle` (the nth time) starts, optionally moved. */
  at: Position | {needle: string; nth?: number; up?: number; left?: number; after?: boolean};
  path: string;
  /** Other files checked together with this one. */
  others?: SourceFile[];
  options?: CheckOptions;
  /** The file has no other problem. */
  only?: boolean;
}

const change = (edit: (doc: Record<string, any>) => void, base = minimalLesson()): string => {
  edit(base);
  return json(base);
};
const withActivity = (type: string, edit: (a: Record<string, any>) => void = () => {}): string => {
  const activity = activityExamples()[type]!;
  edit(activity);
  return json(lessonWith(activity));
};
const file = (name: string, doc: unknown): SourceFile => ({name, bytes: bytes(json(doc))});

const cases: Case[] = [
  // JSON syntax: the position is where the fix goes.
  {code: 'json-empty', text: '', at: {line: 1, column: 1}, path: '$', only: true},
  {code: 'json-unexpected-end', text: '{\n  "id": "x"\n', at: {line: 3, column: 1}, path: '$', only: true},
  {code: 'json-expected-value', text: '{\n  "id": @\n}', at: {line: 2, column: 9}, path: '$', only: true},
  {code: 'json-unexpected-character', text: '{\n  "id": "x" @\n}', at: {line: 2, column: 13}, path: '$', only: true},
  {code: 'json-missing-comma', text: '{\n  "id": "x"\n  "title": "y"\n}', at: {line: 2, column: 12}, path: '$', only: true},
  {code: 'json-missing-comma', name: 'in a list', text: '{"goals": ["a"\n  "b"]}', at: {line: 1, column: 15}, path: '$', only: true},
  {code: 'json-missing-colon', text: '{\n  "id" "x"\n}', at: {line: 2, column: 8}, path: '$', only: true},
  {code: 'json-trailing-comma', text: '{\n  "id": "x",\n}', at: {line: 2, column: 12}, path: '$', only: true},
  {code: 'json-trailing-comma', name: 'in a list', text: '{"goals": ["a", ]}', at: {line: 1, column: 15}, path: '$', only: true},
  {code: 'json-key-not-string', text: '{\n  id: "x"\n}', at: {line: 2, column: 3}, path: '$', only: true},
  {code: 'json-single-quote', text: "{\n  'id': 'x'\n}", at: {line: 2, column: 3}, path: '$', only: true},
  {code: 'json-comment', text: '{\n  // de titel\n  "id": "x"\n}', at: {line: 2, column: 3}, path: '$', only: true},
  {code: 'json-bad-literal', text: '{\n  "scored": True\n}', at: {line: 2, column: 13}, path: '$', only: true},
  {code: 'json-newline-in-string', text: '{\n  "title": "Hallo\n}', at: {line: 2, column: 18}, path: '$', only: true},
  {code: 'json-control-character', text: '{"title": "a\tb"}', at: {line: 1, column: 13}, path: '$', only: true},
  {code: 'json-unterminated-string', text: '{"title": "abc', at: {line: 1, column: 11}, path: '$', only: true},
  {code: 'json-bad-escape', text: '{"title": "a\\qb"}', at: {line: 1, column: 13}, path: '$', only: true},
  {code: 'json-bad-number', text: '{\n  "durationMinutes": 045\n}', at: {line: 2, column: 22}, path: '$', only: true},
  {code: 'json-extra-content', text: '{}\n{}', at: {line: 2, column: 1}, path: '$', only: true},
  {code: 'json-too-deep', text: `{"a": ${'['.repeat(120)}${']'.repeat(120)}}`, at: {line: 1, column: 107}, path: '$', only: true},
  {
    code: 'json-duplicate-key',
    text: realLessonText().replace('"dir": "ltr",', '"dir": "ltr",\n  "title": "Dubbel",'),
    at: {needle: '"title"', nth: 2},
    path: 'title',
    options: {kerndoel: () => ({level: 'po', superseded: false})},
    only: true,
  },

  // The file and the document as a whole
  {code: 'file-too-large', text: json(minimalLesson()), options: {maxBytes: 100}, at: {line: 1, column: 1}, path: '$', only: true},
  {code: 'not-an-object', text: '[\n  {"id": "x"}\n]', at: {line: 1, column: 1}, path: '$', only: true},
  {code: 'schema-version-missing', text: change((d) => delete d['schemaVersion']), at: {line: 1, column: 1}, path: '$', only: true},
  {code: 'schema-version-too-new', text: change((d) => (d['schemaVersion'] = 7)), at: {needle: '7'}, path: 'schemaVersion', only: true},
  {code: 'schema-version-invalid', text: change((d) => (d['schemaVersion'] = '1')), at: {needle: '"1"'}, path: 'schemaVersion', only: true},

  // Shape and types
  {code: 'missing-field', text: change((d) => delete d['title']), at: {line: 1, column: 1}, path: 'title', only: true},
  {
    code: 'missing-field',
    name: 'in a nested object: points at that object',
    text: change((d) => delete d['steps'][1].activity.options[1].feedback),
    at: {needle: '"id": "b"', up: 1, left: 2},
    path: 'steps[1].activity.options[1].feedback',
    only: true,
  },
  {
    code: 'unknown-field',
    text: change((d) => (d['steps'][1].activity.options[0].feedbak = 'x')),
    at: {needle: '"feedbak"'},
    path: 'steps[1].activity.options[0].feedbak',
    only: true,
  },
  {
    code: 'unknown-field-typo',
    text: change((d) => {
      d['steps'][0].activity.Body = d['steps'][0].activity.body;
      delete d['steps'][0].activity.body;
    }),
    at: {needle: '"Body"'},
    path: 'steps[0].activity.Body',
    only: true,
  },
  {
    code: 'unknown-field-typo',
    name: 'a small misspelling',
    text: change((d) => {
      d['steps'][1].activity.options[0].feedbak = d['steps'][1].activity.options[0].feedback;
      delete d['steps'][1].activity.options[0].feedback;
    }),
    at: {needle: '"feedbak"'},
    path: 'steps[1].activity.options[0].feedbak',
    only: true,
  },
  {code: 'wrong-type', text: change((d) => (d['goals'] = 'Ik weet het.')), at: {needle: '"Ik weet het."'}, path: 'goals', only: true},
  {code: 'not-integer', text: change((d) => (d['facilitatorGuide'].steps[0].minutes = 4.5)), at: {needle: '4.5'}, path: 'facilitatorGuide.steps[0].minutes', only: true},
  {code: 'text-empty', text: change((d) => (d['title'] = '   ')), at: {needle: '"   "'}, path: 'title', only: true},
  {code: 'text-too-long', text: change((d) => (d['summary'] = 'x'.repeat(4001))), at: {needle: '"xxx'}, path: 'summary', only: true},
  {code: 'too-few-items', text: change((d) => (d['goals'] = [])), at: {needle: '[]'}, path: 'goals', only: true},
  {code: 'number-too-small', text: change((d) => (d['facilitatorGuide'].steps[0].minutes = 0)), at: {needle: '"minutes": 0', left: -11}, path: 'facilitatorGuide.steps[0].minutes'},
  {code: 'number-too-large', text: change((d) => (d['facilitatorGuide'].steps[0].minutes = 500)), at: {needle: '500'}, path: 'facilitatorGuide.steps[0].minutes'},
  {code: 'invalid-value', text: change((d) => (d['audience'] = 'mbo')), at: {needle: '"mbo"'}, path: 'audience', only: true},
  {code: 'id-format', text: change((d) => (d['id'] = 'Test Les')), at: {needle: '"Test Les"'}, path: 'id', only: true},
  {code: 'url-format', text: change((d) => (d['helpPoints'][0].url = 'www.kindertelefoon.nl')), at: {needle: '"www.'}, path: 'helpPoints[0].url', only: true},
  {code: 'url-format', name: 'no javascript: links', text: change((d) => (d['helpPoints'][0].url = 'javascript:alert(1)')), at: {needle: '"javascript'}, path: 'helpPoints[0].url', only: true},
  {
    code: 'audio-src',
    text: withActivity('story', (a) => (a['audio'] = {src: 'https://example.org/sam.mp3', transcript: 'Sam vertelt.'})),
    at: {needle: '"https://example.org'},
    path: 'steps[2].activity.audio.src',
    only: true,
  },
  {code: 'unknown-activity-type', text: change((d) => (d['steps'][0].activity.type = 'quiz')), at: {needle: '"quiz"'}, path: 'steps[0].activity.type', only: true},
  {code: 'missing-activity-type', text: change((d) => delete d['steps'][0].activity.type), at: {needle: '"activity": ', after: true}, path: 'steps[0].activity', only: true},

  // Rules inside one lesson
  {code: 'duplicate-id', text: change((d) => (d['steps'][1].activity.id = 'welkom')), at: {needle: '"welkom"', nth: 3}, path: 'steps[1].activity.id', only: true},
  {code: 'duplicate-item-id', text: change((d) => (d['steps'][1].activity.options[1].id = 'a')), at: {needle: '"a"', nth: 2}, path: 'steps[1].activity.options[1].id', only: true},
  {code: 'duplicate-value', text: change((d) => d['kerndoelen'].push('BU-PO-19A-u3')), at: {needle: '"BU-PO-19A-u3"', nth: 2}, path: 'kerndoelen[1]', only: true},
  {code: 'choices-too-few', text: change((d) => (d['steps'][1].activity.options = [])), at: {needle: '[]'}, path: 'steps[1].activity.options', only: true},
  {
    code: 'choice-no-correct',
    text: change((d) => (d['steps'][1].activity.options[1].correct = false)),
    at: {needle: '"options"', left: -11},
    path: 'steps[1].activity.options',
    only: true,
  },
  {
    code: 'choice-no-correct',
    name: 'a scored social post',
    text: withActivity('social-post', (a) => (a['scored'] = true)),
    at: {needle: '"choices"', left: -11},
    path: 'steps[2].activity.choices',
    only: true,
  },
  {
    code: 'unknown-reference',
    text: withActivity('sort', (a) => (a['items'][1].category = 'haat')),
    at: {needle: '"haat"'},
    path: 'steps[2].activity.items[1].category',
    only: true,
  },
  {
    code: 'unknown-reference',
    name: 'a like for a comment that does not exist',
    text: withActivity('social-post', (a) => (a['choices'][0].comment = 'ruben')),
    at: {needle: '"ruben"'},
    path: 'steps[2].activity.choices[0].comment',
    only: true,
  },
  {
    code: 'sort-needs-categories',
    text: withActivity('sort', (a) => {
      a['categories'].pop();
      a['items'][1].category = 'grapje';
    }),
    at: {needle: '"categories"', left: -14},
    path: 'steps[2].activity.categories',
    only: true,
  },
  {
    code: 'sort-order-has-categories',
    text: withActivity('sort', (a) => {
      a['mode'] = 'order';
      a['items'].forEach((item: Record<string, unknown>) => delete item['category']);
    }),
    at: {needle: '"categories"', left: -14},
    path: 'steps[2].activity.categories',
    only: true,
  },
  {
    code: 'sort-item-without-category',
    text: withActivity('sort', (a) => delete a['items'][0].category),
    at: {needle: '"id": "een"', up: 1, left: 2},
    path: 'steps[2].activity.items[0]',
    only: true,
  },
  {
    code: 'post-like-needs-comment',
    text: withActivity('social-post', (a) => delete a['choices'][0].comment),
    at: {needle: '"id": "like-noor"', up: 1, left: 2},
    path: 'steps[2].activity.choices[0]',
    only: true,
  },
  {
    code: 'response-builder-no-input',
    text: withActivity('response-builder', (a) => (a['freeText'] = false)),
    at: {needle: 'false'},
    path: 'steps[2].activity.freeText',
    only: true,
  },
  {
    code: 'roles-missing-role',
    text: withActivity('roles', (a) => (a['cards'][2].role = 'doelwit')),
    at: {needle: '"cards": ', after: true},
    path: 'steps[2].activity.cards',
    only: true,
  },
  {
    code: 'story-picture-figures',
    text: withActivity('story', (a) => {
      const figure = {hair: 'short', skin: 2, mood: 'calm'};
      a['panels'] = [
        {text: 'Sam kijkt.', picture: {alt: 'Sam', figures: [figure]}},
        {text: 'Vier kinderen.', picture: {alt: 'Vier kinderen', figures: [figure, figure, figure, figure]}},
      ];
    }),
    at: {needle: '"figures": ', after: true, nth: 2},
    path: 'steps[2].activity.panels[1].picture.figures',
    only: true,
  },
  {
    code: 'scale-labels-count',
    text: withActivity('survey', (a) => (a['labels'] = ['oneens', 'eens'])),
    at: {needle: '"labels"', left: -10},
    path: 'steps[2].activity.labels',
    only: true,
  },
  {
    code: 'help-points-empty',
    text: change((d) => (d['helpPoints'] = []), lessonWith({type: 'help-points'})),
    at: {needle: '"activity": ', nth: 3, after: true},
    path: 'steps[2].activity',
    only: true,
  },
  {code: 'guide-minutes', text: change((d) => (d['durationMinutes'] = 45)), at: {needle: '45'}, path: 'durationMinutes', only: true},
  {
    code: 'guide-unknown-step',
    text: change((d) => (d['facilitatorGuide'].steps[1].lessonSteps = ['vragen'])),
    at: {needle: '"vragen"'},
    path: 'facilitatorGuide.steps[1].lessonSteps[0]',
    only: true,
  },
  {
    code: 'handout-row-cells',
    text: change(
      (d) =>
        (d['facilitatorGuide'].handouts = [
          {id: 'turflijst', title: 'Turflijst', for: 'facilitator', blocks: [{type: 'table', columns: ['Zin', 'Ja', 'Nee'], rows: [['Een', '', ''], ['Twee', '']]}]},
        ]),
    ),
    at: {needle: '"Twee"', up: 1, left: 2},
    path: 'facilitatorGuide.handouts[0].blocks[0].rows[1]',
    only: true,
  },
  {code: 'translation-own-language', text: change((d) => (d['translations'] = ['nl'])), at: {needle: '"nl"', nth: 2}, path: 'translations[0]', only: true},

  // Rules inside one track
  {
    code: 'track-duplicate-lesson',
    text: change((d) => d['lessons'].push({lesson: 'test-les'}), minimalTrack()),
    others: [file('de-les.json', minimalLesson())],
    at: {needle: '"test-les"', nth: 2},
    path: 'lessons[1].lesson',
    only: true,
  },
  {
    code: 'track-count-too-high',
    text: change((d) => (d['completion'] = {rule: 'count', count: 3}), minimalTrack()),
    others: [file('de-les.json', minimalLesson())],
    at: {needle: '3'},
    path: 'completion.count',
    only: true,
  },

  // Rules across files and against the kerndoelen
  {
    code: 'duplicate-lesson-id',
    text: json(minimalLesson()),
    others: [file('a-eerder.json', minimalLesson())],
    at: {needle: '"test-les"'},
    path: 'id',
    only: true,
  },
  {
    code: 'duplicate-track-id',
    text: json(minimalTrack()),
    others: [file('a-eerder.json', minimalTrack()), file('de-les.json', minimalLesson())],
    at: {needle: '"test-lijn"'},
    path: 'id',
    only: true,
  },
  {
    code: 'track-lesson-missing',
    text: change((d) => (d['lessons'] = [{lesson: 'test-les', variants: ['test-kort']}]), minimalTrack()),
    others: [file('de-les.json', minimalLesson())],
    at: {needle: '"test-kort"'},
    path: 'lessons[0].variants[0]',
    only: true,
  },
  {code: 'translation-missing', text: change((d) => (d['translations'] = ['en'])), at: {needle: '"en"'}, path: 'translations[0]', only: true},
  {code: 'kerndoel-unknown', text: change((d) => (d['kerndoelen'] = ['BU-PO-99'])), at: {needle: '"BU-PO-99"'}, path: 'kerndoelen[0]', only: true},
  {code: 'kerndoel-wrong-level', text: change((d) => (d['kerndoelen'] = ['BU-VO-18A-u1'])), at: {needle: '"BU-VO-18A-u1"'}, path: 'kerndoelen[0]', only: true},
  {
    code: 'kerndoel-wrong-level',
    name: 'jongerenwerk uses vo goals',
    text: change((d) => (d['audience'] = 'jongerenwerk')),
    at: {needle: '"BU-PO-19A-u3"'},
    path: 'kerndoelen[0]',
    only: true,
  },
  {code: 'kerndoel-superseded', text: change((d) => (d['kerndoelen'] = ['BU-2024C-PO-1'])), at: {needle: '"BU-2024C-PO-1"'}, path: 'kerndoelen[0]', only: true},
];

/** Codes tested elsewhere: by the command (files and folders), or in issues.test.ts. */
const elsewhere: ProblemCode[] = ['path-not-found', 'no-files', 'file-unreadable', 'internal-error', 'file-not-utf8', 'invalid'];

function expected(text: string, at: Case['at']): Position {
  if ('line' in at) return at;
  const found = find(text, at.needle, at.nth);
  return {line: found.line - (at.up ?? 0), column: found.column - (at.left ?? 0) + (at.after ? at.needle.length : 0)};
}

const summary = (problems: Problem[]) => problems.map((p) => formatProblem(p, 'en')).join('\n');

describe('checkFiles: one case per problem', () => {
  for (const c of cases) {
    it(`${c.code}${c.name ? ` (${c.name})` : ''}`, () => {
      const files = [...(c.others ?? []), {name: 'les.json', bytes: bytes(c.text)}];
      const problems = checkFiles(files, {kerndoel, ...c.options});
      const hits = problems.filter((p) => p.code === c.code && p.file === 'les.json');
      assert.equal(hits.length, 1, `expected one ${c.code} in les.json, got:\n${summary(problems)}`);
      const hit = hits[0]!;
      assert.deepEqual({line: hit.line, column: hit.column, path: formatPath(hit.path)}, {...expected(c.text, c.at), path: c.path});
      if (c.only) assert.equal(problems.length, 1, `expected only ${c.code}, got:\n${summary(problems)}`);
      for (const lang of ['nl', 'en'] as const) {
        const line = formatProblem(hit, lang);
        assert.match(line, /^les\.json:\d+:\d+ \S+ \S/);
        assert.deepEqual(unfilled(hit, lang), [], `a placeholder was not filled: ${line}`);
      }
    });
  }

  it('covers every problem code (the rest are tested where they arise)', () => {
    const covered = new Set([...cases.map((c) => c.code), ...elsewhere]);
    assert.deepEqual(PROBLEM_CODES.filter((code) => !covered.has(code)), []);
  });
});

describe('checkFiles', () => {
  it('finds nothing wrong in the real lesson, the minimal fixtures or any activity example', () => {
    const files = [
      {name: 'real.json', bytes: bytes(realLessonText())},
      file('les.json', minimalLesson()),
      file('lijn.json', minimalTrack()),
      ...Object.entries(activityExamples()).map(([type, activity]) => {
        const lesson = lessonWith(activity);
        lesson['id'] = `voorbeeld-${type}`;
        return file(`${type}.json`, lesson);
      }),
    ];
    assert.deepEqual(summary(checkFiles(files, {kerndoel: (id) => goals[id] ?? {level: 'po', superseded: false}})), '');
  });

  it('reports a file that is not UTF-8 at the line and column of the bad byte', () => {
    const text = bytes('{\n  "title": "caf_"\n}');
    text[17] = 0xe9; // "é" in Latin-1, not a valid UTF-8 sequence here
    const [problem, ...rest] = checkFiles([{name: 'latin1.json', bytes: text}]);
    assert.deepEqual(rest, []);
    assert.deepEqual([problem!.code, problem!.line, problem!.column, problem!.params], ['file-not-utf8', 2, 16, {offset: 17}]);
    assert.match(message('file-not-utf8', 'nl', problem!.params), /UTF-8/);
  });

  it('reports a character cut off at the end of the file', () => {
    const text = bytes('{"title": "é');
    const [problem] = checkFiles([{name: 'cut.json', bytes: text.subarray(0, text.length - 1)}]);
    assert.equal(problem!.code, 'file-not-utf8');
    assert.deepEqual([problem!.line, problem!.column], [1, 12]);
  });

  it('accepts a byte order mark and CRLF line ends, and still counts lines right', () => {
    const text = `\ufeff${json(minimalLesson()).replace(/\n/g, '\r\n').replace('"title": "Testles"', '"title": ""')}`;
    const [problem] = checkFiles([{name: 'crlf.json', bytes: bytes(text)}]);
    assert.equal(problem!.code, 'text-empty');
    assert.deepEqual([problem!.line, problem!.column], [find(text.replace(/\r/g, '').slice(1), '""').line, 12]);
  });

  it('counts an invalid lesson as existing for the tracks that name it', () => {
    const lesson = minimalLesson();
    lesson['title'] = '';
    const problems = checkFiles([file('les.json', lesson), file('lijn.json', minimalTrack())]);
    assert.deepEqual(problems.map((p) => [p.file, p.code]), [['les.json', 'text-empty']]);
  });

  it('reads a track by its $schema even when it has steps, and a lesson without $schema by its shape', () => {
    const track = minimalTrack();
    delete track['$schema'];
    const problems = checkFiles([file('les.json', minimalLesson()), file('lijn.json', track)]);
    assert.deepEqual(problems, []);
    const odd = {...minimalTrack(), steps: []};
    assert.deepEqual(
      checkFiles([file('les.json', minimalLesson()), file('lijn.json', odd)]).map((p) => p.code),
      ['unknown-field'],
    );
  });

  it('lists problems by file, line and column', () => {
    const a = minimalLesson();
    a['title'] = '';
    a['audience'] = 'mbo';
    const problems = checkFiles([file('b.json', a), file('a.json', {...a, id: 'ander'})]);
    const places = problems.map((p) => [p.file, p.line, p.column]);
    const sorted = [...places].sort((x, y) => String(x[0]).localeCompare(String(y[0])) || Number(x[1]) - Number(y[1]) || Number(x[2]) - Number(y[2]));
    assert.deepEqual(places, sorted);
    assert.equal(problems.length, 4);
  });
});
