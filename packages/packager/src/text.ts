/**
 * The few sentences packages show or write about a lesson (launch pages, descriptions in manifests),
 * in the lesson's language. Lesson text itself comes from the lesson.
 */
import type {Language} from '@upstander/schema';
import type {PackageInfo} from './source.js';

const TEXT = {
  nl: {
    loading: 'De les wordt geladen…',
    trackLoading: 'De leerlijn wordt geladen…',
    noScript: 'Deze les heeft JavaScript nodig. Vraag je leerkracht om hulp of open de les in een andere browser.',
    minutes: (n: number) => `${n} minuten`,
    lessons: (n: number) => `${n} ${n === 1 ? 'les' : 'lessen'}`,
    lessonOf: (i: number, n: number) => `Les ${i} van ${n}`,
    track: 'Leerlijn',
    overview: 'Overzicht van de leerlijn',
    previous: 'Vorige les',
    next: 'Volgende les',
    duration: 'Duur',
    kerndoelen: 'Kerndoelen (SLO)',
    variants: 'Of speel in plaats van een les hierboven:',
  },
  en: {
    loading: 'The lesson is loading…',
    trackLoading: 'The track is loading…',
    noScript: 'This lesson needs JavaScript. Ask your teacher or open it in another browser.',
    minutes: (n: number) => `${n} minutes`,
    lessons: (n: number) => `${n} ${n === 1 ? 'lesson' : 'lessons'}`,
    lessonOf: (i: number, n: number) => `Lesson ${i} of ${n}`,
    track: 'Track',
    overview: 'Overview of the track',
    previous: 'Previous lesson',
    next: 'Next lesson',
    duration: 'Duration',
    kerndoelen: 'Kerndoelen (SLO curriculum goals)',
    variants: 'Or play instead of a lesson above:',
  },
} as const;

export const text = (language: Language) => TEXT[language];

/** One line per kerndoel: its code, its text and its permanent SLO URI. */
export function kerndoelLines(info: PackageInfo): string[] {
  return info.kerndoelen.map((k) => `${k.id}: ${k.text} <${k.uri}>`);
}

/**
 * The description for catalogues that show only text (tincan.xml, cmi5.xml): the lesson's summary,
 * its duration and its kerndoelen with their SLO URIs, so an LMS admin sees the curriculum link.
 */
export function longDescription(info: PackageInfo, language: Language = info.language, description = info.description): string {
  const t = text(language);
  return [
    description,
    `${t.duration}: ${t.minutes(info.durationMinutes)}.`,
    `${t.kerndoelen}:\n${kerndoelLines(info).map((line) => `- ${line}`).join('\n')}`,
  ].join('\n\n');
}
