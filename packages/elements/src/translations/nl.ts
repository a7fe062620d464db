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

  // Shared by the activity elements.
  /** Status after saving free text or a choice that stays on this device. */
  saved: string;
  /** Status after saving an answer that may go to the school's learning environment. */
  savedShared: string;
  /** Note under free-text fields whose answers stay on the device (the default). */
  privateNote: string;
  /** Note under free-text fields of an activity with `shareText`. */
  sharedNote: string;
  /** Note on an anonymous survey. */
  anonymousNote: string;
  /** Note on check-in and check-out: the answer never leaves the device. */
  localOnlyNote: string;
  /** Button that hands in a survey or a dilemma, once. */
  submit: string;
  /** Status after handing in. */
  submitted: string;
  /** Hint when "Lever in" is pressed while a statement has no answer. */
  answerEvery: string;
  /** Feedback of an unscored activity without feedback of its own. */
  noRightAnswer: string;
  /** Before a question or point to discuss with the class. */
  discuss: string;

  // <up-sort>
  /** Name of the button that moves an item one place up. */
  moveUp: (item: string) => string;
  /** Name of the button that moves an item one place down. */
  moveDown: (item: string) => string;
  /** Announced after a move. */
  movedTo: (item: string, n: number, total: number) => string;
  /** Describes the ends of an order list to screen readers. */
  orderEnds: (first: string, last: string) => string;
  /** Hint when "Controleer" is pressed while an item has no group. */
  placeEvery: string;
  /** How many items are in the right place or group. */
  sortScore: (right: number, total: number) => string;
  /** Mark on an item in the right place or group. */
  rightPlace: string;
  /** Mark on an item in the wrong place of an order. */
  belongsAt: (n: number) => string;
  /** Mark on an item in the wrong group. */
  belongsIn: (group: string) => string;

  // <up-social-post>
  /** Like count of a post or comment. */
  likes: (n: number) => string;
  /** Shown on a comment the pupil liked. */
  youLike: string;
  /** Author name of the pupil's own reply and messages. */
  you: string;
  /** Accessible name of the list of comments. */
  comments: string;
  /** Label above the pupil's private message to the target. */
  privateMessage: string;
  /** Note that the post is made up and nothing is posted. */
  fictionNote: string;
  /** What happened, per action. */
  effectRespond: string;
  effectIgnore: string;
  effectLike: (author: string) => string;
  effectReport: string;
  effectSupport: string;
  /** Shown on a reported post. */
  reported: string;
  /** Summary of the disclosure that shows the feedback of every choice. */
  otherChoices: string;

  // <up-response-builder>
  /** Caption of the comment the pupil replies to. */
  situation: string;
  /** Legend of the approaches. */
  chooseApproach: string;
  /** Before an approach's example reply. */
  example: string;
  /** Legend of the part where the reply is made. */
  buildReply: string;
  /** Name of a button that adds a sentence part to the reply. */
  addPart: (text: string) => string;
  /** Label of the reply. */
  yourReply: string;
  /** Button that empties an assembled reply. */
  clearReply: string;
  /** Shown while an assembled reply is empty. */
  replyEmpty: string;
  /** Legend of the checklist. */
  checkReply: string;
  /** How many checklist points the pupil ticked. */
  checklistScore: (n: number, total: number) => string;
  /** Note that nothing is posted. */
  practiceNote: string;

  // <up-reflection>, <up-story>, <up-roles>
  /** Label above the sentence starters. */
  starters: string;
  /** Name of a sentence-starter button. */
  beginWith: (starter: string) => string;
  /** Who tells a story. */
  toldBy: (narrator: string) => string;
  /** Accessible name of a story's audio player. */
  listen: (title: string) => string;
  /** Summary of the disclosure with the audio transcript. */
  transcript: string;
  /** Summary of the disclosure with the story told in pictures and short sentences. */
  inPictures: string;
  /** Role names. */
  roleVerspreider: string;
  roleDoelwit: string;
  roleOmstander: string;
  /** Accessible name of the role tabs. */
  perspectives: string;

  // <up-survey>, <up-check-in>
  /** Standard labels of a 3- and 5-point Likert scale, lowest first. */
  likert3: readonly string[];
  likert5: readonly string[];
  /** Labels of a 3- and 5-point mood scale, lowest first. */
  mood3: readonly string[];
  mood5: readonly string[];
  /** Status after a check-in or check-out. */
  thanks: string;
  /** Added after a low mood: where to go. */
  lowMood: string;

  // <up-dilemma>
  agree: string;
  unsure: string;
  disagree: string;
  /** Before a statement's point of discussion in individual mode. */
  thinkAbout: string;
  /** Progress in the classroom line exercise. */
  statementOf: (n: number, total: number) => string;
  previousStatement: string;
  nextStatement: string;
  /** Instruction of the line exercise. */
  lineInstruction: string;
  /** Reveals the point of discussion in the line exercise. */
  showDiscussion: string;

  // <up-agreements>
  /** Label of the field for an own agreement. */
  ownAgreement: string;
  /** Button that adds an own agreement. */
  add: string;
  /** Name of the button that removes an own agreement. */
  remove: (text: string) => string;
  /** Visible text of that button. */
  removeButton: string;
  /** Heading of the agreements list. */
  ourAgreements: string;
  /** Shown while no agreement is chosen. */
  noAgreements: string;
  /** Announced after adding or removing. */
  added: (text: string) => string;
  removed: (text: string) => string;
  /** Hint when "Voeg toe" is pressed with an empty field. */
  writeFirst: string;
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

  saved: 'Bewaard op dit apparaat.',
  savedShared: 'Bewaard.',
  privateNote: 'Wat je hier schrijft, blijft op dit apparaat. Het gaat niet naar school of ergens anders heen.',
  sharedNote: 'Wat je hier schrijft, wordt bewaard in de leeromgeving van school. Je leerkracht kan het lezen.',
  anonymousNote: 'Deze vragenlijst is anoniem. Je antwoorden worden niet aan jou gekoppeld.',
  localOnlyNote: 'Je antwoord blijft op dit apparaat.',
  submit: 'Lever in',
  submitted: 'Ingeleverd. Dank je wel!',
  answerEvery: 'Kies eerst bij elke uitspraak een antwoord.',
  noRightAnswer: 'Dank je. Hier is geen goed of fout antwoord.',
  discuss: 'Praat erover:',

  moveUp: (item) => `Omhoog: ${item}`,
  moveDown: (item) => `Omlaag: ${item}`,
  movedTo: (item, n, total) => `${item}: nu plaats ${n} van ${total}.`,
  orderEnds: (first, last) => `Bovenaan: ${first}. Onderaan: ${last}.`,
  placeEvery: 'Kies eerst bij elk onderdeel een groep.',
  sortScore: (right, total) => `${right} van de ${total} goed.`,
  rightPlace: 'Goed',
  belongsAt: (n) => `Hoort op plaats ${n}`,
  belongsIn: (group) => `Hoort bij: ${group}`,

  likes: (n) => (n === 1 ? '1 like' : `${n} likes`),
  youLike: 'Jij vindt dit leuk',
  you: 'Jij',
  comments: 'Reacties',
  privateMessage: 'Jouw privébericht',
  fictionNote: 'Een verzonnen bericht om mee te oefenen. Er wordt niets echt geplaatst.',
  effectRespond: 'Je reactie staat nu onder het bericht.',
  effectIgnore: 'Je scrolt door.',
  effectLike: (author) => `Je vindt de reactie van ${author} leuk.`,
  effectReport: 'Je hebt het bericht gemeld.',
  effectSupport: 'Je hebt een privébericht gestuurd.',
  reported: 'Gemeld',
  otherChoices: 'Wat doen de andere keuzes?',

  situation: 'Hierop reageer je:',
  chooseApproach: 'Kies een aanpak',
  example: 'Voorbeeld:',
  buildReply: 'Maak je reactie',
  addPart: (text) => `Voeg toe: ${text}`,
  yourReply: 'Jouw reactie',
  clearReply: 'Maak leeg',
  replyEmpty: 'Je reactie is nog leeg.',
  checkReply: 'Controleer je reactie',
  checklistScore: (n, total) => `${n} van de ${total} punten kloppen.`,
  practiceNote: 'Dit is oefenen: je reactie wordt nergens geplaatst.',

  starters: 'Zo kun je beginnen:',
  beginWith: (starter) => `Begin met: ${starter}`,
  toldBy: (narrator) => `Verteld door ${narrator}`,
  listen: (title) => `Luister: ${title}`,
  transcript: 'Lees wat er gezegd wordt',
  inPictures: 'Het verhaal in plaatjes, met korte zinnen',
  roleVerspreider: 'Verspreider',
  roleDoelwit: 'Doelwit',
  roleOmstander: 'Omstander',
  perspectives: 'Bekijk het als',

  likert3: ['Oneens', 'Neutraal', 'Eens'],
  likert5: ['Helemaal oneens', 'Oneens', 'Neutraal', 'Eens', 'Helemaal eens'],
  mood3: ['Niet goed', 'Gaat wel', 'Goed'],
  mood5: ['Heel slecht', 'Niet zo goed', 'Gaat wel', 'Goed', 'Heel goed'],
  thanks: 'Dank je wel dat je het laat weten.',
  lowMood: 'Zit je iets dwars? Praat erover met je leerkracht of met iemand anders die je vertrouwt.',

  agree: 'Eens',
  unsure: 'Weet ik niet',
  disagree: 'Oneens',
  thinkAbout: 'Denk erover na:',
  statementOf: (n, total) => `Stelling ${n} van ${total}`,
  previousStatement: 'Vorige stelling',
  nextStatement: 'Volgende stelling',
  lineInstruction: 'Ga op de lijn staan. Hoe eens ben jij het hiermee?',
  showDiscussion: 'Toon de vraag om over te praten',

  ownAgreement: 'Eigen afspraak',
  add: 'Voeg toe',
  remove: (text) => `Verwijder: ${text}`,
  removeButton: 'Verwijder',
  ourAgreements: 'Onze afspraken',
  noAgreements: 'Nog geen afspraken gekozen.',
  added: (text) => `Toegevoegd: ${text}`,
  removed: (text) => `Verwijderd: ${text}`,
  writeFirst: 'Schrijf eerst een afspraak.',
};
