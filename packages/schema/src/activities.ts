/**
 * The activities a lesson step can hold: one zod schema per component, joined in `Activity`, a union
 * on `type`. Every tracked unit (the activity, and each answer, item, card or prompt inside it) has a
 * stable `id` following the `Id` rule, so SCORM interaction ids and xAPI activity ids never change
 * when a text is edited. Objects are strict: a misspelt field is an error, not silently ignored.
 */
import {z} from 'zod';
import {Id, ShareText, ShortText, Text, report, uniqueItemIds} from './common.js';
import {term} from './messages.js';

/** Information: a small Markdown subset (paragraphs, **bold**, *italic*, lists). Not tracked. */
export const InformationActivity = z.strictObject({
  type: z.literal('information'),
  body: Text,
});

export const ChoiceOption = z.strictObject({
  id: Id,
  text: ShortText,
  correct: z.boolean().default(false),
  /** Shown after the pupil checks this option: why it is (not) right. */
  feedback: Text,
});

/** A multiple-choice question with feedback per option. */
export const ChoiceActivity = z
  .strictObject({
    type: z.literal('choice'),
    /** Tracked unit: becomes the SCORM interaction id and the xAPI activity id. */
    id: Id,
    question: Text,
    options: z.array(ChoiceOption).min(2, 'een keuzevraag heeft minstens twee antwoorden'),
    /** Scored questions count towards the lesson score; unscored ones only give feedback. */
    scored: z.boolean().default(true),
  })
  .superRefine((choice, ctx) => {
    // With no options at all, "too few answers" says it already.
    if (choice.scored && choice.options.length > 0 && !choice.options.some((o) => o.correct)) report(ctx, 'choice-no-correct', ['options']);
    uniqueItemIds(ctx, [[choice.options, ['options']]]);
  });

export const SortCategory = z.strictObject({id: Id, label: ShortText});

export const SortItem = z.strictObject({
  id: Id,
  text: ShortText,
  /** classify: the id of the category this item belongs in. Leave out in an unscored (opinion) sort. */
  category: Id.optional(),
});

/**
 * Sort: put items in order (`order`: list them here in the right order; the component shuffles) or
 * into categories (`classify`). Dragging has a keyboard alternative in the component.
 */
export const SortActivity = z
  .strictObject({
    type: z.literal('sort'),
    id: Id,
    mode: z.enum(['order', 'classify']),
    instruction: Text,
    /** order: words at both ends of the line, such as "grapje" … "haat". */
    ends: z.strictObject({first: ShortText, last: ShortText}).optional(),
    /** classify: the groups to sort into. */
    categories: z.array(SortCategory).default([]),
    items: z.array(SortItem).min(2),
    scored: z.boolean().default(true),
    /** Shown after the learner checks their answer. */
    feedback: Text.optional(),
  })
  .superRefine((sort, ctx) => {
    uniqueItemIds(ctx, [[sort.categories, ['categories']], [sort.items, ['items']]]);
    if (sort.mode === 'order' && sort.categories.length > 0) report(ctx, 'sort-order-has-categories', ['categories']);
    if (sort.mode !== 'classify') return;
    if (sort.categories.length < 2) report(ctx, 'sort-needs-categories', ['categories']);
    const known = sort.categories.map((c) => c.id);
    sort.items.forEach((item, i) => {
      if (item.category === undefined) {
        if (sort.scored) report(ctx, 'sort-item-without-category', ['items', i]);
      } else if (!known.includes(item.category)) {
        report(ctx, 'unknown-reference', ['items', i, 'category'], {id: item.category, what: term('sort-category'), known: known.join(', ') || '—'});
      }
    });
  });

export const PostComment = z.strictObject({
  id: Id,
  author: ShortText,
  text: Text,
  /** How many likes the comment shows at the start. */
  likes: z.number().int().min(0).max(1_000_000).default(0),
});

export const PostChoice = z.strictObject({
  id: Id,
  /** respond: write back; ignore: scroll on; like: like a good reply; report: use the report button; support: message the target privately. */
  action: z.enum(['respond', 'ignore', 'like', 'report', 'support']),
  text: ShortText,
  /** like: the id of the comment that gets the like. */
  comment: Id.optional(),
  /** respond or support: the message the learner sends, shown in the thread or the private chat. */
  message: Text.optional(),
  correct: z.boolean().default(false),
  feedback: Text,
});

/** Social post: a fictional post with comments; the learner chooses what to do, with feedback per choice. */
export const SocialPostActivity = z
  .strictObject({
    type: z.literal('social-post'),
    id: Id,
    /** Where it happens, such as "Klassenapp groep 8" or "Gamechat". */
    platform: ShortText,
    post: z.strictObject({author: ShortText, text: Text}),
    comments: z.array(PostComment).default([]),
    question: Text,
    choices: z.array(PostChoice).min(2),
    /** Most social-post choices have several good answers and are not scored. */
    scored: z.boolean().default(false),
  })
  .superRefine((post, ctx) => {
    uniqueItemIds(ctx, [[post.comments, ['comments']], [post.choices, ['choices']]]);
    if (post.scored && post.choices.length > 0 && !post.choices.some((c) => c.correct)) report(ctx, 'choice-no-correct', ['choices']);
    const known = post.comments.map((c) => c.id);
    post.choices.forEach((choice, i) => {
      if (choice.action === 'like' && choice.comment === undefined) report(ctx, 'post-like-needs-comment', ['choices', i]);
      if (choice.comment !== undefined && !known.includes(choice.comment)) {
        report(ctx, 'unknown-reference', ['choices', i, 'comment'], {id: choice.comment, what: term('post-comment'), known: known.join(', ') || '—'});
      }
    });
  });

/** An id and a short text: a building block, checklist item or suggestion. */
export const TextItem = z.strictObject({id: Id, text: ShortText});

/** Response builder: choose an approach, assemble or write a reply, then check it against a checklist. */
export const ResponseBuilderActivity = z
  .strictObject({
    type: z.literal('response-builder'),
    id: Id,
    /** The post or comment the learner replies to. */
    situation: Text,
    approaches: z.array(z.strictObject({id: Id, label: ShortText, description: Text, example: Text.optional()})).min(1),
    /** Sentence parts the learner can put together into a reply. */
    parts: z.array(TextItem).default([]),
    /** Whether the learner may also type their own reply. */
    freeText: z.boolean().default(true),
    checklist: z.array(TextItem).min(1),
    shareText: ShareText,
  })
  .superRefine((builder, ctx) => {
    uniqueItemIds(ctx, [[builder.approaches, ['approaches']], [builder.parts, ['parts']], [builder.checklist, ['checklist']]]);
    if (builder.parts.length === 0 && !builder.freeText) report(ctx, 'response-builder-no-input', ['freeText']);
  });

/** Reflection: free-text prompts with sentence starters. Answers stay on the device unless `shareText`. */
export const ReflectionActivity = z
  .strictObject({
    type: z.literal('reflection'),
    id: Id,
    intro: Text.optional(),
    prompts: z.array(z.strictObject({id: Id, prompt: Text, starters: z.array(ShortText).default([])})).min(1),
    shareText: ShareText,
  })
  .superRefine((reflection, ctx) => uniqueItemIds(ctx, [[reflection.prompts, ['prompts']]]));

/** Points on a scale: 3 or 5. */
const ScalePoints = z.literal([3, 5]).default(5);

/** Survey: statements answered on a Likert or emoji scale. `anonymous` surveys carry no learner link. */
export const SurveyActivity = z
  .strictObject({
    type: z.literal('survey'),
    id: Id,
    intro: Text.optional(),
    scale: z.enum(['likert', 'emoji']),
    points: ScalePoints,
    /** One label per point, lowest first. Leave out for the component's standard labels. */
    labels: z.array(ShortText).optional(),
    items: z.array(z.strictObject({id: Id, statement: Text})).min(1),
    anonymous: z.boolean().default(true),
  })
  .superRefine((survey, ctx) => {
    uniqueItemIds(ctx, [[survey.items, ['items']]]);
    if (survey.labels && survey.labels.length !== survey.points) {
      report(ctx, 'scale-labels-count', ['labels'], {count: survey.labels.length, points: survey.points});
    }
  });

/** The rule for `audio.src`: a lower-case relative path next to the lesson file, no `..`, a common audio type. */
export const AUDIO_PATTERN = /^(?!.*\.\.)[a-z0-9][a-z0-9._/-]*\.(mp3|m4a|ogg|opus)$/;

/** The most figures one story picture holds: more would be too small to read on a phone. */
export const STORY_FIGURES_MAX = 3;

/**
 * One person in a story picture. The element draws it as a simple figure (no photo, no emoji font):
 * the author picks how it looks, so a lesson can cast its characters with care.
 */
export const StoryFigure = z.strictObject({
  hair: z.enum(['short', 'long', 'curly', 'ponytail', 'headscarf']),
  /** Skin tone from 1 (light) to 5 (dark). */
  skin: z.number().int().min(1).max(5),
  mood: z.enum(['happy', 'sad', 'angry', 'calm', 'worried']),
  /** Something in the figure's hands. */
  holds: z.enum(['phone', 'tablet']).optional(),
  /** Something the figure wears that the story is about. */
  wears: z.enum(['hearing-aid', 'glasses']).optional(),
  /** A grown-up (a teacher, a parent): drawn taller. */
  adult: z.boolean().default(false),
});

/** One panel of the illustrated version: a picture with its text alternative, and the story in short sentences. */
export const StoryPanel = z.strictObject({
  /** This part of the story in short, simple sentences; shown under the picture. */
  text: Text,
  picture: z
    .strictObject({
      /** What the picture shows, in words: its text alternative for a screen reader. */
      alt: ShortText,
      figures: z.array(StoryFigure).min(1),
      /** A balloon beside the figures: chat messages, a heart, a question mark, or building blocks (a game). */
      balloon: z.enum(['chat', 'heart', 'question', 'blocks']).optional(),
    })
    .superRefine((picture, ctx) => {
      if (picture.figures.length > STORY_FIGURES_MAX) report(ctx, 'story-picture-figures', ['figures'], {count: picture.figures.length, max: STORY_FIGURES_MAX});
    }),
});

/**
 * Story: an experience story as text, optionally as audio (the transcript is then required) and as
 * pictures with short sentences (`panels`, for pupils who read with difficulty), with empathy questions.
 */
export const StoryActivity = z
  .strictObject({
    type: z.literal('story'),
    id: Id,
    title: ShortText,
    /** Who tells it, such as "Samira, 15". Fictional. */
    narrator: ShortText.optional(),
    text: Text,
    audio: z.strictObject({src: z.string().regex(AUDIO_PATTERN), transcript: Text}).optional(),
    /** The story told again in pictures with short sentences, in order. */
    panels: z.array(StoryPanel).min(2).optional(),
    questions: z.array(z.strictObject({id: Id, question: Text})).default([]),
    shareText: ShareText,
  })
  .superRefine((story, ctx) => uniqueItemIds(ctx, [[story.questions, ['questions']]]));

export const Role = z.enum(['verspreider', 'doelwit', 'omstander']);

/** Roles: one situation seen through the cards of spreader, target and bystander (verspreider, doelwit, omstander). */
export const RolesActivity = z
  .strictObject({
    type: z.literal('roles'),
    id: Id,
    situation: Text,
    cards: z
      .array(
        z.strictObject({
          id: Id,
          role: Role,
          /** A fictional name, such as "Mees". */
          name: ShortText.optional(),
          /** What this person does, thinks or feels. */
          text: Text,
          question: Text.optional(),
        }),
      )
      .min(3),
  })
  .superRefine((roles, ctx) => {
    uniqueItemIds(ctx, [[roles.cards, ['cards']]]);
    for (const role of Role.options) {
      if (!roles.cards.some((c) => c.role === role)) report(ctx, 'roles-missing-role', ['cards'], {role});
    }
  });

/** Dilemma: statements to agree or disagree with; `standOnTheLine` plays it as the classroom line exercise. */
export const DilemmaActivity = z
  .strictObject({
    type: z.literal('dilemma'),
    id: Id,
    intro: Text.optional(),
    statements: z.array(z.strictObject({id: Id, text: Text, discussion: Text.optional()})).min(1),
    /** Classroom variant: pupils stand on a line from agree to disagree; the screen shows one statement at a time. */
    standOnTheLine: z.boolean().default(false),
  })
  .superRefine((dilemma, ctx) => uniqueItemIds(ctx, [[dilemma.statements, ['statements']]]));

/** Agreements: the group makes its own agreements, starting from suggestions. */
export const AgreementsActivity = z
  .strictObject({
    type: z.literal('agreements'),
    id: Id,
    prompt: Text,
    suggestions: z.array(TextItem).min(1),
    /** Whether the group may add agreements of its own. */
    allowOwn: z.boolean().default(true),
    shareText: ShareText,
  })
  .superRefine((agreements, ctx) => uniqueItemIds(ctx, [[agreements.suggestions, ['suggestions']]]));

const mood = <T extends 'check-in' | 'check-out'>(type: T) =>
  z.strictObject({
    type: z.literal(type),
    id: Id,
    question: Text,
    points: ScalePoints,
  });

/** Check-in: how are you now, on an emoji scale. The answer never leaves the device. */
export const CheckInActivity = mood('check-in');
/** Check-out: how are you at the end, on an emoji scale. The answer never leaves the device. */
export const CheckOutActivity = mood('check-out');

/** Help points: shows the lesson's `helpPoints`. Not tracked. */
export const HelpPointsActivity = z.strictObject({
  type: z.literal('help-points'),
  intro: Text.optional(),
});

export const Activity = z.discriminatedUnion('type', [
  InformationActivity,
  ChoiceActivity,
  SortActivity,
  SocialPostActivity,
  ResponseBuilderActivity,
  ReflectionActivity,
  SurveyActivity,
  StoryActivity,
  RolesActivity,
  DilemmaActivity,
  AgreementsActivity,
  CheckInActivity,
  CheckOutActivity,
  HelpPointsActivity,
]);

/** Every activity type, in the order of `Activity`. */
export const ACTIVITY_TYPES = Activity.options.map((o) => o.shape.type.value);

export type Activity = z.output<typeof Activity>;
export type ActivityInput = z.input<typeof Activity>;
export type ActivityType = Activity['type'];
export type InformationActivity = z.output<typeof InformationActivity>;
export type ChoiceActivity = z.output<typeof ChoiceActivity>;
export type ChoiceOption = z.output<typeof ChoiceOption>;
export type SortActivity = z.output<typeof SortActivity>;
export type SocialPostActivity = z.output<typeof SocialPostActivity>;
export type ResponseBuilderActivity = z.output<typeof ResponseBuilderActivity>;
export type ReflectionActivity = z.output<typeof ReflectionActivity>;
export type SurveyActivity = z.output<typeof SurveyActivity>;
export type StoryActivity = z.output<typeof StoryActivity>;
export type StoryPanel = z.output<typeof StoryPanel>;
export type StoryFigure = z.output<typeof StoryFigure>;
export type RolesActivity = z.output<typeof RolesActivity>;
export type Role = z.output<typeof Role>;
export type DilemmaActivity = z.output<typeof DilemmaActivity>;
export type AgreementsActivity = z.output<typeof AgreementsActivity>;
export type CheckInActivity = z.output<typeof CheckInActivity>;
export type CheckOutActivity = z.output<typeof CheckOutActivity>;
export type HelpPointsActivity = z.output<typeof HelpPointsActivity>;
/** An activity that records something: every type except information and help-points. */
export type TrackedActivity = Extract<Activity, {id: string}>;
