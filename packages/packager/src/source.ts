/**
 * What a package is built from: one lesson, or one track with its lessons, together with the
 * metadata every format writes (title, description, language, duration, kerndoelen, the activity IRI).
 * Computed once here, so the SCORM, xAPI, cmi5 and web writers all say the same thing.
 */
import {kerndoel} from '@upstander/curriculum';
import type {Kerndoel} from '@upstander/curriculum';
import type {Audience, Language, Lesson, Track} from '@upstander/schema';

import {DEFAULT_IRI_BASE, courseIri, lessonIri, trackIri} from '@upstander/schema/xapi';

/**
 * The base of every IRI we publish (lessons, tracks, cmi5 courses) is the one of the xAPI vocabulary
 * (@upstander/schema/xapi). Launch pages carry it in `data-upstander-iri-base`, so the statements of a
 * page always match the IRIs of its package.
 */
export {DEFAULT_IRI_BASE};

/**
 * An LRS that standalone pages (the web folder) send xAPI statements to, under the learner's random
 * pseudonym. `auth` is the Authorization header value (e.g. `Basic …`); it is public to anyone who can
 * open the page, so use credentials that may only write statements.
 */
export interface XapiConfig {
  endpoint: string;
  auth?: string;
}

export interface SourceOptions {
  /**
   * The pass mark in percent (0–100) for lessons with scored questions. Without it a lesson is only
   * completed, never passed or failed (see docs/decisions/0003-packages-and-embed.md). A track whose
   * completion rule is `mastery` uses the track's own score.
   */
  masteryScore?: number;
  /** Overrides DEFAULT_IRI_BASE. */
  iriBase?: string;
  /** An LRS for the web folder's pages (not for LMS packages: there the LMS says where statements go). */
  xapi?: XapiConfig;
}

export interface PackageInfo {
  kind: 'lesson' | 'track';
  id: string;
  /** The file-name stem of its packages: the id, with `.<language>` for a language other than Dutch. */
  name: string;
  language: Language;
  dir: 'ltr' | 'rtl';
  title: string;
  description: string;
  durationMinutes: number;
  audience: Audience;
  /** The SLO kerndoelen, with their permanent URIs, in the order the lesson (or the track's lessons) name them. */
  kerndoelen: Kerndoel[];
  /** Whether any question counts towards a score. */
  scored: boolean;
  /** The pass mark in percent, when the package has one (only when `scored`). */
  masteryScore: number | undefined;
  /** The base of the IRIs (see DEFAULT_IRI_BASE). */
  iriBase: string;
  /** The stable IRI of this lesson or track as an xAPI and cmi5 activity: `<iriBase>/lessons/<id>` or `/tracks/<id>`. */
  activityId: string;
  /** The IRI of its cmi5 course: the track itself, or a course wrapping the lesson (a course and its AU differ). */
  courseId: string;
  /** The LRS for standalone pages, if the build has one. */
  xapi: XapiConfig | undefined;
  /** Title and description in every language the lesson exists in (this package's language first). */
  localized: {language: Language; title: string; description: string}[];
}

export interface LessonSource {
  kind: 'lesson';
  info: PackageInfo;
  lesson: Lesson;
}

export interface TrackSource {
  kind: 'track';
  info: PackageInfo;
  track: Track;
  /** The lessons a learner plays, one per place in the track, in order (the main lesson of each place). */
  lessons: Lesson[];
  /** Lessons that may stand in for one of `lessons` (a place's variants), in track order. */
  variants: Lesson[];
  /** The package metadata of each of `lessons`, then of each of `variants`, as if each were packaged alone. */
  lessonInfo: PackageInfo[];
}

export type PackageSource = LessonSource | TrackSource;

const base = (options: SourceOptions) => (options.iriBase ?? DEFAULT_IRI_BASE).replace(/\/+$/, '');


/** Whether any activity of the lesson counts towards its score. */
export function isScored(lesson: Lesson): boolean {
  return lesson.steps.some((step) => 'scored' in step.activity && step.activity.scored === true);
}

function kerndoelenOf(ids: readonly string[], where: string): Kerndoel[] {
  return [...new Set(ids)].map((id) => {
    const goal = kerndoel(id);
    if (!goal) throw new Error(`${where}: unknown kerndoel "${id}" (not in @upstander/curriculum)`);
    return goal;
  });
}

function checkMastery(score: number | undefined): number | undefined {
  if (score !== undefined && !(score >= 0 && score <= 100)) throw new Error(`mastery score ${score} is not between 0 and 100`);
  return score;
}

/** A percentage as a scaled score (0–1, at most 4 decimals), as SCORM 2004 and cmi5 write it. */
export const scaled = (percent: number): string => String(Number((percent / 100).toFixed(4)));

const fileName = (id: string, language: Language) => (language === 'nl' ? id : `${id}.${language}`);

/**
 * A lesson as a package source. `translations` may hold the same lesson in other languages (same id);
 * their titles and descriptions are added to the metadata of formats that carry several languages.
 */
export function lessonSource(lesson: Lesson, options: SourceOptions = {}, translations: readonly Lesson[] = []): LessonSource {
  const scored = isScored(lesson);
  const others = translations.filter((t) => t.id === lesson.id && t.language !== lesson.language);
  return {
    kind: 'lesson',
    lesson,
    info: {
      kind: 'lesson',
      id: lesson.id,
      name: fileName(lesson.id, lesson.language),
      language: lesson.language,
      dir: lesson.dir,
      title: lesson.title,
      description: lesson.summary,
      durationMinutes: lesson.durationMinutes,
      audience: lesson.audience,
      kerndoelen: kerndoelenOf(lesson.kerndoelen, `lesson ${lesson.id}`),
      scored,
      masteryScore: scored ? checkMastery(options.masteryScore) : undefined,
      iriBase: base(options),
      activityId: lessonIri(base(options), lesson.id),
      courseId: courseIri(base(options), lesson.id),
      xapi: options.xapi,
      localized: [lesson, ...others].map((l) => ({language: l.language, title: l.title, description: l.summary})),
    },
  };
}

/**
 * A track in every language in which all of its lessons exist (Dutch first). Variants that do not
 * exist in that language are left out. Throws when the track cannot be built in any language.
 */
export function trackSources(track: Track, lessons: readonly Lesson[], options: SourceOptions = {}): TrackSource[] {
  const find = (id: string, language: Language) => lessons.find((l) => l.id === id && l.language === language);
  const languages = [...new Set(lessons.map((l) => l.language))].sort((a, b) => (a === 'nl' ? -1 : b === 'nl' ? 1 : a < b ? -1 : 1));
  const sources: TrackSource[] = [];
  for (const language of languages) {
    const main = track.lessons.map((entry) => find(entry.lesson, language));
    if (main.some((l) => l === undefined)) continue;
    const played = main as Lesson[];
    const variants = track.lessons.flatMap((entry) => (entry.variants ?? []).map((id) => find(id, language))).filter((l): l is Lesson => !!l);
    const scored = played.some(isScored);
    const mastery = track.completion.rule === 'mastery' ? track.completion.score : options.masteryScore;
    sources.push({
      kind: 'track',
      track,
      lessons: played,
      variants,
      lessonInfo: [...played, ...variants].map((l) => lessonSource(l, options).info),
      info: {
        kind: 'track',
        id: track.id,
        name: fileName(track.id, language),
        language,
        dir: played[0]!.dir,
        title: track.title,
        description: track.summary,
        durationMinutes: played.reduce((sum, l) => sum + l.durationMinutes, 0),
        audience: track.audience,
        kerndoelen: kerndoelenOf(played.flatMap((l) => l.kerndoelen), `track ${track.id}`),
        scored,
        masteryScore: scored ? checkMastery(mastery) : undefined,
        iriBase: base(options),
        activityId: trackIri(base(options), track.id),
        courseId: trackIri(base(options), track.id),
        xapi: options.xapi,
        localized: [{language, title: track.title, description: track.summary}],
      },
    });
  }
  if (sources.length === 0) {
    const missing = track.lessons.filter((entry) => !lessons.some((l) => l.id === entry.lesson)).map((e) => e.lesson);
    throw new Error(
      missing.length > 0
        ? `track ${track.id}: lesson${missing.length === 1 ? '' : 's'} not found: ${missing.join(', ')}`
        : `track ${track.id}: its lessons do not all exist in one language`,
    );
  }
  return sources;
}
