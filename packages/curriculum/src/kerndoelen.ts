import {z} from 'zod';
import data from '../data/kerndoelen.json' with {type: 'json'};

/** One SLO kerndoel (or one part of it), with its permanent URI. */
export const Kerndoel = z.object({
  id: z.string(),
  level: z.enum(['po', 'vo']),
  subject: z.enum(['burgerschap', 'digitale-geletterdheid']),
  domain: z.string(),
  text: z.string(),
  uri: z.url(),
  source: z.string(),
  confidence: z.string().optional(),
});
export type Kerndoel = z.infer<typeof Kerndoel>;

/** The kerndoelen burgerschap and digitale geletterdheid, shipped with this package (SLO open data, MIT). */
export const kerndoelen: readonly Kerndoel[] = Object.freeze(z.array(Kerndoel).parse(data));

const byId = new Map(kerndoelen.map((k) => [k.id, k]));

export function kerndoel(id: string): Kerndoel | undefined {
  return byId.get(id);
}

export function kerndoelenForLevel(level: Kerndoel['level']): Kerndoel[] {
  return kerndoelen.filter((k) => k.level === level);
}

/** Superseded concept goals (March 2024) are kept for crosswalks only; lessons should not map to them. */
export function isSuperseded(k: Kerndoel): boolean {
  return /vervangen/i.test(k.domain);
}
