/** Small valid documents for the schema tests; each call returns a fresh copy to change. */
import {readFileSync} from 'node:fs';
import type {Position} from '@upstander/schema';

export const REAL_LESSON = 'lessons/groep-7-8/wat-is-online-respect.json';

export const realLessonText = (): string => readFileSync(REAL_LESSON, 'utf8');

export function minimalLesson(): Record<string, any> {
  return {
    $schema: '../../packages/schema/lesson.schema.json',
    schemaVersion: 1,
    id: 'test-les',
    language: 'nl',
    title: 'Testles',
    summary: 'Een korte les om de validator te testen.',
    track: 'groep-7-8',
    audience: 'po',
    durationMinutes: 10,
    goals: ['Ik weet wat een reactie met iemand doet.'],
    kerndoelen: ['BU-PO-19A-u3'],
    helpPoints: [{name: 'De Kindertelefoon', description: 'Bel of chat gratis.', url: 'https://www.kindertelefoon.nl'}],
    facilitatorGuide: {
      preparation: ['Speel de les een keer door.'],
      steps: [
        {title: 'Start', minutes: 4, do: 'Toon het eerste scherm.', lessonSteps: ['welkom']},
        {title: 'Vraag', minutes: 6, do: 'Bespreek de vraag.', lessonSteps: ['vraag']},
      ],
      safety: ['Niemand hoeft iets persoonlijks te delen.'],
      aftercare: 'Vraag na de les hoe het gaat.',
    },
    steps: [
      {id: 'welkom', title: 'Welkom', activity: {type: 'information', body: 'Welkom bij de les.'}},
      {
        id: 'vraag',
        title: 'Wat doe jij?',
        activity: {
          type: 'choice',
          id: 'wat-doe-jij',
          question: 'Wat helpt?',
          options: [
            {id: 'a', text: 'Meelachen', feedback: 'Dat helpt niet.'},
            {id: 'b', text: 'Een lief berichtje sturen', correct: true, feedback: 'Dat helpt.'},
          ],
        },
      },
    ],
  };
}

export function minimalTrack(): Record<string, any> {
  return {
    $schema: '../packages/schema/track.schema.json',
    schemaVersion: 1,
    id: 'test-lijn',
    title: 'Testleerlijn',
    summary: 'Twee lessen.',
    track: 'groep-7-8',
    audience: 'po',
    lessons: [{lesson: 'test-les'}],
    completion: {rule: 'all'},
  };
}

export const json = (value: unknown): string => `${JSON.stringify(value, null, 2)}\n`;
export const bytes = (text: string): Uint8Array => new TextEncoder().encode(text);

/** Where `needle` starts in `text` (the nth occurrence, from 1), as an editor shows it. */
export function find(text: string, needle: string, nth = 1): Position {
  let at = -1;
  for (let i = 0; i < nth; i++) {
    at = text.indexOf(needle, at + 1);
    if (at < 0) throw new Error(`"${needle}" occurs fewer than ${nth} times`);
  }
  const before = text.slice(0, at).split('\n');
  return {line: before.length, column: before[before.length - 1]!.length + 1};
}

/** One valid activity of every type (the fields the tests change are kept short). */
export function activityExamples(): Record<string, Record<string, any>> {
  return {
    information: {type: 'information', body: 'Tekst.'},
    choice: {
      type: 'choice',
      id: 'keuze',
      question: 'Vraag?',
      options: [
        {id: 'a', text: 'A', correct: true, feedback: 'Goed.'},
        {id: 'b', text: 'B', feedback: 'Niet goed.'},
      ],
    },
    sort: {
      type: 'sort',
      id: 'sorteer',
      mode: 'classify',
      instruction: 'Sorteer.',
      categories: [
        {id: 'grapje', label: 'Grapje'},
        {id: 'kwetsend', label: 'Kwetsend'},
      ],
      items: [
        {id: 'een', text: 'Een', category: 'grapje'},
        {id: 'twee', text: 'Twee', category: 'kwetsend'},
      ],
    },
    'social-post': {
      type: 'social-post',
      id: 'post',
      platform: 'Klassenapp',
      post: {author: 'Mees', text: 'Kijk dit nou.'},
      comments: [{id: 'noor', author: 'Noor', text: 'Stop, dit is niet leuk.', likes: 2}],
      question: 'Wat doe je?',
      choices: [
        {id: 'like-noor', action: 'like', comment: 'noor', text: 'Like Noor', feedback: 'Zo steun je Noor.'},
        {id: 'negeer', action: 'ignore', text: 'Doorscrollen', feedback: 'Begrijpelijk.'},
      ],
    },
    'response-builder': {
      type: 'response-builder',
      id: 'reactie',
      situation: 'Iemand schrijft iets gemeens.',
      approaches: [{id: 'vraag', label: 'Stel een vraag', description: 'Vraag wat iemand bedoelt.'}],
      checklist: [{id: 'persoon', text: 'Ik val het bericht aan, niet de persoon.'}],
    },
    reflection: {type: 'reflection', id: 'reflectie', prompts: [{id: 'moeilijk', prompt: 'Wat vind jij moeilijk?', starters: ['Ik vind…']}]},
    survey: {type: 'survey', id: 'peiling', scale: 'likert', items: [{id: 'zien', statement: 'Ik zie vaak gemene berichten.'}]},
    story: {type: 'story', id: 'verhaal', title: 'Het verhaal van Sam', text: 'Sam vertelt.', questions: [{id: 'voelen', question: 'Hoe voelde Sam zich?'}]},
    roles: {
      type: 'roles',
      id: 'rollen',
      situation: 'Een filmpje gaat rond.',
      cards: [
        {id: 'mees', role: 'verspreider', text: 'Mees deelt het filmpje.'},
        {id: 'timo', role: 'doelwit', text: 'Timo leest alles.'},
        {id: 'fenna', role: 'omstander', text: 'Fenna zegt niets.'},
      ],
    },
    dilemma: {type: 'dilemma', id: 'dilemma', statements: [{id: 'grap', text: 'Een grap mag altijd.'}]},
    agreements: {type: 'agreements', id: 'afspraken', prompt: 'Welke afspraken maken we?', suggestions: [{id: 'lachen', text: 'We lachen met elkaar, niet om elkaar.'}]},
    'check-in': {type: 'check-in', id: 'hoe-gaat-het', question: 'Hoe voel je je nu?'},
    'check-out': {type: 'check-out', id: 'hoe-ging-het', question: 'Hoe voel je je nu?'},
    'help-points': {type: 'help-points'},
  };
}

/** The minimal lesson with `activity` as an extra last step. */
export function lessonWith(activity: Record<string, any>): Record<string, any> {
  const lesson = minimalLesson();
  lesson['steps'].push({id: 'extra', title: 'Extra', activity});
  return lesson;
}
