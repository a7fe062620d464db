// Content rules every track keeps, as assertions the tracks' content tests share.
import assert from 'node:assert/strict';
import type {Lesson} from '@upstander/schema';
import {pupilTexts} from './readability.js';

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
