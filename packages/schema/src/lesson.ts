import {z} from 'zod';
import {Activity} from './activities.js';
import {Audience, Direction, Id, formatPath, Language, SCHEMA_VERSION, SHORT_TEXT_MAX, ShortText, Text, TrackId, report, uniqueValues} from './common.js';

export {SCHEMA_VERSION, Id, Language, Direction, TrackId, Audience} from './common.js';
export * from './activities.js';

export const Step = z.strictObject({
  id: Id,
  title: ShortText,
  activity: Activity,
});

export const GuideStep = z.strictObject({
  title: ShortText,
  minutes: z.number().int().min(1).max(240),
  /** What the facilitator does. */
  do: Text,
  /** What the facilitator can say, in their own words. */
  say: z.array(Text).default([]),
  /** Questions to ask the group, with answers to listen for. */
  questions: z.array(z.strictObject({question: Text, listenFor: Text.optional()})).default([]),
  /** What to watch out for in this step. */
  safety: Text.optional(),
  /** The lesson steps this part of the session plays on screen. */
  lessonSteps: z.array(Id).default([]),
});

/** One block of a handout: text, a heading, a table to fill in, or lines to write on. */
export const HandoutBlock = z.discriminatedUnion('type', [
  /** Paragraphs and lists, in the Markdown subset of `<up-information>`. */
  z.strictObject({type: z.literal('text'), text: Text}),
  z.strictObject({type: z.literal('heading'), text: ShortText}),
  /**
   * A table, e.g. a tally sheet: a header row, filled rows (a cell may be empty, to fill in on paper)
   * and `blankRows` empty rows below them.
   */
  z.strictObject({
    type: z.literal('table'),
    caption: ShortText.optional(),
    columns: z.array(ShortText).min(1).max(8),
    rows: z.array(z.array(z.string().trim().max(SHORT_TEXT_MAX))).default([]),
    blankRows: z.number().int().min(0).max(40).optional(),
  }),
  /** Empty lines to write on, with an optional label above them. */
  z.strictObject({type: z.literal('lines'), label: ShortText.optional(), count: z.number().int().min(1).max(30)}),
]);

/**
 * A sheet the facilitator prints: a tally sheet, a worksheet, a letter to parents, a poster. It
 * travels inside every package, in the lesson's printable guide, each on a page of its own.
 */
export const Handout = z.strictObject({
  id: Id,
  title: ShortText,
  /** Who gets it: the facilitator (e.g. a tally sheet), the pupils, or their parents. */
  for: z.enum(['facilitator', 'pupils', 'parents']),
  /** When and how to use it, for the facilitator; not printed on the sheet. */
  use: Text.optional(),
  blocks: z.array(HandoutBlock).min(1),
});

export const FacilitatorGuide = z.strictObject({
  preparation: z.array(Text).min(1),
  materials: z.array(ShortText).default([]),
  /** The parts of the session; their minutes add up to the lesson's durationMinutes. */
  steps: z.array(GuideStep).min(1),
  /** What to do when a pupil says something hurtful or shares something heavy. */
  safety: z.array(Text).min(1),
  aftercare: Text,
  /** Sheets to print: tally sheets, worksheets, letters. */
  handouts: z.array(Handout).optional(),
});

export const HelpPoint = z.strictObject({
  name: ShortText,
  description: Text,
  contact: ShortText.optional(),
  /** A web page (http or https). */
  url: z.url({protocol: /^https?$/}).optional(),
});

export const Lesson = z
  .strictObject({
    $schema: z.string().optional(),
    schemaVersion: z.literal(SCHEMA_VERSION),
    /** Stable across edits and shared by the translations of this lesson (one file per language). */
    id: Id,
    language: Language,
    dir: Direction.default('ltr'),
    /**
     * Other languages this lesson exists in. Each is a separate file with the same `id` and that
     * `language`; the validator reports a declared translation it cannot find.
     */
    translations: z.array(Language).optional(),
    title: ShortText,
    summary: Text,
    track: TrackId,
    audience: Audience,
    durationMinutes: z.number().int().min(5).max(480),
    goals: z.array(Text).min(1),
    /** Ids from @upstander/curriculum's kerndoelen data, of the level that fits the audience. */
    kerndoelen: z.array(z.string()).min(1),
    helpPoints: z.array(HelpPoint).default([]),
    facilitatorGuide: FacilitatorGuide,
    steps: z.array(Step).min(1),
  })
  .superRefine((lesson, ctx) => {
    const seen = new Map<string, string>();
    lesson.steps.forEach((step, i) => {
      const ids: [string, (string | number)[]][] = [[step.id, ['steps', i, 'id']]];
      if ('id' in step.activity) ids.push([step.activity.id, ['steps', i, 'activity', 'id']]);
      for (const [id, path] of ids) {
        const first = seen.get(id);
        if (first !== undefined) report(ctx, 'duplicate-id', path, {id, first});
        else seen.set(id, formatPath(path));
      }
      if (step.activity.type === 'help-points' && lesson.helpPoints.length === 0) {
        report(ctx, 'help-points-empty', ['steps', i, 'activity']);
      }
    });
    uniqueValues(ctx, lesson.kerndoelen, ['kerndoelen']);
    if (lesson.translations) {
      uniqueValues(ctx, lesson.translations, ['translations']);
      lesson.translations.forEach((language, i) => {
        if (language === lesson.language) report(ctx, 'translation-own-language', ['translations', i], {language});
      });
    }
    const guide = lesson.facilitatorGuide;
    const sum = guide.steps.reduce((total, step) => total + step.minutes, 0);
    if (sum !== lesson.durationMinutes) {
      report(ctx, 'guide-minutes', ['durationMinutes'], {sum, duration: lesson.durationMinutes});
    }
    const handouts = guide.handouts ?? [];
    handouts.forEach((handout, i) => {
      const first = handouts.findIndex((h) => h.id === handout.id);
      if (first !== i) report(ctx, 'duplicate-id', ['facilitatorGuide', 'handouts', i, 'id'], {id: handout.id, first: formatPath(['facilitatorGuide', 'handouts', first, 'id'])});
      handout.blocks.forEach((block, j) => {
        if (block.type !== 'table') return;
        block.rows.forEach((row, k) => {
          if (row.length !== block.columns.length) {
            report(ctx, 'handout-row-cells', ['facilitatorGuide', 'handouts', i, 'blocks', j, 'rows', k], {cells: row.length, columns: block.columns.length});
          }
        });
      });
    });
    const stepIds = lesson.steps.map((s) => s.id);
    guide.steps.forEach((part, i) =>
      part.lessonSteps.forEach((id, j) => {
        if (!stepIds.includes(id)) {
          report(ctx, 'guide-unknown-step', ['facilitatorGuide', 'steps', i, 'lessonSteps', j], {id, known: stepIds.join(', ')});
        }
      }),
    );
  });

export type Lesson = z.output<typeof Lesson>;
export type LessonInput = z.input<typeof Lesson>;
export type Step = z.output<typeof Step>;
export type GuideStep = z.output<typeof GuideStep>;
export type FacilitatorGuide = z.output<typeof FacilitatorGuide>;
export type Handout = z.output<typeof Handout>;
export type HandoutBlock = z.output<typeof HandoutBlock>;
export type HelpPoint = z.output<typeof HelpPoint>;
