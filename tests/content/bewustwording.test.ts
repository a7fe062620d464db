// Content rules of the bewustwording track (issue 13) that the validator does not know about: five
// mentor hours of 45–50 minutes for vo, guide minutes that add up with skippable parts marked, the
// same anonymous poll before and after with positively worded items and a slip method (never counted
// hands), the class's own result used in lesson 1, stories for five grounds that each get a full
// story, no slurs and no extremism shown, help points for teenagers with current details, free text
// that stays on the device, a guide that covers every screen and the hard moments, printable
// handouts inside the lesson, and pupil text that most 12–16-year-olds in vmbo can read.
import assert from 'node:assert/strict';
import {describe, it} from 'node:test';
import {kerndoel, isSuperseded} from '@upstander/curriculum';
import type {Lesson, SurveyActivity} from '@upstander/schema';
import {fleschDouma, pupilScreens, pupilTexts, sentences, words} from './readability.js';
import {allStrings, assertFreeTextStaysOnDevice, assertNoSlurs, assertOurWords, trackLessons} from './rules.js';

const TRACK_FILE = 'tracks/bewustwording.json';
const ORDER = ['bw-wat-vind-jij', 'bw-achter-het-scherm', 'bw-mening-of-haat', 'bw-stille-middengroep', 'bw-wat-kun-jij-doen'];

/** Flesch–Douma target of the issue for learner text, per lesson; a floor per screen; the longest sentence. */
const TARGET = 60;
const SCREEN_FLOOR = 50;
const MAX_SENTENCE_WORDS = 20;

/** A step the facilitator may skip says so in its title. */
const SKIPPABLE = /overslaan mag|mag u overslaan/i;

const lessons = (): Lesson[] => trackLessons('bewustwording');

const surveyOf = (lesson: Lesson): SurveyActivity => {
  const surveys = lesson.steps.map((s) => s.activity).filter((a): a is SurveyActivity => a.type === 'survey');
  assert.equal(surveys.length, 1, `${lesson.id} has one survey`);
  return surveys[0]!;
};


describe(`the bewustwording track (${TRACK_FILE})`, () => {
  const all = lessons();

  it('plays five lessons in order, all vo and bewustwording, each a mentor hour of 45–50 minutes', () => {
    assert.deepEqual(all.map((l) => l.id), ORDER);
    for (const lesson of all) {
      assert.equal(lesson.audience, 'vo', lesson.id);
      assert.equal(lesson.track, 'bewustwording', lesson.id);
      assert.equal(lesson.language, 'nl', lesson.id);
      assert.ok(lesson.durationMinutes >= 45 && lesson.durationMinutes <= 50, `${lesson.id}: ${lesson.durationMinutes} min`);
    }
  });

  it('has guide minutes that add up to the lesson, with skippable parts marked and a core that fits', () => {
    for (const lesson of all) {
      const steps = lesson.facilitatorGuide.steps;
      const total = steps.reduce((sum, s) => sum + s.minutes, 0);
      assert.equal(total, lesson.durationMinutes, `${lesson.id}: guide minutes ${total}`);
      const skippable = steps.filter((s) => SKIPPABLE.test(s.title));
      assert.ok(skippable.length >= 1, `${lesson.id}: at least one part marked as skippable`);
      // What cannot be skipped still leaves room for a late start or a slow transition.
      const core = steps.filter((s) => !/^Extra/.test(s.title)).reduce((sum, s) => sum + s.minutes, 0);
      assert.ok(core <= lesson.durationMinutes - 3, `${lesson.id}: core ${core} min leaves at least 3 min slack`);
      // Every skippable step says in its text what to do when time runs out.
      for (const step of skippable) assert.match(step.do, /overslaan|sla .* over/i, `${lesson.id}: ${step.title}`);
    }
  });

  it('serves existing vo kerndoelen of 2025 and of 2006 in every lesson, none superseded', () => {
    for (const lesson of all) {
      for (const id of lesson.kerndoelen) {
        const k = kerndoel(id);
        assert.ok(k, `${lesson.id}: ${id} exists`);
        assert.equal(k.level, 'vo', `${lesson.id}: ${id} is a vo goal`);
        assert.ok(!isSuperseded(k), `${lesson.id}: ${id} is current`);
      }
      assert.ok(lesson.kerndoelen.some((k) => /^(BU|DG)-VO-\d+[A-Z]-u\d$/.test(k)), `${lesson.id}: a 2025 goal`);
      assert.ok(lesson.kerndoelen.some((k) => k.startsWith('VO-2006-')), `${lesson.id}: a 2006 goal`);
    }
  });

  it('asks the same anonymous, positively worded poll first in lesson 1 and again in lesson 5', () => {
    const before = surveyOf(all[0]!);
    const after = surveyOf(all.at(-1)!);
    assert.equal(before.anonymous, true);
    assert.equal(after.anonymous, true);
    assert.deepEqual([after.scale, after.points, after.labels], [before.scale, before.points, before.labels]);
    assert.deepEqual(after.items, before.items, 'same item ids and statements, so the results compare');
    for (const item of before.items) {
      assert.doesNotMatch(item.statement, /\b(niet|geen|nooit|niemand|niets|nergens)\b/i, `positively worded: ${item.statement}`);
    }
    // The own norm and the assumed class norm, so lesson 1 can show the gap from the class's own answers.
    const ids = before.items.map((i) => i.id);
    assert.ok(ids.includes('eigen-norm') && ids.includes('klas-norm'), 'own norm and assumed class norm');
    // The poll comes before any teaching: only the welcome and the check-in precede it.
    assert.ok(all[0]!.steps.findIndex((s) => s.activity.type === 'survey') <= 2);
  });

  it('runs the poll on anonymous slips with a tally sheet in the package, never counted hands', () => {
    for (const lesson of [all[0]!, all.at(-1)!]) {
      const survey = surveyOf(lesson);
      const handouts = lesson.facilitatorGuide.handouts ?? [];
      const slip = handouts.find((h) => h.for === 'pupils' && /strookje/i.test(h.title));
      assert.ok(slip, `${lesson.id}: a slip for pupils`);
      const slipText = allStrings(slip).join('\n');
      for (const item of survey.items) assert.ok(slipText.includes(item.statement), `${lesson.id}: slip has “${item.statement}”`);
      assert.match(slipText, /geen naam/i, `${lesson.id}: the slip says no name`);
      assert.ok(handouts.some((h) => h.for === 'facilitator' && /turflijst/i.test(h.title)), `${lesson.id}: a tally sheet`);
      const pollStep = lesson.facilitatorGuide.steps.find((s) => s.lessonSteps.includes(lesson.steps.find((st) => st.activity.type === 'survey')!.id));
      assert.ok(pollStep, `${lesson.id}: the guide shows the poll`);
      assert.match(pollStep.do, /strookje/i, `${lesson.id}: the poll step uses slips`);
      assert.doesNotMatch(allStrings(pollStep).join(' '), /vinger|hand(en)? op|handen tellen|steek/i, `${lesson.id}: no raised hands for the poll`);
      // The mentor counts the slips; pupils could recognise each other's handwriting.
      assert.match(allStrings(lesson.facilitatorGuide).join(' '), /geen leerlingen tellen|Laat leerlingen niet tellen/, `${lesson.id}: pupils do not count`);
    }
  });

  it('shows the class its own result in lesson 1 (the gap between own and assumed norm) and before/after in lesson 5', () => {
    for (const [lesson, screen] of [
      [all[0]!, 'onze-uitslag'],
      [all.at(-1)!, 'voor-en-na'],
    ] as const) {
      const poll = lesson.steps.findIndex((s) => s.activity.type === 'survey');
      const result = lesson.steps.findIndex((s) => s.id === screen);
      assert.ok(result > poll, `${lesson.id}: the result screen comes after the poll`);
      const guideStep = lesson.facilitatorGuide.steps.find((s) => s.lessonSteps.includes(screen));
      assert.ok(guideStep, `${lesson.id}: the guide shows ${screen}`);
      assert.match(guideStep.do, /turflijst|les 1/i, `${lesson.id}: the class's own tally is used`);
      assert.match(guideStep.do, /alleen aantallen|noem alleen/i, `${lesson.id}: only counts, never who`);
    }
  });

  it('gives each of five grounds its own full story in lesson 2, with what helped', () => {
    const grounds: [string, RegExp][] = [
      ['racisme', /huidskleur/],
      ['geloof', /geloof|hoofddoek/],
      ['LHBTIQ+', /op jongens val|homo|regenboog/],
      ['beperking', /rolstoel|beperking/],
      ['gender', /meisje ben/],
    ];
    const stories = all[1]!.steps.flatMap((s) => (s.activity.type === 'story' ? [s.activity] : []));
    assert.equal(stories.length, grounds.length, 'one story per ground');
    for (const [ground, pattern] of grounds) {
      const own = stories.filter((s) => pattern.test(s.text));
      assert.ok(own.length >= 1, `a story about ${ground}`);
      const story = own[0]!;
      assert.ok(words(story.text).length >= 120, `${ground}: a full story, not a token line (${words(story.text).length} words)`);
      assert.match(story.text, /Wat hielp\?/, `${ground}: ends with what helped`);
    }
    // Balanced casting: targets of more than one gender (named narrators), all stories in the first person.
    assert.ok(new Set(stories.map((s) => s.narrator)).size === stories.length, 'five different narrators');
    // The guide gives every story the same time: each group tells, no story left for form's sake.
    assert.match(JSON.stringify(all[1]!.facilitatorGuide), /evenveel/);
  });

  it('contains no slurs anywhere, masks the ones it refers to, and describes extremism without quoting it', () => {
    for (const lesson of all) {
      assertNoSlurs(lesson);
    }
    // The ladder in lesson 1 describes extremism; it never puts extremist words in someone's mouth.
    const ladder = all[0]!.steps.find((s) => s.id === 'ladder-sorteren')!.activity;
    assert.equal(ladder.type, 'sort');
    if (ladder.type !== 'sort') return;
    const extreme = ladder.items.filter((i) => i.category === 'extremisme');
    assert.ok(extreme.length >= 1);
    for (const item of extreme) assert.doesNotMatch(item.text, /[‘“"']/, `described, not quoted: ${item.text}`);
  });

  it('gives teenagers the help points of the issue with current contact details in every lesson', () => {
    for (const lesson of all) {
      const point = (name: RegExp) => {
        const found = lesson.helpPoints.find((h) => name.test(h.name));
        assert.ok(found, `${lesson.id}: ${name}`);
        return found;
      };
      const kt = point(/Kindertelefoon/);
      assert.match(kt.contact ?? '', /0800-0432/);
      assert.equal(kt.url, 'https://www.kindertelefoon.nl');
      assert.match(kt.description, /tot 18 jaar/);
      assert.equal(point(/Meld\.Online Discriminatie/).url, 'https://meld.onlinediscriminatie.nl');
      assert.equal(point(/^Discriminatie\.nl$/).url, 'https://www.discriminatie.nl');
      assert.equal(point(/Helpwanted/).url, 'https://www.helpwanted.nl');
      assert.match(point(/politie/i).contact ?? '', /112/);
      assert.match(point(/113/).contact ?? '', /113.*0800-0113/);
      assert.ok(lesson.helpPoints.some((h) => /volwassene/i.test(h.name)), `${lesson.id}: a trusted adult`);
      assert.ok(lesson.steps.some((s) => s.activity.type === 'help-points'), `${lesson.id}: a screen with the help points`);
    }
  });

  it('keeps free text on the device', () => assertFreeTextStaysOnDevice(all));

  it('says verspreider, doelwit and omstander, and names no real platform', () => assertOurWords(all));

  it('ends every lesson with a rehearsed step or reflection, and lesson 5 with each pupil’s own reply and the like simulation', () => {
    for (const lesson of all) {
      assert.ok(lesson.steps.some((s) => s.activity.type === 'reflection'), `${lesson.id}: a reflection`);
      assert.equal(lesson.steps.at(-1)!.activity.type, 'check-out', `${lesson.id}: ends with a check-out`);
    }
    const last = all.at(-1)!;
    assert.ok(last.steps.some((s) => s.activity.type === 'response-builder'), 'each pupil writes a reply');
    const posts = last.steps.flatMap((s) => (s.activity.type === 'social-post' ? [s.activity] : []));
    assert.equal(posts.length, 2, 'the thread before and after');
    const [before, after] = posts as [(typeof posts)[0], (typeof posts)[0]];
    const kind = before.choices.find((c) => c.action === 'like' && c.correct)!.comment!;
    const hateful = before.comments[0]!.id;
    assert.notEqual(kind, hateful);
    assert.equal(after.comments[0]!.id, kind, 'the kind reply is on top afterwards');
    assert.ok(after.comments.findIndex((c) => c.id === hateful) > 0, 'the hateful one has sunk');
    assert.ok(after.comments[0]!.likes > before.comments[0]!.likes, 'with more likes than the hate had');
  });

  it('has a guide that shows every screen and covers hurtful remarks, disclosure, opt-out and follow-up', () => {
    const repoPath = /\b(docs|lessons|tracks|packages|campaign)\/|\.(md|json|ts)\b/;
    for (const lesson of all) {
      const shown = new Set(lesson.facilitatorGuide.steps.flatMap((s) => s.lessonSteps));
      assert.deepEqual(
        lesson.steps.map((s) => s.id).filter((id) => !shown.has(id)),
        [],
        `${lesson.id}: screens the guide never shows`,
      );
      const guide = allStrings(lesson.facilitatorGuide).join('\n');
      assert.match(guide, /Begrens/, `${lesson.id}: set a limit`);
      assert.match(guide, /Nodig .*uit/, `${lesson.id}: invite reflection`);
      assert.match(guide, /Vertelt een leerling/, `${lesson.id}: a disclosure`);
      assert.match(guide, /passen/, `${lesson.id}: opt-out`);
      assert.match(guide, /zorgcoördinator/, `${lesson.id}: follow-up with the care coordinator`);
      assert.match(guide, /meldcode/, `${lesson.id}: the meldcode`);
      assert.match(guide, /slotronde/i, `${lesson.id}: a closing round`);
      assert.doesNotMatch(guide, repoPath, `${lesson.id}: no repository paths in teacher text`);
    }
    assert.match(allStrings(all.at(-1)!.facilitatorGuide).join('\n'), /campagnekit/, 'lesson 5 points to the campaign kit');
    assert.ok(
      (all[0]!.facilitatorGuide.handouts ?? []).some((h) => h.for === 'parents'),
      'a letter for parents in lesson 1',
    );
  });
});

describe(`readability of the bewustwording track (${TRACK_FILE})`, () => {
  for (const lesson of lessons()) {
    it(`${lesson.id}: Flesch–Douma at least ${TARGET}, every screen at least ${SCREEN_FLOOR}, no sentence over ${MAX_SENTENCE_WORDS} words`, (t) => {
      const texts = pupilTexts(lesson);
      const r = fleschDouma(texts);
      t.diagnostic(`${lesson.id}: Flesch–Douma ${r.score.toFixed(1)} (${r.sentences} sentences, ${r.words} words)`);
      assert.ok(r.score >= TARGET, `${lesson.id}: Flesch–Douma ${r.score.toFixed(1)} is below ${TARGET}`);
      const hard = pupilScreens(lesson)
        .map((screen) => ({id: screen.id, score: Math.round(fleschDouma(screen.texts).score * 10) / 10}))
        .filter((screen) => screen.score < SCREEN_FLOOR);
      assert.deepEqual(hard, [], `${lesson.id}: screens below ${SCREEN_FLOOR}`);
      const long = texts.flatMap((text) => sentences(text)).filter((s) => words(s).length > MAX_SENTENCE_WORDS);
      assert.deepEqual(long, [], `${lesson.id}: sentences longer than ${MAX_SENTENCE_WORDS} words`);
    });
  }
});
