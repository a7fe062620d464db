import assert from 'node:assert/strict';
import {describe, it} from 'node:test';
import {Track, composeTrack, parseCompletion} from '../src/index.js';

const known = [
  {id: 'les-a', title: 'Les A', audience: 'vo' as const, track: 'bewustwording' as const, durationMinutes: 50},
  {id: 'les-b', title: 'Les B', audience: 'vo' as const, track: 'bewustwording' as const, durationMinutes: 45},
];

describe('composeTrack', () => {
  it('makes a valid track in the given order, taking audience and track from the first lesson', () => {
    const track = composeTrack({id: 'mijn-lijn', lessons: [{lesson: 'les-b'}, {lesson: 'les-a', variants: ['les-c']}], schema: 'track.schema.json'}, known);
    assert.equal(track.$schema, 'track.schema.json');
    assert.deepEqual(track.lessons, [{lesson: 'les-b'}, {lesson: 'les-a', variants: ['les-c']}]);
    assert.equal(track.audience, 'vo');
    assert.equal(track.track, 'bewustwording');
    assert.equal(track.summary, '2 lessen (95 minuten): Les B; Les A.');
    assert.deepEqual(track.completion, {rule: 'all'});
    assert.ok(Track.safeParse(track).success);
  });

  it('reads completion rules as the command line writes them', () => {
    assert.deepEqual(parseCompletion('all'), {rule: 'all'});
    assert.deepEqual(parseCompletion('count:2'), {rule: 'count', count: 2});
    assert.deepEqual(parseCompletion('mastery=80'), {rule: 'mastery', score: 80});
    assert.equal(parseCompletion('meeste'), undefined);
  });
});
