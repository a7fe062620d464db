/** The campaign post model: ready-made posts youth work can share (campaign/posts.json). */
import {z} from 'zod';
import {ILLUSTRATIONS} from './illustrations.js';
import {PALETTE} from './palette.js';

/** Words Meta's ad policy on social issues refused in the report; an ad-safe caption must avoid them. */
export const REFUSED_AD_WORDS = ['racisme', 'polarisatie', 'seksisme'] as const;

/** The tracks' messages a post carries. */
export const MESSAGES = ['positieve-norm', 'tien-seconden', 'melden', 'hulp', 'stille-middengroep'] as const;


const text = (max: number) => z.string().trim().min(1).max(max);

export const slideSchema = z.strictObject({
  heading: text(90).describe('Large type on the card.'),
  body: text(220).optional().describe('Smaller type under the heading.'),
  alt: text(400).describe('Alternative text of this image: what the card says and shows.'),
});

export const postSchema = z
  .strictObject({
    id: z.string().regex(/^[a-z0-9]+(-[a-z0-9]+)*$/),
    message: z.enum(MESSAGES),
    palette: z.enum(Object.keys(PALETTE) as [keyof typeof PALETTE, ...(keyof typeof PALETTE)[]]),
    illustration: z.enum(Object.keys(ILLUSTRATIONS) as [keyof typeof ILLUSTRATIONS, ...(keyof typeof ILLUSTRATIONS)[]]),
    slides: z.array(slideSchema).min(1).max(6).describe('One slide, or a carousel.'),
    caption: text(2200),
    moment: text(200).describe('When to post it, e.g. after a lesson or on a theme day.'),
    followsUp: z.strictObject({kind: z.enum(['lesson', 'track']), id: z.string().min(1)}),
    adSafe: z.boolean().describe('True when the caption avoids the words the ad policy refused.'),
  })
  .superRefine((post, ctx) => {
    if (!post.adSafe) return;
    for (const word of refusedWordsIn([post.caption, ...post.slides.flatMap((s) => [s.heading, s.body ?? ''])].join(' '))) {
      ctx.addIssue({code: 'custom', path: ['caption'], message: `flagged ad-safe but contains the refused word "${word}"`});
    }
  });

export const campaignSchema = z.strictObject({
  $schema: z.string().optional(),
  posts: z.array(postSchema).min(12),
}).superRefine((campaign, ctx) => {
  const seen = new Set<string>();
  campaign.posts.forEach((post, i) => {
    if (seen.has(post.id)) ctx.addIssue({code: 'custom', path: ['posts', i, 'id'], message: `duplicate id ${post.id}`});
    seen.add(post.id);
  });
});

export type Slide = z.infer<typeof slideSchema>;
export type Post = z.infer<typeof postSchema>;
export type Campaign = z.infer<typeof campaignSchema>;

/** The refused words in a text (as parts of words too: "racismebestrijding" counts). */
export function refusedWordsIn(value: string): string[] {
  const lower = value.toLowerCase();
  return REFUSED_AD_WORDS.filter((word) => lower.includes(word));
}
