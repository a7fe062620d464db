// The xAPI sink against the test LRS, in Node: what an answer becomes (a survey: one likert
// interaction per statement; an anonymous answer: nothing), and `progressed` once per step, also
// across a reload (issue 11, defects 8 and 9).
import assert from 'node:assert/strict';
import {after, before, describe, it} from 'node:test';
import type {LearnerState} from '@upstander/schema';
import {XapiSink} from '../src/xapi/xapi-sink.js';
import type {LessonInfo, SinkAnswer} from '../src/index.js';
import {memoryStorage as memory} from './memory-storage.js';
import {startLrs} from '../../../tests/lrs/lrs.js';
import type {TestLrs} from '../../../tests/lrs/lrs.js';

const LESSON: LessonInfo = {
  id: 'les',
  title: 'Les',
  kerndoelen: [],
  language: 'nl',
  stepCount: 6,
  activities: {
    peiling: {
      type: 'survey',
      options: [{id: '1', text: 'Helemaal oneens'}, {id: '2'}, {id: '3'}, {id: '4'}, {id: '5', text: 'Helemaal eens'}],
      items: [
        {id: 'veilig', text: 'Ik voel me veilig online.'},
        {id: 'reageren', text: 'Ik weet hoe ik kan reageren.'},
        {id: 'melden', text: 'Ik weet waar ik kan melden.'},
      ],
    },
  },
};

const answer = (activityId: string, response: string[], anonymous: boolean): SinkAnswer => ({
  lessonId: LESSON.id,
  stepId: 's',
  activityId,
  kind: 'scale',
  response,
  correctResponse: [],
  correct: null,
  scored: false,
  anonymous,
  textWithheld: false,
});

const state = (step: number): LearnerState => ({step, answers: {}, completed: false});
const progressed = (stepIndex: number) => ({lessonId: LESSON.id, stepId: `s${stepIndex}`, stepIndex, stepCount: 6});

describe('XapiSink', () => {
  let lrs: TestLrs;
  let n = 0;
  before(async () => {
    lrs = await startLrs();
  });
  after(async () => {
    await lrs.close();
  });

  const open = async (name: string, storage = memory()) => {
    const actor = {objectType: 'Agent' as const, account: {homePage: 'https://lms.example', name}};
    const sink = new XapiSink({endpoint: lrs.endpoint, auth: lrs.auth, actor}, LESSON, {storage, queue: {retryDelays: [20], jitter: 0}});
    const saved = await sink.start();
    return {sink, saved, storage, mine: () => lrs.statements.map((s) => s.statement).filter((s) => s['actor'].account?.name === name)};
  };

  it('sends a survey as one likert interaction per statement, with its scale', async () => {
    const {sink, mine} = await open(`p-${++n}`);
    sink.answered(answer('peiling', ['2', '5', '4'], false), state(0));
    assert.equal(await sink.drain(), true);
    const answered = mine().filter((s) => s['verb'].id.endsWith('/answered'));
    const survey = 'https://w3id.org/xapi/upstander/lessons/les/activities/peiling';
    assert.deepEqual(answered.map((s) => s['object'].id), ['veilig', 'reageren', 'melden'].map((id) => `${survey}/items/${id}`));
    assert.deepEqual(answered.map((s) => s['result'].response), ['2', '5', '4']);
    for (const s of answered) {
      assert.equal(s['object'].definition.interactionType, 'likert');
      assert.deepEqual(s['object'].definition.scale.map((c: {id: string}) => c.id), ['1', '2', '3', '4', '5']);
      assert.deepEqual(s['object'].definition.scale[0].description, {'nl-NL': 'Helemaal oneens'});
      assert.deepEqual(s['context'].contextActivities.other, [{objectType: 'Activity', id: survey}]);
    }
    assert.deepEqual(answered[1]!['object'].definition.name, {'nl-NL': 'Ik weet hoe ik kan reageren.'});
    sink.queue?.close();
  });

  it('sends a list of points it cannot name as one `other` interaction, never as likert', async () => {
    const {sink, mine} = await open(`p-${++n}`);
    sink.answered(answer('onbekend', ['2', '5'], false), state(0));
    assert.equal(await sink.drain(), true);
    const s = mine().find((x) => x['verb'].id.endsWith('/answered'))!;
    assert.equal(s['object'].definition.interactionType, 'other');
    assert.equal(s['result'].response, '2[,]5');
    sink.queue?.close();
  });

  it('sends no anonymous answer at all (it could be linked to the learner)', async () => {
    const before = lrs.requests.length;
    const {sink, mine} = await open(`p-${++n}`);
    sink.answered(answer('peiling', ['2', '5', '4'], true), state(0));
    sink.progressed(progressed(0), state(0));
    assert.equal(await sink.drain(), true);
    assert.ok(!mine().some((s) => s['verb'].id.endsWith('/answered')));
    assert.ok(!lrs.requests.slice(before).some((r) => r.body.includes('peiling') || r.body.includes('/anonymous')));
    sink.queue?.close();
  });

  it('reports each step once: not again on resume, after a reload or after going back', async () => {
    const name = `p-${++n}`;
    const first = await open(name);
    for (const step of [0, 1, 2, 1, 2]) {
      first.sink.progressed(progressed(step), state(step));
      first.sink.save(state(step), 'status');
    }
    assert.equal(await first.sink.drain(), true);
    first.sink.queue?.close();
    // A second device (fresh storage): the state document says how far progress was reported.
    const second = await open(name);
    assert.equal(second.saved?.step, 2);
    for (const step of [2, 3]) second.sink.progressed(progressed(step), state(step));
    second.sink.save(state(3), 'status');
    assert.equal(await second.sink.drain(), true);
    second.sink.queue?.close();
    const progress = first.mine().filter((s) => s['verb'].id.endsWith('/progressed')).map((s) => s['result'].extensions['https://w3id.org/xapi/cmi5/result/extensions/progress']);
    assert.deepEqual(progress, [0, 17, 33, 50]);
  });
});
