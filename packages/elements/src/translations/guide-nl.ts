import type {Language} from '@upstander/schema';
import {guideEn} from './guide-en.js';
import type {GuideTranslation} from './guide-translation.js';

export type {GuideTranslation} from './guide-translation.js';

const list = (numbers: number[], and: string) =>
  numbers.length < 2 ? numbers.join('') : `${numbers.slice(0, -1).join(', ')} ${and} ${numbers.at(-1)}`;

/** Nederlands. */
export const guideNl: GuideTranslation = {
  lessonsDone: (done, total) => `${done} van ${total} ${total === 1 ? 'les' : 'lessen'} afgerond`,
  ruleAll: 'De leerlijn is af als alle lessen zijn afgerond.',
  ruleCount: (count, total) => `De leerlijn is af als ${count} van de ${total} lessen zijn afgerond.`,
  ruleMastery: (score) => `De leerlijn is af als alle lessen zijn afgerond, met een gemiddelde score van minstens ${score}%.`,
  averageScore: (score) => `Gemiddelde score nu: ${score}%`,
  trackComplete: 'Leerlijn afgerond',
  trackIncomplete: 'Nog niet afgerond',
  lessonList: 'Lessen',
  nextLesson: 'Volgende les',
  done: 'Afgerond',
  todo: 'Nog te doen',
  scorePercent: (score) => `Score: ${score}%`,
  doneAs: (title) => `Afgerond als: ${title}`,
  variants: 'Of speel een andere versie:',
  missingLesson: (id) => `Deze les is niet beschikbaar (${id}).`,
  goals: 'Doelen',

  minutes: (n) => `${n} ${n === 1 ? 'minuut' : 'minuten'}`,
  opensInNewWindow: '(opent in een nieuw venster)',

  guide: 'Draaiboek voor de begeleider',
  print: 'Draaiboek afdrukken',
  duration: 'Duur',
  track: 'Leerlijn',
  audience: 'Doelgroep',
  kerndoelen: 'Kerndoelen',
  trackNames: {'groep-7-8': 'Groep 7-8', bewustwording: 'Bewustwording', actie: 'Actie'},
  audienceNames: {po: 'Basisonderwijs, groep 7 en 8', vo: 'Voortgezet onderwijs', jongerenwerk: 'Jongerenwerk'},
  lessonGoals: 'Lesdoelen',
  preparation: 'Voorbereiding',
  materials: 'Materialen',
  schedule: 'Verloop van de les',
  timetable: 'Tijdschema',
  time: 'Tijd',
  part: 'Lesdeel',
  onScreen: 'Op het scherm',
  nothingOnScreen: 'Geen nieuwe stap op het scherm',
  spokenTimeRange: (from, to) => `van minuut ${from} tot minuut ${to}`,
  lessonStep: (n, title) => `Stap ${n}: ${title}`,
  stepNumbers: (numbers) => `${numbers.length === 1 ? 'Stap' : 'Stappen'} ${list(numbers, 'en')}`,
  do: 'Wat u doet',
  say: 'Wat u kunt zeggen',
  questions: 'Vragen aan de groep',
  listenFor: 'Luister naar:',
  watchOut: 'Let op',
  safety: 'Veiligheid',
  safetyIntro: 'Wat u doet als een leerling iets kwetsends zegt of iets zwaars vertelt.',
  aftercare: 'Nazorg',
  helpPoints: 'Hulp voor leerlingen',
  now: 'Nu',
  nowOnScreen: (step) => `Op het scherm: ${step}`,
  nowPart: 'Lesdeel:',
  handouts: 'Kopieerbladen',
  handoutsIntro: 'Elk blad wordt op een eigen pagina afgedrukt. Met de knop bij een blad drukt u alleen dat blad af, bijvoorbeeld om het te kopiëren voor de klas.',
  handoutFor: {facilitator: 'Voor de begeleider', pupils: 'Voor de leerlingen', parents: 'Voor de ouders'},
  printHandout: 'Dit blad afdrukken',
};

/** The catalogue for a BCP 47 language tag; Dutch for anything but English. */
export function localizeGuide(lang: Language | string | null | undefined): GuideTranslation {
  return (lang ?? '').trim().toLowerCase().split('-')[0] === 'en' ? guideEn : guideNl;
}
