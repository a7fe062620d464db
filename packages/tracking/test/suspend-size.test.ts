// cmi.suspend_data must fit SCORM 1.2's 4096 bytes for every lesson. For each lesson in lessons/
// this simulates a full run: every step passed, the lesson completed and every tracked activity
// answered with every id it has (options, items, statements…), so the measure is an upper bound.
import assert from 'node:assert/strict';
import {readFileSync, readdirSync, statSync} from 'node:fs';
import {join} from 'node:path';
import {describe, it} from 'node:test';
import {parseLesson, parseTrack} from '@upstander/schema';
import {fullLearnerState, fullTrackState} from '@upstander/schema/state';
import {SUSPEND_DATA_LIMIT, byteLength, decodeState, decodeTrackState, encodeState, encodeStateWithin, encodeTrackState} from '../src/index.js';

function lessonFiles(dir: string): string[] {
  return readdirSync(dir)
    .sort()
    .flatMap((name) => {
      const path = join(dir, name);
      if (statSync(path).isDirectory()) return lessonFiles(path);
      return name.endsWith('.json') ? [path] : [];
    });
}

const files = lessonFiles('lessons');

describe('suspend data of every lesson', () => {
  it('finds lessons to measure', () => assert.ok(files.length > 0));

  for (const file of files) {
    it(`fits SCORM 1.2 for ${file}`, () => {
      const parsed = parseLesson(JSON.parse(readFileSync(file, 'utf8')));
      assert.ok(parsed.success, `${file} is a valid lesson`);
      const state = fullLearnerState(parsed.data);
      const text = encodeState(state);
      const bytes = byteLength(text);
      console.log(`  ${file}: ${bytes} of ${SUSPEND_DATA_LIMIT} bytes for ${Object.keys(state.answers).length} answers`);
      assert.ok(bytes <= SUSPEND_DATA_LIMIT, `${file}: ${bytes} bytes > ${SUSPEND_DATA_LIMIT}`);
      assert.deepEqual(decodeState(text), state, 'it decodes back to the same state');
    });
  }

  it('cuts whole answers, never half a part, when a state would not fit', () => {
    const answers = Object.fromEntries(Array.from({length: 200}, (_, i) => [`vraag-${'x'.repeat(40)}-${i}`, ['optie-a', 'optie-b']]));
    const state = {step: 12, completed: false, answers};
    const text = encodeStateWithin(state, SUSPEND_DATA_LIMIT);
    assert.ok(byteLength(text) <= SUSPEND_DATA_LIMIT);
    const decoded = decodeState(text)!;
    assert.equal(decoded.step, 12);
    const kept = Object.keys(decoded.answers);
    assert.ok(kept.length > 0 && kept.length < 200);
    assert.deepEqual(kept, Object.keys(answers).slice(0, kept.length), 'the first answers are kept, in order');
  });
});

// A track played as one SCO keeps every lesson's state in one cmi.suspend_data (track-state.ts). For
// each track in tracks/ and examples/tracks/, in every language its lessons exist in: every lesson and
// variant at its largest state (as above), finished with a score, the longest lesson id as current.
describe('suspend data of every track', () => {
  const lessons = files.map((file) => parseLesson(JSON.parse(readFileSync(file, 'utf8')))).flatMap((r) => (r.success ? [r.data] : []));
  const tracks = ['tracks', 'examples/tracks'].flatMap((dir) => lessonFiles(dir));

  it('finds tracks to measure', () => assert.ok(tracks.length > 0));

  for (const file of tracks) {
    const parsed = parseTrack(JSON.parse(readFileSync(file, 'utf8')));
    const track = parsed.success ? parsed.data : undefined;
    const ids = track ? track.lessons.flatMap((p) => [p.lesson, ...(p.variants ?? [])]) : [];
    const languages = [...new Set(lessons.map((l) => l.language))].filter((language) =>
      track?.lessons.every((p) => lessons.some((l) => l.id === p.lesson && l.language === language)),
    );
    if (languages.length === 0) it(`measures ${file}`, () => assert.fail(`${file}: not a valid track, or its lessons are not in lessons/`));
    for (const language of languages) {
      const played = ids.flatMap((id) => lessons.filter((l) => l.id === id && l.language === language));

      it(`fits SCORM 1.2 for ${file} (${language})`, () => {
        const state = fullTrackState(played);
        const text = encodeTrackState(state);
        const bytes = byteLength(text);
        console.log(`  ${file} (${language}): ${bytes} of ${SUSPEND_DATA_LIMIT} bytes for ${played.length} lessons`);
        assert.ok(bytes <= SUSPEND_DATA_LIMIT, `${file}: ${bytes} bytes > ${SUSPEND_DATA_LIMIT}`);
        assert.deepEqual(decodeTrackState(text), state, 'it decodes back to the same state');
      });
    }
  }
});
