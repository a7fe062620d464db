/**
 * Kerndoelen coverage of a set of lessons (a track, one lesson, a folder): which kerndoelen each lesson
 * serves, and which relevant kerndoelen of the audience's level none of them serves. Pure data in, data
 * out: the CLI (`upstander coverage`) and the composer page use this same function.
 *
 * "Relevant" (the open list): the kerndoelen of the level that are not superseded and are
 *   - the 2006 kerndoelen (wettelijk geldend) of the level, all of them, and
 *   - the most detailed 2025 goals (those without sub-goals) under every 2025 kerndoel the lessons touch
 *     (e.g. a lesson serving BU-PO-19A-u3 makes BU-PO-19A-u1, -u2 and -u4 relevant).
 * A lesson naming a goal serves it and every goal above it (BU-PO-19A-u3 serves BU-PO-19A and BU-PO-19).
 */
import {isSuperseded, kerndoel, kerndoelen} from './kerndoelen.js';
import type {Kerndoel} from './kerndoelen.js';

/** What coverage needs to know about a lesson (a lesson file has all of these). */
export interface CoverageLesson {
  id: string;
  title: string;
  audience: string;
  durationMinutes?: number;
  kerndoelen: readonly string[];
}

/** One kerndoel as the coverage report shows it. */
export interface CoverageGoal {
  id: string;
  /** The SLO title (the goal's text). */
  title: string;
  /** 2025 (the new kerndoelen) or 2006 (the statutory ones). */
  set: '2025' | '2006';
  subject: Kerndoel['subject'];
  domain: string;
  uri: string;
}

export interface LessonCoverage {
  id: string;
  title: string;
  durationMinutes?: number;
  goals: CoverageGoal[];
  /** Ids the lesson names that the curriculum does not know (the validator reports these). */
  unknown: string[];
}

export interface Coverage {
  /** po or vo: the level of the audience (jongerenwerk counts as vo), or undefined when the lessons mix levels. */
  level: Kerndoel['level'] | undefined;
  lessons: LessonCoverage[];
  /** Every goal some lesson names, in curriculum order, with the lessons that name it. */
  covered: (CoverageGoal & {lessons: string[]})[];
  /** Relevant goals of the level that no lesson serves. */
  open: CoverageGoal[];
  totalMinutes: number;
}

/** The kerndoel level an audience learns at: po for po, vo for vo and jongerenwerk. */
export function levelOf(audience: string): Kerndoel['level'] | undefined {
  if (audience === 'po') return 'po';
  if (audience === 'vo' || audience === 'jongerenwerk') return 'vo';
  return undefined;
}

export function goalSet(k: Kerndoel): '2025' | '2006' {
  return /-2006-/.test(k.id) ? '2006' : '2025';
}

function goal(k: Kerndoel): CoverageGoal {
  return {id: k.id, title: k.text, set: goalSet(k), subject: k.subject, domain: k.domain, uri: k.uri};
}

/** The ids above a 2025 goal: BU-PO-19A-u3 → BU-PO-19A, BU-PO-19. */
function ancestors(id: string): string[] {
  const out: string[] = [];
  const u = /^(.*)-u\d+$/.exec(id);
  let base = u ? u[1]! : id;
  if (u) out.push(base);
  const letter = /^([A-Z]+-[A-Z]+-\d+)[A-Z]$/.exec(base);
  if (letter) {
    base = letter[1]!;
    out.push(base);
  }
  return out.filter((a) => kerndoel(a));
}

/** The top 2025 kerndoel a goal belongs to: BU-PO-19A-u3 → BU-PO-19. */
function root(id: string): string {
  return ancestors(id).at(-1) ?? id;
}

const hasChildren = new Set(kerndoelen.flatMap((k) => ancestors(k.id)));

export function coverage(lessons: readonly CoverageLesson[]): Coverage {
  const levels = new Set(lessons.map((l) => levelOf(l.audience)));
  const level = levels.size === 1 ? [...levels][0] : undefined;
  const served = new Set<string>();
  const by = new Map<string, string[]>();
  const perLesson: LessonCoverage[] = lessons.map((lesson) => {
    const goals: CoverageGoal[] = [];
    const unknown: string[] = [];
    for (const id of lesson.kerndoelen) {
      const k = kerndoel(id);
      if (!k) {
        unknown.push(id);
        continue;
      }
      goals.push(goal(k));
      for (const s of [id, ...ancestors(id)]) served.add(s);
      by.set(id, [...(by.get(id) ?? []), lesson.id].filter((v, i, a) => a.indexOf(v) === i));
    }
    return {id: lesson.id, title: lesson.title, ...(lesson.durationMinutes !== undefined && {durationMinutes: lesson.durationMinutes}), goals, unknown};
  });
  const covered = kerndoelen.filter((k) => by.has(k.id)).map((k) => ({...goal(k), lessons: by.get(k.id)!}));
  const roots = new Set([...by.keys()].filter((id) => goalSet(kerndoel(id)!) === '2025').map(root));
  const open = level
    ? kerndoelen
        .filter((k) => k.level === level && !isSuperseded(k) && !served.has(k.id))
        .filter((k) => (goalSet(k) === '2006' ? true : roots.has(root(k.id)) && !hasChildren.has(k.id)))
        .map(goal)
    : [];
  const totalMinutes = lessons.reduce((sum, l) => sum + (l.durationMinutes ?? 0), 0);
  return {level, lessons: perLesson, covered, open, totalMinutes};
}
