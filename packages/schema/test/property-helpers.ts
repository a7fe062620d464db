import {MESSAGES, PROBLEM_CODES} from '@upstander/schema';
import type {Lang, Problem} from '@upstander/schema';

export const isKnownCode = (code: string): boolean => (PROBLEM_CODES as string[]).includes(code);

/** The placeholders of a problem's message template that its parameters leave unfilled. */
export function unfilled(problem: Problem, lang: Lang): string[] {
  const names = [...MESSAGES[problem.code][lang].matchAll(/\{(\w+)\}/g)].map((m) => m[1]!);
  return names.filter((name) => !Object.hasOwn(problem.params, name));
}
