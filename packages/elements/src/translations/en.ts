import type {Translation} from './nl.js';

/** English. Must carry every key of the Dutch source catalogue. */
export const en: Translation = {
  previous: 'Previous',
  next: 'Next',
  finish: 'Finish',
  stepOf: (n, total) => `Step ${n} of ${total}`,
  answerFirst: 'Answer the question first. Then you can go on.',
  check: 'Check',
  chooseFirst: 'Choose an answer first.',
  correct: 'Correct!',
  incorrect: 'Not quite',
  completed: 'You have finished this lesson',
  learned: 'What you have learned',
  score: (raw, max) => `Your score: ${raw} out of ${max}`,
  help: 'Want to talk, or need help?',
  opensInNewWindow: '(opens in a new window)',
  saveFailed: 'Your progress could not be saved. Keep this window open and ask your teacher for help.',
};
