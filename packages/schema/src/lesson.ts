import {z} from 'zod';

/** The lesson format version this package reads and writes. */
export const SCHEMA_VERSION = 1;

/** A stable identifier: lower-case ASCII, digits and hyphens. Safe in SCORM interaction ids and IRIs. */
export const Id = z
  .string()
  .regex(/^[a-z0-9][a-z0-9-]{0,63}$/, 'gebruik kleine letters, cijfers en streepjes (a-z, 0-9, -), hoogstens 64 tekens');

const Text = z.string().trim().min(1, 'mag niet leeg zijn').max(4000, 'is langer dan 4000 tekens');
const ShortText = z.string().trim().min(1, 'mag niet leeg zijn').max(200, 'is langer dan 200 tekens');

export const Language = z.enum(['nl', 'en']);
export const Direction = z.enum(['ltr', 'rtl']);
export const TrackId = z.enum(['groep-7-8', 'bewustwording', 'actie']);
/** po: groep 7-8; vo: secondary school; jongerenwerk: youth work outside school. */
export const Audience = z.enum(['po', 'vo', 'jongerenwerk']);

/** Information: a small Markdown subset (paragraphs, **bold**, *italic*, lists). */
export const InformationActivity = z.object({
  type: z.literal('information'),
  body: Text,
});

export const ChoiceOption = z.object({
  id: Id,
  text: ShortText,
  correct: z.boolean().default(false),
  /** Shown after the pupil checks this option: why it is (not) right. */
  feedback: Text,
});

/** A multiple-choice question with feedback per option. */
export const ChoiceActivity = z
  .object({
    type: z.literal('choice'),
    /** Tracked unit: becomes the SCORM interaction id and the xAPI activity id. */
    id: Id,
    question: Text,
    options: z.array(ChoiceOption).min(2, 'een keuzevraag heeft minstens twee antwoorden'),
    /** Scored questions count towards the lesson score; unscored ones only give feedback. */
    scored: z.boolean().default(true),
  })
  .superRefine((choice, ctx) => {
    if (choice.scored && !choice.options.some((o) => o.correct)) {
      ctx.addIssue({
        code: 'custom',
        path: ['options'],
        message: 'een vraag die meetelt voor de score heeft minstens één goed antwoord ("correct": true)',
      });
    }
    const seen = new Set<string>();
    choice.options.forEach((o, i) => {
      if (seen.has(o.id)) ctx.addIssue({code: 'custom', path: ['options', i, 'id'], message: `antwoord-id "${o.id}" komt twee keer voor`});
      seen.add(o.id);
    });
  });

export const Activity = z.discriminatedUnion('type', [InformationActivity, ChoiceActivity]);

export const Step = z.object({
  id: Id,
  title: ShortText,
  activity: Activity,
});

export const GuideStep = z.object({
  title: ShortText,
  minutes: z.number().int().min(1).max(240),
  /** What the facilitator does. */
  do: Text,
  /** What the facilitator can say, in their own words. */
  say: z.array(Text).default([]),
  /** Questions to ask the group, with answers to listen for. */
  questions: z.array(z.object({question: Text, listenFor: Text.optional()})).default([]),
  /** What to watch out for in this step. */
  safety: Text.optional(),
  /** The lesson steps this part of the session plays on screen. */
  lessonSteps: z.array(Id).default([]),
});

export const FacilitatorGuide = z.object({
  preparation: z.array(Text).min(1),
  materials: z.array(ShortText).default([]),
  steps: z.array(GuideStep).min(1),
  /** What to do when a pupil says something hurtful or shares something heavy. */
  safety: z.array(Text).min(1),
  aftercare: Text,
});

export const HelpPoint = z.object({
  name: ShortText,
  description: Text,
  contact: ShortText.optional(),
  url: z.url().optional(),
});

export const Lesson = z
  .object({
    $schema: z.string().optional(),
    schemaVersion: z.literal(SCHEMA_VERSION),
    id: Id,
    language: Language,
    dir: Direction.default('ltr'),
    title: ShortText,
    summary: Text,
    track: TrackId,
    audience: Audience,
    durationMinutes: z.number().int().min(5).max(480),
    goals: z.array(Text).min(1),
    /** Ids from @upstander/curriculum's kerndoelen data. */
    kerndoelen: z.array(z.string()).min(1),
    helpPoints: z.array(HelpPoint).default([]),
    facilitatorGuide: FacilitatorGuide,
    steps: z.array(Step).min(1),
  })
  .superRefine((lesson, ctx) => {
    const seen = new Map<string, string>();
    lesson.steps.forEach((step, i) => {
      const ids: [string, (string | number)[]][] = [[step.id, ['steps', i, 'id']]];
      if (step.activity.type === 'choice') ids.push([step.activity.id, ['steps', i, 'activity', 'id']]);
      for (const [id, path] of ids) {
        if (seen.has(id)) ctx.addIssue({code: 'custom', path, message: `id "${id}" komt al voor (${seen.get(id)}); ids moeten uniek zijn in de les`});
        else seen.set(id, path.join('.'));
      }
    });
  });

export type Lesson = z.output<typeof Lesson>;
export type LessonInput = z.input<typeof Lesson>;
export type Step = z.output<typeof Step>;
export type Activity = z.output<typeof Activity>;
export type ChoiceActivity = z.output<typeof ChoiceActivity>;
export type InformationActivity = z.output<typeof InformationActivity>;
export type FacilitatorGuide = z.output<typeof FacilitatorGuide>;
export type HelpPoint = z.output<typeof HelpPoint>;
