// The pure lesson rules have one home, @upstander/schema (docs/decisions/0011-one-home-for-the-lesson-rules.md):
// the track completion rule, scoring and restore, the empty and largest learner state, and the xAPI
// IRI scheme. This test fails when one of them is declared again anywhere else, and checks the rules
// themselves in Node (no DOM).
import assert from 'node:assert/strict';
import {readFileSync, readdirSync, statSync} from 'node:fs';
import {join} from 'node:path';
import {describe, it} from 'node:test';
import {fullLearnerState, fullTrackState, lessonScore, restoreLearnerState, trackStatus} from '../src/index.js';
import type {Lesson} from '../src/index.js';

/** Names that only @upstander/schema may declare. */
const RULES = [
  'trackStatus',
  'placeProgress',
  'TrackStatus',
  'LessonProgress',
  'lessonScore',
  'restoreLearnerState',
  'holdsBack',
  'ANSWER_RULES',
  'keepKnown',
  'keepPerItem',
  'keepText',
  'keepSortResponse',
  'sortIsCorrect',
  'sortCorrectResponse',
  'scalePoints',
  'DILEMMA_ANSWERS',
  'emptyLearnerState',
  'emptyTrackState',
  'isTrackState',
  'TrackState',
  'TrackLessonState',
  'fullLearnerState',
  'fullTrackState',
  'fullRun',
  'idsWithin',
];

/**
 * Names only @upstander/schema may declare in package code and the benchmark. Tests may spell out an
 * expected IRI themselves (an honest test does not ask the code under test what to expect).
 */
const CODE_RULES = ['DEFAULT_IRI_BASE', 'lessonIri', 'trackIri', 'courseIri', 'interactionIri'];

function sources(dir: string, out: string[] = []): string[] {
  for (const name of readdirSync(dir).sort()) {
    const path = join(dir, name);
    if (name === 'node_modules' || name === 'dist' || name === 'fixtures') continue;
    if (statSync(path).isDirectory()) sources(path, out);
    else if (/\.(ts|mjs|js)$/.test(name) && !name.endsWith('.d.ts')) out.push(path);
  }
  return out;
}

/** A declaration statement of `name` (not an `export {type name}` or a use). */
const declaration = (name: string) =>
  new RegExp(`^\\s*(?:export\\s+)?(?:declare\\s+)?(?:async\\s+)?(?:function\\*?|const|let|var|class|interface|type|enum)\\s+${name}\\b`, 'm');

describe('one home for the lesson rules', () => {
  const files = [...readdirSync('packages').flatMap((p) => sources(join('packages', p))), ...sources('bench'), ...sources('tests')].filter(
    (file) => !file.startsWith(join('packages', 'schema', 'src')),
  );

  it('finds the code to search', () => assert.ok(files.length > 50));

  const isTest = (file: string) => file.startsWith('tests') || file.split(/[\\/]/).includes('test');
  for (const name of [...RULES, ...CODE_RULES]) {
    it(`${name} is declared only in @upstander/schema`, () => {
      const searched = CODE_RULES.includes(name) ? files.filter((file) => !isTest(file)) : files;
      const found = searched.filter((file) => declaration(name).test(readFileSync(file, 'utf8')));
      assert.deepEqual(found, [], `${name} is declared again in ${found.join(', ')}; import it from @upstander/schema`);
    });
  }
});

describe('the rules, in Node', () => {
  const track = {lessons: [{lesson: 'a'}, {lesson: 'b', variants: ['b-kort']}], completion: {rule: 'mastery', score: 60}} as const;

  it('trackStatus: a variant finishes its place; mastery needs every place and the mean score', () => {
    assert.deepEqual(trackStatus(track, {}), {done: 0, total: 2, next: 0, average: null, complete: false});
    assert.deepEqual(trackStatus(track, {a: {completed: true, score: 50}, 'b-kort': {completed: true, score: 80}}), {
      done: 2,
      total: 2,
      next: -1,
      average: 65,
      complete: true,
    });
    assert.equal(trackStatus({...track, completion: {rule: 'count', count: 1}}, {'b-kort': {completed: true}}).complete, true);
  });

  const lesson = {
    steps: [
      {id: 's1', activity: {type: 'choice', id: 'q', question: 'V?', options: [{id: 'ja', text: 'Ja', correct: true}, {id: 'nee', text: 'Nee'}]}},
      {id: 's2', activity: {type: 'information', text: 'Klaar.'}},
    ],
  } as unknown as Pick<Lesson, 'steps'>;

  it('scores and restores only what fits the lesson', () => {
    assert.deepEqual(lessonScore(lesson, {q: ['ja']}), {raw: 1, max: 1});
    assert.deepEqual(restoreLearnerState(lesson, {step: 9, answers: {q: ['weg', 'nee'], old: ['x']}, completed: false}), {step: 1, answers: {q: ['nee']}, completed: false});
    assert.deepEqual(restoreLearnerState(lesson, undefined), {step: 0, answers: {}, completed: false});
  });

  it('the largest state answers every tracked activity with every id it has', () => {
    assert.deepEqual(fullLearnerState(lesson), {step: 1, completed: true, answers: {q: ['ja', 'nee']}});
    const state = fullTrackState([{id: 'les-a', ...lesson} as Pick<Lesson, 'id' | 'steps'>]);
    assert.equal(state.current, 'les-a');
    assert.deepEqual(state.lessons['les-a']!.score, undefined, 'a choice without `scored: true` has no score here');
  });
});
