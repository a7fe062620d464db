/**
 * How busy the machine was with other work while we measured: the CPU time every process used
 * (/proc/stat), minus what this process and its children (the bench's server, Chromium and its
 * renderers) used (/proc/<pid>/stat), per second of wall time. 1.0 means other processes kept one
 * core busy the whole time. Linux only; elsewhere `foreignCores` is undefined.
 *
 * CPU-throttled page loads are sensitive to this: Chromium's CPU throttling pauses the page's main
 * thread in proportion to the time it ran, so time the thread spends waiting for a core that another
 * process holds is stretched as well. A run is only comparable with another at similar foreign load.
 */
import {readFileSync, readdirSync} from 'node:fs';

const TICKS_PER_SECOND = 100; // USER_HZ: 100 on every Linux architecture Node supports

interface Snapshot {
  at: number;
  /** Busy ticks of the whole machine (every CPU), and of each of our processes by pid. */
  busy: number;
  ours: Map<number, number>;
}

function machineBusy(): number {
  const line = readFileSync('/proc/stat', 'utf8').split('\n', 1)[0]!;
  // cpu user nice system idle iowait irq softirq steal guest guest_nice
  const [user, nice, system, , , irq, softirq, steal] = line.trim().split(/\s+/).slice(1).map(Number) as number[];
  return user! + nice! + system! + irq! + softirq! + steal!;
}

/** pid → [ppid, utime + stime] of every process. */
function processes(): Map<number, [number, number]> {
  const out = new Map<number, [number, number]>();
  for (const name of readdirSync('/proc')) {
    if (!/^\d+$/.test(name)) continue;
    try {
      const stat = readFileSync(`/proc/${name}/stat`, 'utf8');
      // The command name (field 2) is in parentheses and may hold spaces: read after its last ')'.
      const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
      out.set(Number(name), [Number(fields[1]), Number(fields[11]) + Number(fields[12])]);
    } catch {
      // the process ended while we looked
    }
  }
  return out;
}

function snapshot(): Snapshot | undefined {
  if (process.platform !== 'linux') return undefined;
  try {
    const all = processes();
    const ours = new Map<number, number>();
    const children = new Map<number, number[]>();
    for (const [pid, [ppid]] of all) children.set(ppid, [...(children.get(ppid) ?? []), pid]);
    const queue = [process.pid];
    while (queue.length > 0) {
      const pid = queue.pop()!;
      ours.set(pid, all.get(pid)?.[1] ?? 0);
      queue.push(...(children.get(pid) ?? []));
    }
    return {at: performance.now(), busy: machineBusy(), ours};
  } catch {
    return undefined;
  }
}

/** Starts watching; `stop()` answers how many cores other processes kept busy meanwhile (undefined off Linux). */
export function watchForeignLoad(): {stop(): number | undefined} {
  const start = snapshot();
  return {
    stop() {
      const end = snapshot();
      if (!start || !end) return undefined;
      const seconds = (end.at - start.at) / 1000;
      if (seconds <= 0) return undefined;
      let ours = 0;
      // Our processes alive at the end: what they used since the start (all of it when they started later).
      for (const [pid, ticks] of end.ours) ours += ticks - (start.ours.get(pid) ?? 0);
      const foreign = end.busy - start.busy - ours;
      return Math.max(0, foreign / TICKS_PER_SECOND / seconds);
    },
  };
}

/**
 * Waits, at most `maxSeconds`, until other processes keep fewer than `threshold` cores busy (measured
 * over one second at a time), so page loads do not start in the middle of someone else's build.
 * Answers the last second's figure and how long it waited; at once off Linux.
 */
export async function waitForQuiet(maxSeconds: number, threshold = 0.3): Promise<{foreign: number | undefined; waited: number}> {
  const started = performance.now();
  let foreign: number | undefined;
  do {
    const watch = watchForeignLoad();
    await new Promise((resolve) => setTimeout(resolve, 1000));
    foreign = watch.stop();
    if (foreign === undefined || foreign < threshold) break;
  } while (performance.now() - started < maxSeconds * 1000);
  return {foreign, waited: (performance.now() - started) / 1000};
}
