import assert from 'node:assert/strict';
import {describe, it} from 'node:test';
import {ACTIVITY_TYPES, Activity, Lesson, Track} from '@upstander/schema';
import type {ActivityInput, ActivityType, ChoiceActivity, LessonInput, SurveyActivity, TrackInput} from '@upstander/schema';
import {activityExamples, minimalLesson, minimalTrack, realLessonText} from './fixtures.js';

describe('Lesson', () => {
  it('reads the real lesson exactly as written: information and choice are unchanged', () => {
    const written = JSON.parse(realLessonText());
    assert.deepEqual(Lesson.parse(written), written);
  });

  it('fills the defaults an author may leave out, and its types come from the schema', () => {
    const draft: LessonInput = minimalLesson() as LessonInput;
    const lesson = Lesson.parse(draft);
    assert.equal(lesson.dir, 'ltr');
    assert.deepEqual(lesson.facilitatorGuide.materials, []);
    const choice = lesson.steps[1]!.activity as ChoiceActivity;
    assert.equal(choice.scored, true);
    assert.equal(choice.options[0]!.correct, false);
    const track: TrackInput = minimalTrack() as TrackInput;
    assert.deepEqual(Track.parse(track).completion, {rule: 'all'});
  });

  it('has one schema per activity type, with privacy-safe defaults', () => {
    const examples = activityExamples();
    assert.deepEqual(Object.keys(examples).sort(), [...ACTIVITY_TYPES].sort());
    const parsed = Object.fromEntries(
      Object.entries(examples).map(([type, example]) => [type, Activity.parse(example as ActivityInput)]),
    ) as Record<ActivityType, Activity>;
    const field = (type: ActivityType, name: string) => (parsed[type] as unknown as Record<string, unknown>)[name];
    for (const type of ['reflection', 'response-builder', 'story', 'agreements'] as const) assert.equal(field(type, 'shareText'), false, type);
    const survey = parsed.survey as SurveyActivity;
    assert.equal(survey.anonymous, true);
    assert.equal(survey.points, 5);
    assert.equal(field('social-post', 'scored'), false);
    assert.equal(field('sort', 'scored'), true);
    assert.equal(field('response-builder', 'freeText'), true);
    assert.equal(field('dilemma', 'standOnTheLine'), false);
    assert.equal(field('check-in', 'points'), 5);
    assert.ok(!('shareText' in parsed['check-in']) && !('shareText' in parsed['check-out']), 'check-in and check-out never share');
  });

  it('gives every tracked activity an id, and none to information and help points', () => {
    for (const [type, example] of Object.entries(activityExamples())) {
      const {id: _, ...withoutId} = example;
      const result = Activity.safeParse(withoutId);
      assert.equal(result.success, type === 'information' || type === 'help-points', type);
    }
  });
});
