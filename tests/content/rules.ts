// Content rules every track keeps, as assertions the tracks' content tests share.
import assert from 'node:assert/strict';
import {readFileSync, readdirSync} from 'node:fs';
import {join} from 'node:path';
import {parseLesson, parseTrack} from '@upstander/schema';
import type {Lesson} from '@upstander/schema';
import {pupilTexts} from './readability.js';

/** The lessons of tracks/<track>.json, parsed from lessons/<track>/, in the track's order. */
export function trackLessons(track: string): Lesson[] {
  const dir = join('lessons', track);
  const file = `tracks/${track}.json`;
  const byId = new Map<string, Lesson>();
  for (const name of readdirSync(dir)) {
    if (!name.endsWith('.json')) continue;
    const result = parseLesson(JSON.parse(readFileSync(join(dir, name), 'utf8')));
    assert.ok(result.success, name);
    byId.set(result.data.id, result.data);
  }
  const parsed = parseTrack(JSON.parse(readFileSync(file, 'utf8')));
  assert.ok(parsed.success, file);
  assert.equal(parsed.data.track, track);
  return parsed.data.lessons.map(({lesson}) => {
    const found = byId.get(lesson);
    assert.ok(found, `lesson ${lesson} exists in ${dir}`);
    return found;
  });
}

/** Every string in a value, deeply. */
export const allStrings = (value: unknown): string[] =>
  typeof value === 'string' ? [value] : Array.isArray(value) ? value.flatMap(allStrings) : value && typeof value === 'object' ? Object.values(value).flatMap(allStrings) : [];

// Dutch slurs and disease curses that must never appear in any text of a lesson (pupil text, guide or
// handout). Stored encoded so this file does not spell them out; decoded at run time.
const SLURS = Buffer.from(
  'bmVnZXIsbmVnZXJzLG5pa2tlcixuaWtrZXJzLHp3YXJ0amUsbWFrYWssbWFrYWtrZW4sa2Fra2VybGFrLGdlaXRlbm5ldWtlcixnZWl0ZW5uZXVrZXJzLGthbmtlcmpvb2QsZmxpa2tlcixmbGlra2Vycyxwb290LG1pZXRqZSxsZXNibyxtb25nb29sLG1vbmdvbGVuLHNwYXN0LHNwYXN0ZW4sa2Fua2VybW9uZ29vbCxkZWJpZWwscmV0YXJkLGhvZXIsc2xldCxrYW5rZXIsdGVyaW5nLHR5ZnVzLGt1dA==',
  'base64',
)
  .toString('utf8')
  .split(',');

/** No slur in any text of the lesson, pupil's or facilitator's. */
export function assertNoSlurs(lesson: Lesson): void {
  const text = allStrings(lesson).join('\n').toLowerCase();
  for (const slur of SLURS) {
    assert.doesNotMatch(text, new RegExp(`(^|[^\\p{L}])${slur}([^\\p{L}]|$)`, 'u'), `${lesson.id}: a slur (#${SLURS.indexOf(slur)})`);
  }
}

/** Social media the lessons never name: the examples are fictional, so is the platform. */
const PLATFORMS = /\b(whatsapp|tiktok|instagram|snapchat|youtube|facebook|twitter|discord|roblox|minecraft|fortnite|telegram|signal|twitch|reddit)\b/i;

/** No activity sends a pupil's own words: free text stays on the device. */
export function assertFreeTextStaysOnDevice(lessons: readonly Lesson[]): void {
  for (const lesson of lessons) {
    for (const {activity} of lesson.steps) {
      if ('shareText' in activity) assert.equal(activity.shareText, false, `${lesson.id}: ${activity.type}`);
    }
  }
}

/** Pupils read verspreider, doelwit and omstander (not dader, slachtoffer), and no real platform. */
export function assertOurWords(lessons: readonly Lesson[]): void {
  for (const lesson of lessons) {
    const text = pupilTexts(lesson).join('\n');
    assert.doesNotMatch(text, /\b(dader|daders|slachtoffer|slachtoffers)\b/i, lesson.id);
    assert.doesNotMatch(text, PLATFORMS, lesson.id);
  }
}
