// Content rules of the groep 7-8 track that the validator does not know about: what the curriculum
// team promised for this track (four lessons of 45 minutes, scored questions the current player can
// show, the same anonymous poll before and after, help points for children, privacy of free text,
// fictional content only, a guide that covers every screen).
import assert from 'node:assert/strict';
import {readFileSync, readdirSync} from 'node:fs';
import {join} from 'node:path';
import {describe, it} from 'node:test';
import {parseLesson, parseTrack} from '@upstander/schema';
import type {Lesson, SurveyActivity} from '@upstander/schema';
import {assertFreeTextStaysOnDevice, assertOurWords} from './rules.js';

const TRACK_FILE = 'tracks/groep-7-8.json';
const ORDER = ['g78-online-respect', 'g78-stop-en-denk', 'g78-omstanders-helpen', 'g78-onze-afspraken'];

function lessons(): Lesson[] {
  const byId = new Map<string, Lesson>();
  for (const name of readdirSync(join('lessons', 'groep-7-8'))) {
    if (!name.endsWith('.json')) continue;
    const result = parseLesson(JSON.parse(readFileSync(join('lessons', 'groep-7-8', name), 'utf8')));
    assert.ok(result.success, name);
    byId.set(result.data.id, result.data);
  }
  const track = parseTrack(JSON.parse(readFileSync(TRACK_FILE, 'utf8')));
  assert.ok(track.success);
  return track.data.lessons.map(({lesson}) => byId.get(lesson)!);
}

const surveyOf = (lesson: Lesson): SurveyActivity => {
  const surveys = lesson.steps.map((s) => s.activity).filter((a): a is SurveyActivity => a.type === 'survey');
  assert.equal(surveys.length, 1, `${lesson.id} has one survey`);
  return surveys[0]!;
};

describe(`the groep 7-8 track (${TRACK_FILE})`, () => {
  const all = lessons();

  it('plays the four lessons in order, all for po and the groep-7-8 track, each 45 minutes', () => {
    assert.deepEqual(
      all.map((l) => l?.id),
      ORDER,
    );
    for (const lesson of all) {
      assert.equal(lesson.audience, 'po', lesson.id);
      assert.equal(lesson.track, 'groep-7-8', lesson.id);
      assert.equal(lesson.durationMinutes, 45, lesson.id);
    }
  });

  it('has at least two scored choice questions in every lesson', () => {
    for (const lesson of all) {
      const scored = lesson.steps.filter((s) => s.activity.type === 'choice' && s.activity.scored);
      assert.ok(scored.length >= 2, `${lesson.id}: ${scored.length} scored choice questions`);
    }
  });

  it('serves current po kerndoelen of 2025 and of 2006 in every lesson', () => {
    for (const lesson of all) {
      assert.ok(lesson.kerndoelen.some((k) => /^(BU|DG)-PO-/.test(k)), `${lesson.id}: a 2025 goal`);
      assert.ok(lesson.kerndoelen.some((k) => k.startsWith('PO-2006-')), `${lesson.id}: a 2006 goal`);
    }
  });

  it('asks the same anonymous poll before (lesson 1) and after (lesson 4)', () => {
    const before = surveyOf(all[0]!);
    const after = surveyOf(all.at(-1)!);
    assert.equal(before.anonymous, true);
    assert.equal(after.anonymous, true);
    assert.deepEqual([after.scale, after.points, after.labels], [before.scale, before.points, before.labels]);
    assert.deepEqual(after.items, before.items, 'same item ids and statements, so the results compare');
    // The poll comes before any teaching in lesson 1 (only the welcome screen precedes it).
    assert.equal(all[0]!.steps.findIndex((s) => s.activity.type === 'survey'), 1);
  });

  it('gives children De Kindertelefoon, a trusted adult and the report button, with current contact details', () => {
    for (const lesson of all) {
      const kt = lesson.helpPoints.find((h) => h.name === 'De Kindertelefoon');
      assert.ok(kt, `${lesson.id}: De Kindertelefoon`);
      assert.match(kt.contact ?? '', /0800-0432/);
      assert.equal(kt.url, 'https://www.kindertelefoon.nl');
      assert.match(kt.description, /8 tot 18 jaar/);
      assert.ok(lesson.helpPoints.some((h) => /volwassene/i.test(h.name)), `${lesson.id}: a trusted adult`);
      assert.ok(lesson.helpPoints.some((h) => /meldknop/i.test(h.name)), `${lesson.id}: the report button`);
    }
  });

  it('keeps free text on the device', () => assertFreeTextStaysOnDevice(all));

  it('says verspreider, doelwit and omstander, and names no real platform', () => assertOurWords(all));

  it('has a guide that shows every screen at some point, with a closing round and the school’s protocols', () => {
    for (const lesson of all) {
      const shown = new Set(lesson.facilitatorGuide.steps.flatMap((s) => s.lessonSteps));
      assert.deepEqual(
        lesson.steps.map((s) => s.id).filter((id) => !shown.has(id)),
        [],
        `${lesson.id}: screens the guide never shows`,
      );
      const guide = JSON.stringify(lesson.facilitatorGuide);
      assert.match(guide, /slotronde/i, `${lesson.id}: a closing round`);
      assert.match(guide, /pestprotocol/, `${lesson.id}: the pestprotocol`);
      assert.match(guide, /meldcode/, `${lesson.id}: the meldcode`);
    }
  });

  it('needs no colour-emoji font: no emoji characters anywhere in a lesson', () => {
    for (const lesson of all) {
      const emoji = JSON.stringify(lesson).match(/\p{Extended_Pictographic}/gu) ?? [];
      assert.deepEqual(emoji, [], lesson.id);
    }
  });

  it('names no repository file in teacher text, and puts its printables in the package', () => {
    for (const lesson of all) {
      assert.doesNotMatch(JSON.stringify(lesson.facilitatorGuide), /docs\/|\.md\b|tracks\//, lesson.id);
      // Parts are named by their title, never by a number that breaks when a part moves ("lesdeel 5").
      assert.doesNotMatch(JSON.stringify(lesson.facilitatorGuide), /lesdeel \d/i, lesson.id);
    }
    const handouts = (i: number) => (all[i]!.facilitatorGuide.handouts ?? []).map((h) => h.id);
    assert.deepEqual(handouts(0), ['vooraankondiging-ouders', 'peilingsbriefje', 'turflijst-nulmeting', 'brief-ouders']);
    assert.deepEqual(handouts(2), ['ladderblad']);
    assert.deepEqual(handouts(3), ['peilingsbriefje', 'turflijst-voor-en-na', 'poster-afspraken', 'brief-ouders']);
    // The parents' letter: screenshots for oneself, except nude images (never screenshot or forward them).
    const letter = JSON.stringify(all[0]!.facilitatorGuide.handouts!.find((h) => h.id === 'brief-ouders'));
    assert.match(letter, /naaktbeelden[^"]*géén schermafbeelding[^"]*nooit door[^"]*Helpwanted\.nl of de politie[^"]*Meldpunt Kinderporno/);
    assert.deepEqual(all[3]!.facilitatorGuide.handouts!.find((h) => h.id === 'brief-ouders'), all[0]!.facilitatorGuide.handouts!.find((h) => h.id === 'brief-ouders'));
  });

  it('has an honest anonymous poll: positive statements, slips in a box, and true words on where totals are', () => {
    const poll = surveyOf(all[0]!);
    for (const item of poll.items) assert.doesNotMatch(item.statement, /\bniet\b/, `no double negative with "Klopt niet": ${item.statement}`);
    for (const lesson of [all[0]!, all[3]!]) {
      const guide = JSON.stringify(lesson.facilitatorGuide);
      assert.doesNotMatch(guide, /vingers op[^"]*klopt/i, `${lesson.id}: no counting of raised fingers`);
      assert.match(guide, /peilingsbriefje/, `${lesson.id}: slips`);
      assert.match(guide, /SCORM\)? en bij cmi5[^"]*nergens/, `${lesson.id}: SCORM and cmi5 never receive the answers`);
    }
    // Lesson 4 says "bijna iedereen" only when the tally of lesson 1 shows it.
    const closing = all[3]!.facilitatorGuide.steps.find((s) => s.lessonSteps.includes('wat-neem-ik-mee'))!;
    const says = closing.say.filter((line) => line.includes('Kijk: bijna iedereen'));
    assert.ok(says.length > 0 && says.every((line) => /^Zei in les 1/.test(line)), 'a condition before "bijna iedereen"');
  });

  it('does not say that all discrimination is forbidden', () => {
    for (const lesson of all) {
      const text = JSON.stringify(lesson);
      assert.doesNotMatch(text, /(is het|is dat|dat is) (zelfs )?verboden/i, lesson.id);
    }
  });

  it('lets pupils recognise discrimination on several grounds, with a second target story, and write their own helping message', () => {
    const lesson = all[2]!;
    const types = (type: string) => lesson.steps.filter((s) => s.activity.type === type);
    const sort = lesson.steps.find((s) => s.id === 'herken-discriminatie')!.activity;
    assert.equal(sort.type, 'sort');
    if (sort.type === 'sort') {
      assert.ok(sort.items.filter((i) => i.category === 'om-wie').length >= 5, 'several grounds');
      assert.ok(sort.items.some((i) => i.category !== 'om-wie'), 'and situations that are not discrimination');
    }
    assert.equal(types('story').length, 2, 'two target stories');
    // Both stories also in pictures with short sentences, for pupils who read with difficulty.
    for (const {activity} of types('story')) {
      assert.ok(activity.type === 'story' && (activity.panels?.length ?? 0) >= 3, `${activity.type === 'story' ? activity.id : ''}: an illustrated version`);
    }
    assert.equal(types('response-builder').length, 1, 'one own helping message');
  });
});
