/**
 * The performance budgets `npm run bench:check` enforces (CI fails beyond them).
 *
 * CI must not go red because the machine is busy. So CI gates only what a busy machine cannot change
 * (bytes, requests, suspend_data) and, for time, a ratio measured in the same run: our lesson's time to
 * an interactive first step over the time of the *floor page* (one HTML page holding one button, served
 * and throttled the same way, interleaved with our runs), which load stretches alike. Absolute times
 * (DESIGN.md's milliseconds) are measured and reported beside them, marked `gate: false`; compare
 * them only between runs on a quiet machine (docs/performance.md).
 *
 * `design` is the budget in DESIGN.md (the project design, beside the repository) §8 (and §4 for suspend_data); `limit` is what we
 * enforce: the design budget, tightened where our measured figure was far below it (under ~60 %), so a
 * regression shows long before the design budget is reached. A limit is never above its design
 * budget, and is never raised to make a run pass: fix the regression, or argue the change in
 * docs/decisions/ and update both here and in DESIGN.md.
 */
export interface Budget {
  id: string;
  /** What is measured, in words. */
  what: string;
  unit: 'B' | 'ms' | 'requests' | 'ratio';
  /** DESIGN.md's budget (and its goal, where it names one). */
  design: number;
  goal?: number;
  /** What CI enforces. */
  limit: number;
  /** Why the limit differs from the design budget (when it does). */
  why?: string;
  /** False: measured and reported, never failing CI (a time a busy machine stretches). Default true. */
  gate?: boolean;
}

const REPORTED_ONLY = 'reported, not gated: a busy CI machine stretches every millisecond, so CI gates the ratio to the floor page below instead';

export const BUDGETS: Budget[] = [
  {
    id: 'scorm-js-css-gzip',
    what: 'JavaScript + CSS a SCORM 1.2 lesson loads until interactive (gzip, level 9)',
    unit: 'B',
    design: 45_000,
    goal: 35_000,
    limit: 45_000,
  },
  {
    id: 'ready-slow',
    what: 'navigation → interactive first step, cold, CPU ×4 + 1.6 Mbps/150 ms (median of 7 runs, 14 when re-measured; SCORM: the lesson frame)',
    unit: 'ms',
    design: 1200,
    goal: 800,
    limit: 1200,
    gate: false,
    why: REPORTED_ONLY,
  },
  {
    id: 'ready-cpu',
    what: 'navigation → interactive first step, cold, CPU ×4 only (median of 7 runs, 14 when re-measured; SCORM: the lesson frame)',
    unit: 'ms',
    design: 500,
    goal: 300,
    limit: 500,
    gate: false,
    why: REPORTED_ONLY,
  },
  {
    id: 'ready-slow-ratio',
    what: 'the worst lesson’s time to interactive over the floor page’s, CPU ×4 + 1.6 Mbps/150 ms, medians of the same run',
    unit: 'ratio',
    design: 4,
    limit: 4,
    why: 'not in DESIGN.md: the gate that stands for its 1200 ms in CI. About 2.3 on a quiet machine and up to 2.9 on a busy one; 4 catches a gross regression (a blocking request, a second bundle) without failing on load',
  },
  {
    id: 'ready-cpu-ratio',
    what: 'the worst lesson’s time to interactive over the floor page’s, CPU ×4 only, medians of the same run',
    unit: 'ratio',
    design: 5,
    limit: 5,
    why: 'not in DESIGN.md: the gate that stands for its 500 ms in CI. About 2.5 on a quiet machine and up to 3.5 on a busy one; 5 catches a gross regression (twice the script work) without failing on load',
  },
  {
    id: 'requests',
    what: 'requests until interactive (the lesson: its frame in the SCORM launch, the page standalone)',
    unit: 'requests',
    design: 8,
    limit: 4,
    why: 'we make 3 (launch page, upstander.js, lesson.json); one spare, so a new request on the way to the first step is a decision (made here, with its reason), not an accident',
  },
  {
    id: 'bytes',
    what: 'bytes transferred until interactive (the lesson: its frame in the SCORM launch, the page standalone)',
    unit: 'B',
    design: 100_000,
    limit: 75_000,
    why: 'the 45 kB JavaScript budget, the launch page (~1.5 kB) and the lesson JSON: ~11 kB gzip for the largest lesson today, room for ~25 kB for the long lessons of the older tracks',
  },
  {
    id: 'suspend-data',
    what: 'cmi.suspend_data of the largest lesson after a full run (every tracked activity answered, upper bound)',
    unit: 'B',
    design: 4096,
    limit: 2048,
    why: 'half of SCORM 1.2’s 4096: a warning while there is still room, as longer lessons of the older tracks arrive',
  },
  {
    id: 'suspend-data-track',
    what: 'cmi.suspend_data of the largest track after a full run (all its lessons and variants in one, every tracked activity answered, upper bound)',
    unit: 'B',
    design: 4096,
    limit: 3072,
    why: 'three quarters of SCORM 1.2’s 4096, which a track played as one SCO shares among all its lessons (1773 B for the 4 lessons of groep-7-8 today, ~440 B a lesson): a warning about two lessons before the LMS would cut answers off',
  },
  {
    id: 'build',
    what: 'building every package of every lesson and track, all formats (written to disk, as `upstander build`)',
    unit: 'ms',
    design: 60_000,
    limit: 10_000,
    gate: false,
    why: 'DESIGN asks for “seconds, not minutes” (read as < 60 s); we take well under a second today. Reported, not gated: a busy machine stretches it',
  },
];

export const budget = (id: string): Budget => {
  const found = BUDGETS.find((b) => b.id === id);
  if (!found) throw new Error(`no budget "${id}"`);
  return found;
};

export const formatValue = (value: number, unit: Budget['unit']): string =>
  unit === 'B' ? (value < 10_000 ? `${Math.round(value)} B` : `${(value / 1000).toFixed(1)} kB`) : unit === 'ms' ? `${Math.round(value)} ms` : unit === 'ratio' ? `${value.toFixed(2)}×` : `${value}`;

/** DESIGN.md §8's reference figures for other players: not measured by this benchmark. */
export const REFERENCES = [
  {name: 'H5P MultiChoice (h5p-standalone)', slow: 3479, cpu: 977, requests: 57, bytes: 506_000, jsCss: 266_000},
  {name: 'Adapt 5.56 default course', slow: 7455, cpu: 2489, requests: 61, bytes: 571_000, jsCss: 483_000},
];
