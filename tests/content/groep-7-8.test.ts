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
import {pupilTexts} from './readability.js';

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

  it('keeps free text on the device', () => {
    for (const lesson of all) {
      for (const {activity} of lesson.steps) {
        if ('shareText' in activity) assert.equal(activity.shareText, false, `${lesson.id}: ${activity.type}`);
      }
    }
  });

  it('says verspreider, doelwit and omstander, and names no real platform', () => {
    const platforms = /\b(whatsapp|tiktok|instagram|snapchat|youtube|facebook|twitter|discord|roblox|minecraft|fortnite|telegram|signal|twitch)\b/i;
    for (const lesson of all) {
      const text = pupilTexts(lesson).join('\n');
      assert.doesNotMatch(text, /\b(dader|daders|slachtoffer|slachtoffers)\b/i, lesson.id);
      assert.doesNotMatch(text, platforms, lesson.id);
    }
  });

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
});
