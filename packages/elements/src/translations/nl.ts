/**
 * The Dutch catalogue: the source of every UI string the elements show. Lesson text never lives
 * here; it comes from the lesson data. Strings with values are functions, so each language can
 * order (and, where needed, inflect) them its own way.
 */
export interface Translation {
  /** Button that goes back one step. */
  previous: string;
  /** Button that goes forward one step. */
  next: string;
  /** Button on the last step that finishes the lesson. */
  finish: string;
  /** Visible progress text, e.g. "Stap 3 van 8". `n` is 1-based. */
  stepOf: (n: number, total: number) => string;
  /** Shown next to a held-back "Volgende" while the step's question has no answer yet. */
  answerFirst: string;
  /** Button that checks the chosen answer. */
  check: string;
  /** Polite hint when "Controleer" is pressed before an answer is chosen. */
  chooseFirst: string;
  /** Verdict on a scored question answered correctly. */
  correct: string;
  /** Verdict on a scored question answered incorrectly. */
  incorrect: string;
  /** Heading of the completion screen. */
  completed: string;
  /** Heading above the lesson's goals on the completion screen. */
  learned: string;
  /** Score on the completion screen. */
  score: (raw: number, max: number) => string;
  /** Heading above the lesson's help points. */
  help: string;
  /** Appended (visually hidden) to links that open in a new window. */
  opensInNewWindow: string;
  /** Shown in an alert when the learner's progress could not be saved. */
  saveFailed: string;
}

/** Nederlands. */
export const nl: Translation = {
  previous: 'Vorige',
  next: 'Volgende',
  finish: 'Klaar',
  stepOf: (n, total) => `Stap ${n} van ${total}`,
  answerFirst: 'Beantwoord eerst de vraag. Dan kun je verder.',
  check: 'Controleer',
  chooseFirst: 'Kies eerst een antwoord.',
  correct: 'Goed!',
  incorrect: 'Niet helemaal',
  completed: 'Je hebt deze les afgerond',
  learned: 'Dit heb je geleerd',
  score: (raw, max) => `Je score: ${raw} van ${max}`,
  help: 'Wil je praten of heb je hulp nodig?',
  opensInNewWindow: '(opent in een nieuw venster)',
  saveFailed: 'Je voortgang kon niet worden opgeslagen. Laat dit venster open en vraag je leerkracht om hulp.',
};
