// Pupil-facing text of every lesson in the groep 7-8 track stays easy to read for 10–12-year-olds:
// a Flesch–Douma score at or above the track's target for the lesson as a whole, no screen below a
// floor (so one hard screen cannot hide in an easy lesson), and no very long sentence. The measure and its
// approximations are in readability.ts; the target, its reasons and the scores are in docs/content.md.
import assert from 'node:assert/strict';
import {readFileSync, readdirSync} from 'node:fs';
import {join} from 'node:path';
import {describe, it} from 'node:test';
import {parseLesson, parseTrack} from '@upstander/schema';
import type {Lesson} from '@upstander/schema';
import {fleschDouma, plain, pupilScreens, pupilTexts, sentences, syllables, words} from './readability.js';

/** The track's target for a whole lesson: Douma's band "gemakkelijk" (80–90) starts here. See docs/content.md. */
const TARGET = 80;
/** The floor for every single screen: Douma's band "vrij gemakkelijk" (70–80) starts here. */
const SCREEN_FLOOR = 70;
/** The longest sentence a pupil should meet, in words. */
const MAX_SENTENCE_WORDS = 20;

const TRACK_FILE = 'tracks/groep-7-8.json';

/** Every lesson under lessons/, by id (Dutch versions; one file per id and language). */
function lessonsById(): Map<string, {file: string; lesson: Lesson}> {
  const found = new Map<string, {file: string; lesson: Lesson}>();
  const walk = (dir: string) => {
    for (const entry of readdirSync(dir, {withFileTypes: true})) {
      const path = join(dir, entry.name);
      if (entry.isDirectory()) walk(path);
      else if (entry.name.endsWith('.json')) {
        const result = parseLesson(JSON.parse(readFileSync(path, 'utf8')));
        if (result.success && result.data.language === 'nl') found.set(result.data.id, {file: path, lesson: result.data});
      }
    }
  };
  walk('lessons');
  return found;
}

function trackLessons(): {file: string; lesson: Lesson}[] {
  const track = parseTrack(JSON.parse(readFileSync(TRACK_FILE, 'utf8')));
  assert.ok(track.success, `${TRACK_FILE} is a valid track`);
  const all = lessonsById();
  return track.data.lessons.map(({lesson}) => {
    const found = all.get(lesson);
    assert.ok(found, `lesson ${lesson} of the track exists in lessons/`);
    return found;
  });
}

describe('Dutch syllable counter (vowel groups)', () => {
  const cases: [string, number][] = [
    ['kat', 1],
    ['school', 1],
    ['fiets', 1],
    ['nieuw', 1], // ieu is one group
    ['mooi', 1], // ooi
    ['leuke', 2],
    ['appgroep', 2],
    ['meisje', 2],
    ['koeien', 2], // oei + e
    ['vrijheid', 2], // ij and ei
    ['doelwit', 2],
    ['omstander', 3],
    ['verspreider', 3],
    ['respectvol', 3],
    ['materiaal', 4], // ri-aal: i and aa are two syllables
    ['discriminatie', 5],
    ['Kindertelefoon', 5],
    ['privéberichtje', 5], // é counts as e
    ['ruïne', 3], // ï starts a new syllable
    ['geëerd', 2], // ë starts a new syllable and opens ee
    ['coördinator', 5],
    ['Ayla', 2],
    ['s', 1], // every word has at least one syllable
  ];
  for (const [word, count] of cases) {
    it(`${word}: ${count}`, () => assert.equal(syllables(word), count));
  }
});

describe('words, sentences and the formula', () => {
  it('counts words with letters only: no numbers, no emoji, a hyphenated word is one word', () => {
    assert.deepEqual(words('Bel 0800-0432 😂 – gratis, voor kinder-vragen!'), ['Bel', 'gratis', 'voor', 'kinder-vragen']);
  });

  it('ends sentences at . ! ? … (also before a closing quote) and at every line break', () => {
    assert.deepEqual(sentences('Noor schrijft: ‘Stop.’ Dan is het stil… Wat nu?\nEen titel zonder punt'), [
      'Noor schrijft: ‘Stop.’',
      'Dan is het stil…',
      'Wat nu?',
      'Een titel zonder punt',
    ]);
  });

  it('strips Markdown as the pupil sees it', () => {
    assert.equal(plain('**Stop.** Denk na.\n\n- *een* lijst'), 'Stop. Denk na.\n\neen lijst');
  });

  it('computes 206.835 − 0.93 × words/sentences − 77 × syllables/words', () => {
    // 6 words, 1 sentence, 6 syllables.
    const r = fleschDouma(['De kat zit op de mat.']);
    assert.deepEqual([r.sentences, r.words, r.syllables], [1, 6, 6]);
    assert.ok(Math.abs(r.score - (206.835 - 0.93 * 6 - 77 * 1)) < 1e-9);
    // Separate texts are not joined into one sentence: a title and a body are two.
    assert.equal(fleschDouma(['Welkom', 'Fijn dat je er bent.']).sentences, 2);
  });

  it('tells easy text from hard text: a children’s paragraph passes the target, a policy paragraph fails', () => {
    const easy =
      'Mila zit in groep acht. Ze heeft een nieuwe fiets. Na school rijdt ze naar het park. Daar wacht haar vriend Daan. Samen voeren ze de eendjes. Dan gaan ze naar huis.';
    const hard =
      'De implementatie van preventieve interventies binnen het primair onderwijs vereist een systematische afstemming tussen beleidsmatige kaders, professionalisering van leerkrachten en de beschikbaarheid van gevalideerde instrumenten voor monitoring en evaluatie. Daarnaast moeten organisaties de structurele borging van deze activiteiten in het curriculum realiseren.';
    assert.ok(fleschDouma([easy]).score >= TARGET, `easy: ${fleschDouma([easy]).score}`);
    assert.ok(fleschDouma([hard]).score < TARGET - 40, `hard: ${fleschDouma([hard]).score}`);
  });
});

describe(`readability of the groep 7-8 track (${TRACK_FILE})`, () => {
  const lessons = trackLessons();

  it('has at least four lessons', () => assert.ok(lessons.length >= 4, `${lessons.length} lessons`));

  for (const {file, lesson} of lessons) {
    it(`${lesson.id}: Flesch–Douma at least ${TARGET}, every screen at least ${SCREEN_FLOOR}, no sentence over ${MAX_SENTENCE_WORDS} words`, (t) => {
      const texts = pupilTexts(lesson);
      const r = fleschDouma(texts);
      t.diagnostic(
        `${file}: Flesch–Douma ${r.score.toFixed(1)} (${r.sentences} sentences, ${r.words} words, ${r.syllables} syllables, ` +
          `${(r.words / r.sentences).toFixed(1)} words/sentence, ${(r.syllables / r.words).toFixed(2)} syllables/word)`,
      );
      assert.ok(r.score >= TARGET, `${file}: Flesch–Douma ${r.score.toFixed(1)} is below the target ${TARGET}`);
      const hardScreens = pupilScreens(lesson)
        .map((screen) => ({id: screen.id, score: Math.round(fleschDouma(screen.texts).score * 10) / 10}))
        .filter((screen) => screen.score < SCREEN_FLOOR);
      assert.deepEqual(hardScreens, [], `${file}: screens below ${SCREEN_FLOOR}`);
      const long = texts
        .flatMap((text) => sentences(text))
        .filter((sentence) => words(sentence).length > MAX_SENTENCE_WORDS);
      assert.deepEqual(long, [], `${file}: sentences longer than ${MAX_SENTENCE_WORDS} words`);
    });
  }
});
