// How an answer is written as an LMS interaction, checked against Moodle 4.3's own value rules
// (packages/cli/src/preview/moodle-rules.ts, ported from mod/scorm/datamodels/scorm_13.js).
import assert from 'node:assert/strict';
import {describe, it} from 'node:test';
import {moodleRefusal} from '../../cli/src/preview/moodle-rules.js';
import {interactionRecord} from '../src/answers.js';
import type {SinkAnswer} from '../src/answers.js';

const answer = (over: Partial<SinkAnswer>): SinkAnswer => ({
  lessonId: 'les',
  stepId: 'stap',
  activityId: 'vraag',
  kind: 'choice',
  response: [],
  correctResponse: [],
  correct: null,
  scored: false,
  anonymous: false,
  textWithheld: false,
  ...over,
});

/** What Moodle 4.3 answers when the record is set as SCORM 2004 (type first, then the values). */
function moodle2004(record: ReturnType<typeof interactionRecord>): string[] {
  const codes = [moodleRefusal('2004', 'cmi.interactions.0.type', record.type)];
  codes.push(moodleRefusal('2004', 'cmi.interactions.0.learner_response', record.response, record.type));
  for (const [i, pattern] of record.patterns.entries()) codes.push(moodleRefusal('2004', `cmi.interactions.0.correct_responses.${i}.pattern`, pattern, record.type));
  return codes.filter(Boolean);
}

describe('interactionRecord in SCORM 2004, as Moodle 4.3 checks it', () => {
  it('writes readable ids with a hyphen as short identifiers', () => {
    const record = interactionRecord(answer({response: ['niet-meelachen', 'aardige-reactie-liken'], correctResponse: ['niet-meelachen'], scored: true, correct: false}), 'scorm2004');
    assert.deepEqual(record, {type: 'choice', response: 'niet_meelachen[,]aardige_reactie_liken', patterns: ['niet_meelachen']});
    assert.deepEqual(moodle2004(record), []);
  });

  it('writes one answer per statement (a dilemma: the same answer twice) as matching, which Moodle accepts', () => {
    const dilemma = answer({response: ['unsure', 'agree', 'unsure']});
    assert.equal(moodleRefusal('2004', 'cmi.interactions.0.learner_response', 'unsure[,]agree[,]unsure', 'choice'), '406', 'a choice with a repeated id is refused');
    const record = interactionRecord(dilemma, 'scorm2004');
    assert.deepEqual(record, {type: 'matching', response: '1[.]unsure[,]2[.]agree[,]3[.]unsure', patterns: []});
    assert.deepEqual(moodle2004(record), []);
  });

  it('keeps SCORM 1.2 and xAPI ids as written', () => {
    const dilemma = answer({response: ['unsure', 'unsure']});
    assert.equal(interactionRecord(dilemma, 'scorm12').response, 'unsure,unsure');
    assert.equal(interactionRecord(answer({response: ['niet-meelachen']}), 'xapi').response, 'niet-meelachen');
  });
});

describe('moodleRefusal (Moodle 4.3 value rules)', () => {
  it('refuses what Moodle refuses and accepts what it accepts', () => {
    assert.equal(moodleRefusal('2004', 'cmi.interactions.0.learner_response', 'a-b', 'choice'), '406');
    assert.equal(moodleRefusal('2004', 'cmi.interactions.0.learner_response', 'a_b[,]c', 'choice'), '');
    assert.equal(moodleRefusal('2004', 'cmi.interactions.0.learner_response', Array.from({length: 37}, (_, i) => `o${i}`).join('[,]'), 'choice'), '351');
    assert.equal(moodleRefusal('2004', 'cmi.interactions.0.learner_response', 'a[.]x[,]b[.]x', 'matching'), '');
    assert.equal(moodleRefusal('2004', 'cmi.interactions.0.learner_response', 'a', ''), '408');
    assert.equal(moodleRefusal('2004', 'cmi.score.scaled', '1.5'), '407');
    assert.equal(moodleRefusal('1.2', 'cmi.core.score.raw', '101'), '405');
    assert.equal(moodleRefusal('1.2', 'cmi.interactions.0.student_response', 'niet-meelachen,a'), '');
  });
});
