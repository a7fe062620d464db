// The tracker's own rules, with a sink that records what it is given: the privacy policy is applied
// once, centrally, before any sink sees an answer; what may not leave stays on the device.
import assert from 'node:assert/strict';
import {describe, it} from 'node:test';
import type {LearnerState} from '@upstander/schema';
import {Tracker, policyFor, screen} from '../src/index.js';
import type {AnswerEvent, Sink, SinkAnswer} from '../src/index.js';
import {memoryStorage as memory} from './memory-storage.js';

class RecordingSink implements Sink {
  readonly kind = 'local';
  answers: SinkAnswer[] = [];
  saved: LearnerState[] = [];
  start(): undefined {
    return undefined;
  }
  progressed(): void {}
  answered(detail: SinkAnswer): void {
    this.answers.push(detail);
  }
  completed(): void {}
  save(state: LearnerState): boolean {
    this.saved.push(state);
    return true;
  }
  finish(): void {}
  learnerKey(): string {
    return 'local-test';
  }
}


const answer = (activityId: string, extra: Partial<AnswerEvent> = {}): AnswerEvent => ({
  lessonId: 'les',
  stepId: `stap-${activityId}`,
  activityId,
  kind: 'choice',
  response: ['a'],
  correctResponse: [],
  correct: null,
  scored: false,
  ...extra,
});

// A lesson as the schema describes it, with the activities that carry privacy settings.
const lesson = {
  steps: [
    {id: 's1', title: 'x', activity: {type: 'choice', id: 'vraag', question: 'q', options: [], scored: false}},
    {id: 's2', title: 'x', activity: {type: 'reflection', id: 'prive', prompts: [], shareText: false}},
    {id: 's3', title: 'x', activity: {type: 'reflection', id: 'gedeeld', prompts: [], shareText: true}},
    {id: 's4', title: 'x', activity: {type: 'survey', id: 'enquete', scale: 'likert', points: 5, items: [], anonymous: true}},
    {id: 's5', title: 'x', activity: {type: 'survey', id: 'open-enquete', scale: 'likert', points: 5, items: [], anonymous: false}},
    {id: 's6', title: 'x', activity: {type: 'check-in', id: 'hoe-gaat-het', question: 'q', points: 5}},
    {id: 's7', title: 'x', activity: {type: 'information', body: 'x'}},
  ],
} as unknown as Parameters<typeof policyFor>[0];

describe('privacy policy', () => {
  const policy = policyFor(lesson);

  it('is read from the lesson: shareText, anonymous surveys, local-only check-in and check-out', () => {
    assert.deepEqual([...policy.shareText], ['gedeeld']);
    assert.deepEqual([...policy.anonymous], ['enquete']);
    assert.deepEqual([...policy.localOnly], ['hoe-gaat-het']);
  });

  it('withholds free text unless the activity shares it', () => {
    const text = {p1: 'Ik schaamde me toen Sam dat zei'};
    const kept = screen(answer('prive', {kind: 'text', response: [], text}), policy).forSinks!;
    assert.equal(kept.text, undefined);
    assert.equal(kept.textWithheld, true);
    const shared = screen(answer('gedeeld', {kind: 'text', response: [], text}), policy).forSinks!;
    assert.deepEqual(shared.text, text);
    assert.equal(shared.textWithheld, false);
    const unknown = screen(answer('niet-in-de-les', {kind: 'text', response: [], text}), policy).forSinks!;
    assert.equal(unknown.text, undefined, 'an activity the policy does not know is private');
  });

  it('treats anything in response that is not an id as free text', () => {
    const smuggled = screen(answer('vraag', {response: ['a', 'Mijn buurman heet Piet']}), policy).forSinks!;
    assert.deepEqual(smuggled.response, ['a']);
    assert.equal(smuggled.textWithheld, true);
  });

  it('lets item.category pairs of a classifying sort through as ids', () => {
    const sorted = screen(answer('vraag', {kind: 'sort', response: ['grapje.oke', 'schelden.niet-oke']}), policy).forSinks!;
    assert.deepEqual(sorted.response, ['grapje.oke', 'schelden.niet-oke']);
    assert.equal(sorted.textWithheld, false);
  });

  it('marks anonymous survey answers and keeps check-in answers from every sink', () => {
    assert.equal(screen(answer('enquete', {kind: 'scale'}), policy).forSinks?.anonymous, true);
    assert.equal(screen(answer('open-enquete', {kind: 'scale'}), policy).forSinks?.anonymous, false);
    assert.deepEqual(screen(answer('hoe-gaat-het', {kind: 'scale'}), policy), {privateOnly: true});
  });
});

describe('Tracker', () => {
  it('gives sinks only what the policy lets through, and keeps the rest on the device', async () => {
    const sink = new RecordingSink();
    const storage = memory();
    const tracker = new Tracker(sink, {policy: policyFor(lesson), storage, lessonId: 'les'});
    await tracker.start();
    tracker.answered(answer('vraag'));
    tracker.answered(answer('prive', {kind: 'text', response: [], text: {p1: 'geheim verhaal'}}));
    tracker.answered(answer('enquete', {kind: 'scale', response: ['p4']}));
    tracker.answered(answer('hoe-gaat-het', {kind: 'scale', response: ['p2']}));
    tracker.flush('timer');
    assert.deepEqual(sink.answers.map((a) => [a.activityId, a.anonymous, a.textWithheld]), [
      ['vraag', false, false],
      ['prive', false, true],
      ['enquete', true, false],
    ]);
    assert.ok(!JSON.stringify(sink.answers).includes('geheim'));
    assert.deepEqual(sink.saved.at(-1)!.answers, {vraag: ['a']}, 'anonymous and local answers stay out of the stored state');
    assert.deepEqual(tracker.privateAnswers()['prive'], {response: [], text: {p1: 'geheim verhaal'}});
    assert.deepEqual(tracker.resumeState().answers, {vraag: ['a'], prive: [], enquete: ['p4'], 'hoe-gaat-het': ['p2']});
    assert.deepEqual(tracker.resumeState().texts, {prive: {p1: 'geheim verhaal'}}, 'the pupil gets their words back on this device');
    // On this device the pupil gets their own words back; the key is per learner.
    const again = new Tracker(new RecordingSink(), {policy: policyFor(lesson), storage, lessonId: 'les'});
    await again.start();
    assert.equal(again.privateAnswers()['prive']?.text?.['p1'], 'geheim verhaal');
    assert.ok([...storage.map.keys()].every((k) => !k.includes('journal')), 'no journal once the sink confirmed');
  });
});
