import type {Lesson} from '@upstander/schema';

/**
 * UI strings of `<up-track>` and `<up-facilitator-guide>`: the screens for teachers, youth
 * workers and curriculum developers rather than for pupils. Dutch is the source; the guide
 * addresses the facilitator formally ("u"), as the lessons' facilitator guides do. Lesson and
 * track text never lives here. Strings with values are functions, so each language can order
 * (and inflect) them its own way.
 */
export interface GuideTranslation {
  // <up-track>
  /** Progress of a track, e.g. "2 van 5 lessen afgerond". */
  lessonsDone: (done: number, total: number) => string;
  /** Completion rule `all`. */
  ruleAll: string;
  /** Completion rule `count`. */
  ruleCount: (count: number, total: number) => string;
  /** Completion rule `mastery`; `score` is a percentage. */
  ruleMastery: (score: number) => string;
  /** The average score so far, under a mastery rule. */
  averageScore: (score: number) => string;
  /** The track's completion rule is met. */
  trackComplete: string;
  /** The track's completion rule is not met yet. */
  trackIncomplete: string;
  /** Accessible name of the list of lessons. */
  lessonList: string;
  /** Marker on the first lesson that is not done yet. */
  nextLesson: string;
  /** Status of a finished lesson. */
  done: string;
  /** Status of a lesson that is neither done nor next. */
  todo: string;
  /** A lesson's score as a percentage, e.g. "Score: 80%". */
  scorePercent: (score: number) => string;
  /** A lesson that counts as done because a variant of it was finished. */
  doneAs: (title: string) => string;
  /** Label before the variants of a lesson that may be played instead. */
  variants: string;
  /** A lesson of the track that was not handed to the element. */
  missingLesson: (id: string) => string;
  /** Visually hidden label before a lesson's goals. */
  goals: string;

  // Both
  /** A duration, e.g. "45 minuten". */
  minutes: (n: number) => string;
  /** Appended (visually hidden) to links that open in a new window. */
  opensInNewWindow: string;

  // <up-facilitator-guide>
  /** Small line above the lesson title. */
  guide: string;
  /** The print button. */
  print: string;
  /** Label of the duration in the facts list. */
  duration: string;
  /** Label of the track in the facts list. */
  track: string;
  /** Label of the audience in the facts list. */
  audience: string;
  /** Label of the kerndoelen ids in the facts list. */
  kerndoelen: string;
  /** Names of the tracks. */
  trackNames: Record<Lesson['track'], string>;
  /** Names of the audiences. */
  audienceNames: Record<Lesson['audience'], string>;
  /** Heading: the lesson's goals. */
  lessonGoals: string;
  /** Heading: what to prepare. */
  preparation: string;
  /** Heading: what to have at hand. */
  materials: string;
  /** Heading: the session part by part. */
  schedule: string;
  /** Caption of the timetable. */
  timetable: string;
  /** Column: time from–to. */
  time: string;
  /** Column and label: a part of the session. */
  part: string;
  /** Column and heading: the lesson steps a part plays on screen. */
  onScreen: string;
  /** A part that plays no lesson step. */
  nothingOnScreen: string;
  /** A time span, read out by screen readers instead of "0:05–0:09". */
  spokenTimeRange: (from: number, to: number) => string;
  /** A lesson step by its number in the lesson, e.g. "Stap 3: De appgroep". */
  lessonStep: (n: number, title: string) => string;
  /** Short form of step numbers in the timetable, e.g. "Stap 3, 4". */
  stepNumbers: (numbers: number[]) => string;
  /** Heading: what the facilitator does. */
  do: string;
  /** Heading: what the facilitator can say. */
  say: string;
  /** Heading: questions for the group. */
  questions: string;
  /** Label before what to listen for in the answers. */
  listenFor: string;
  /** Label of a part's safety note. */
  watchOut: string;
  /** Heading of the general safety section. */
  safety: string;
  /** Line under the safety heading. */
  safetyIntro: string;
  /** Heading: aftercare. */
  aftercare: string;
  /** Heading: the help points, for pupils. */
  helpPoints: string;
  /** Marker on the part that holds the step on screen. */
  now: string;
  /** The live line at the top when a step is set: which step is on screen. */
  nowOnScreen: (step: string) => string;
  /** The same line: label before the time and title of the part that step belongs to. */
  nowPart: string;
  /** Heading of the sheets to print (tally sheets, worksheets, letters). */
  handouts: string;
  /** Line under that heading. */
  handoutsIntro: string;
  /** Who a sheet is for, e.g. "Voor de ouders". */
  handoutFor: Record<'facilitator' | 'pupils' | 'parents', string>;
  /** The button that prints one sheet on its own. */
  printHandout: string;
}
