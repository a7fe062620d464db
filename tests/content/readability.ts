// Readability of what pupils see: the Flesch–Douma score, the Dutch adaptation of Flesch's Reading Ease
// (W.H. Douma, 1960):
//
//   score = 206.835 − 0.93 × (words / sentences) − 77 × (syllables / words)
//
// Higher is easier. Rough bands: below 30 very hard, 30–50 hard, 50–60 fairly hard, 60–70 normal,
// 70–80 fairly easy, 80–90 easy, above 90 very easy.
//
// Approximations, on purpose simple and documented (docs/content.md):
// - A sentence ends at . ! ? or … (also when a closing quote follows), and at every line break: a
//   title, an answer, a list item or a label without a full stop counts as one sentence, because that
//   is how a pupil reads it on screen. Separate texts (a title and a body) are never joined.
// - A word is anything between spaces (and between spaced dashes or slashes) that holds a letter.
//   Numbers such as 0800-0432 and emoji are not words; a hyphenated word is one word.
// - Syllables are counted as vowel groups. The vowels are a e i o u y and their accented forms, and
//   the unit ij. Inside a run of vowels, the Dutch three-letter groups aai ooi oei eeu ieu and the
//   two-letter groups aa ee oo uu ie oe eu ui ei ou au (and ay ey oy, for names and loans such as
//   Ayla and okay) each count as one syllable; any other vowel counts alone (ri-a, the-a-ter). A
//   vowel with a diaeresis (ë ï ö ü ä) always starts a new syllable, and may open a group
//   itself (ge-ëerd, ru-ï-ne, co-ör-di-na-tor). Every word
//   has at least one syllable.
// - English loans with a silent e are over-counted (game, like, online: 2, 2, 3 instead of 1, 1, 2),
//   which makes the score slightly lower (stricter) than a reader would find it.
import type {Lesson} from '@upstander/schema';

const TRIGRAPHS = ['aai', 'ooi', 'oei', 'eeu', 'ieu'];
const DIGRAPHS = ['aa', 'ee', 'oo', 'uu', 'ie', 'oe', 'eu', 'ui', 'ei', 'ou', 'au', 'ay', 'ey', 'oy'];
/** Stands for the unit ij, which is one vowel sound. */
const IJ = '\u0133';
const DIAERESIS = new Set(['ä', 'ë', 'ï', 'ö', 'ü']);
const VOWEL = /[aeiouy\u0133äëïöü]/;

/** A lower-case word with accents other than the diaeresis removed (é → e), and ij as one letter. */
function normalise(word: string): string {
  return [...word.toLowerCase().normalize('NFC')]
    .map((ch) => (DIAERESIS.has(ch) ? ch : ch.normalize('NFD').replace(/\p{M}/gu, '')))
    .join('')
    .replaceAll('ij', IJ);
}

/** The number of syllables of one Dutch word, counted as vowel groups (see the top of this file). */
export function syllables(word: string): number {
  const w = normalise(word);
  let count = 0;
  let i = 0;
  while (i < w.length) {
    if (!VOWEL.test(w[i]!)) {
      i++;
      continue;
    }
    // One syllable per vowel unit: a three-letter group, a two-letter group, or a single vowel.
    // A diaeresis starts a new syllable; the vowel under it may still open a group (ge-ëerd: ëe).
    count++;
    const head = DIAERESIS.has(w[i]!) ? w[i]!.normalize('NFD')[0]! : w[i]!;
    const rest = head + w.slice(i + 1, i + 3).replace(/[äëïöü]/g, '|');
    if (TRIGRAPHS.includes(rest)) i += 3;
    else if (DIGRAPHS.includes(rest.slice(0, 2))) i += 2;
    else i += 1;
  }
  return Math.max(1, count);
}

/** The words of a text: tokens between spaces, spaced dashes and slashes that hold a letter. */
export function words(text: string): string[] {
  return text
    .split(/[\s–—/]+/u)
    .map((token) => token.replace(/^[^\p{L}]+|[^\p{L}]+$/gu, ''))
    .filter((token) => /\p{L}/u.test(token));
}

/** The sentences of a text: split at line breaks and after . ! ? … (with any closing quote or bracket). */
export function sentences(text: string): string[] {
  return text
    .split(/\n+/)
    .flatMap((line) => line.split(/(?<=[.!?…]['’"”)*]*)\s+/u))
    .filter((sentence) => words(sentence).length > 0);
}

/** Markdown as the pupil sees it: no ** or * marks, no list dashes. */
export function plain(markdown: string): string {
  return markdown
    .replace(/\*\*|\*/g, '')
    .split('\n')
    .map((line) => line.replace(/^\s*-\s+/, ''))
    .join('\n');
}

export interface Readability {
  sentences: number;
  words: number;
  syllables: number;
  /** Flesch–Douma score. */
  score: number;
}

/** Flesch–Douma over separate texts: each text has its own sentences; the counts are added up. */
export function fleschDouma(texts: readonly string[]): Readability {
  let s = 0;
  let w = 0;
  let syl = 0;
  for (const text of texts) {
    for (const sentence of sentences(text)) {
      const ws = words(sentence);
      s++;
      w += ws.length;
      syl += ws.reduce((sum, word) => sum + syllables(word), 0);
    }
  }
  if (s === 0 || w === 0) return {sentences: s, words: w, syllables: syl, score: Number.NaN};
  return {sentences: s, words: w, syllables: syl, score: 206.835 - 0.93 * (w / s) - 77 * (syl / w)};
}

/** Everything one step shows on screen: its title and the texts of its activity (Markdown stripped). */
export function stepTexts(step: Lesson['steps'][number]): string[] {
  const out: string[] = [step.title];
  const a = step.activity;
  switch (a.type) {
    case 'information':
      out.push(plain(a.body));
      break;
    case 'choice':
      out.push(a.question, ...a.options.flatMap((o) => [o.text, o.feedback]));
      break;
    case 'sort':
      out.push(a.instruction, ...a.categories.map((c) => c.label), ...a.items.map((i) => i.text));
      if (a.ends) out.push(a.ends.first, a.ends.last);
      if (a.feedback) out.push(a.feedback);
      break;
    case 'social-post':
      out.push(a.platform, a.post.author, a.post.text, a.question);
      for (const c of a.comments) out.push(c.author, c.text);
      for (const c of a.choices) out.push(c.text, c.feedback, ...(c.message ? [c.message] : []));
      break;
    case 'response-builder':
      out.push(a.situation, ...a.parts.map((p) => p.text), ...a.checklist.map((c) => c.text));
      for (const approach of a.approaches) out.push(approach.label, approach.description, ...(approach.example ? [approach.example] : []));
      break;
    case 'reflection':
      if (a.intro) out.push(a.intro);
      for (const p of a.prompts) out.push(p.prompt, ...p.starters);
      break;
    case 'survey':
      if (a.intro) out.push(a.intro);
      out.push(...(a.labels ?? []), ...a.items.map((i) => i.statement));
      break;
    case 'story':
      out.push(a.title, ...(a.narrator ? [a.narrator] : []), a.text, ...a.questions.map((q) => q.question));
      for (const panel of a.panels ?? []) out.push(plain(panel.text), panel.picture.alt);
      break;
    case 'roles':
      out.push(a.situation);
      for (const card of a.cards) out.push(...(card.name ? [card.name] : []), card.text, ...(card.question ? [card.question] : []));
      break;
    case 'dilemma':
      if (a.intro) out.push(a.intro);
      for (const s of a.statements) out.push(s.text, ...(s.discussion ? [s.discussion] : []));
      break;
    case 'agreements':
      out.push(a.prompt, ...a.suggestions.map((s) => s.text));
      break;
    case 'check-in':
    case 'check-out':
      out.push(a.question);
      break;
    case 'help-points':
      if (a.intro) out.push(a.intro);
      break;
    default: {
      // A new activity type must be added here, or its text would escape the check.
      const unknown: never = a;
      throw new Error(`stepTexts: unknown activity type ${(unknown as {type: string}).type}`);
    }
  }
  return out;
}

/**
 * The screens a pupil sees, each with its texts: every step, and the lesson screen (the title, and
 * the goals and help points shown at the end and by a help-points step). Not the summary, the
 * kerndoelen or the facilitator guide, which are for the teacher.
 */
export function pupilScreens(lesson: Lesson): {id: string; texts: string[]}[] {
  const helpPoints = lesson.helpPoints.flatMap((point) => [point.name, point.description]);
  return [
    {id: '(titel, doelen en hulp)', texts: [lesson.title, ...lesson.goals, ...helpPoints]},
    ...lesson.steps.map((step) => ({id: step.id, texts: stepTexts(step)})),
  ];
}

/** Every text a pupil sees in a lesson, from all screens together. */
export function pupilTexts(lesson: Lesson): string[] {
  return pupilScreens(lesson).flatMap((screen) => screen.texts);
}
