/**
 * Time from navigation to "ready to interact" for any page, in Debian's headless Chromium, cold, with
 * CPU and network throttling; plus the requests and bytes it took. Used by bench/run.ts for our
 * lessons, and on its own for any other page (an H5P activity, an Adapt course):
 *
 *   npx tsx bench/page-load.ts --url http://localhost:8080/ --ready '.h5p-answer' --runs 7 --profile slow,cpu
 *
 * Each run: a fresh incognito browser context (own cache, cookies, storage and connections), HTTP cache
 * disabled (CDP Network.setCacheDisabled), throttling set before the navigation, the page opened with
 * CDP Page.navigate. A probe (bench/probe.js) injected into every frame before the page's own scripts
 * reports, from inside the page, the first animation frame in which an element matching the ready
 * selector is visible, not covered and enabled. Requests and bytes come from CDP Network events.
 * Runs of several pages and profiles are interleaved (run 1 of each, then run 2 of each…), so a burst
 * of load on the machine hits every configuration alike; the first (warm-up) round is discarded.
 */
import {readFileSync} from 'node:fs';
import {pathToFileURL} from 'node:url';
import {parseArgs} from 'node:util';
import puppeteer from 'puppeteer-core';
import type {Browser, CDPSession} from 'puppeteer-core';
import {chromiumArgs, chromiumPath} from '../tests/chromium.mjs';
import {watchForeignLoad} from './lib/cpu.js';
import {kB, spread, summarize} from './lib/stats.js';
import type {Summary} from './lib/stats.js';

/** Throttling profiles. `slow` is Lighthouse's mobile ("slow 4G") network with DevTools' CPU ×4. */
export const PROFILES = {
  slow: {
    label: 'CPU ×4 + 1.6 Mbps/150 ms',
    cpu: 4,
    network: {offline: false, latency: 150, downloadThroughput: 200_000, uploadThroughput: 93_750},
  },
  cpu: {label: 'CPU ×4 only', cpu: 4, network: undefined},
  none: {label: 'no throttling', cpu: 1, network: undefined},
} as const;
export type Profile = keyof typeof PROFILES;

/** The window a pupil's Chromebook shows most often. */
export const VIEWPORT = {width: 1366, height: 768};

export interface Target {
  /** A name for reports. */
  label: string;
  url: string;
  /** CSS selector list; `>>>` steps into shadow roots, `pierce/sel` looks everywhere (bench/probe.js). */
  ready: string;
  /**
   * Part of the URL of the frame that holds the content (e.g. a lesson inside an LMS page). When set,
   * only that frame is watched, and its own time (from its navigation start), requests and bytes are
   * reported beside the whole page's.
   */
  frame?: string;
}

export interface RequestRecord {
  url: string;
  /** CDP resource type: Document, Script, Stylesheet, Fetch, XHR, Image, Font… */
  type: string;
  /** Made by the watched frame (or, without `frame`, by any frame). */
  inFrame: boolean;
  /** Epoch ms when the request was made. */
  start: number;
  /** Epoch ms when its last byte arrived (or it failed); undefined when it never finished. */
  end: number | undefined;
  /** Bytes over the wire: headers and (encoded) body, including redirects. */
  transferred: number;
  /** Bytes of response headers, where Chromium reports them. */
  headers: number;
  /** Made before the page was ready to interact. */
  beforeReady: boolean;
  failed: boolean;
}

export interface Tally {
  requests: number;
  /** Bytes transferred (headers + bodies). */
  bytes: number;
  /** Body bytes (as sent: gzip where the server compresses) of scripts and style sheets. */
  jsCss: number;
}

export interface RunResult {
  /** Epoch ms of the page's navigation start (performance.timeOrigin), and of the watched frame's. */
  origin: number;
  frameOrigin: number | undefined;
  /** Page navigation start → ready, ms. */
  ready: number;
  /** Watched frame's navigation start → ready, ms (only with `frame`). */
  frameReady: number | undefined;
  /** What became ready, and whether it had to be scrolled into view first. */
  element: string;
  scrolled: boolean;
  requests: RequestRecord[];
  /** Until ready: the whole page, and the watched frame (the whole page again without `frame`). */
  page: Tally;
  frame: Tally;
  /** Requests made after ready (until the network was quiet), e.g. lazily loaded code. */
  later: string[];
  /**
   * Cores other processes on the machine kept busy from navigation to ready (bench/lib/cpu.ts; Linux
   * only): how loaded the machine was during this run.
   */
  foreignCores: number | undefined;
}

export interface PageLoadResult {
  target: Target;
  profile: Profile;
  runs: RunResult[];
  ready: Summary;
  frameReady: Summary | undefined;
  page: {requests: Summary; bytes: Summary; jsCss: Summary};
  frame: {requests: Summary; bytes: Summary; jsCss: Summary};
  /** Cores kept busy by other processes during the runs (undefined off Linux). */
  foreignCores: Summary | undefined;
}

export interface Options {
  runs?: number;
  /** Discarded rounds before the measured ones. Default 1. */
  warmup?: number;
  /** Give up on a run after this many ms. Default 30000. */
  timeout?: number;
  /** After ready, wait until no request is open for this long (max 3 s) to see later requests. Default 300. */
  settle?: number;
  onRun?: (job: Job, index: number, result: RunResult, warmup: boolean) => void;
}

export interface Job {
  target: Target;
  profile: Profile;
}

const BINDING = '__upstanderBench';
const PROBE = readFileSync(new URL('./probe.js', import.meta.url), 'utf8');

/**
 * Debian's Chromium, headless, as the tests start it, with background throttling off for steady
 * timings, and without the browser's own WebUI omnibox pop-ups: headless Chromium 156 opens two
 * `chrome://omnibox-popup.top-chrome` renderers for every new window (every fresh context), and their
 * start-up (hundreds of ms of script on a 2-core machine) would run during the measured page load.
 */
export function launchBrowser(): Promise<Browser> {
  return puppeteer.launch({
    executablePath: chromiumPath(),
    headless: true,
    args: [
      ...chromiumArgs,
      '--disable-renderer-backgrounding',
      '--disable-background-timer-throttling',
      '--disable-backgrounding-occluded-windows',
      '--disable-extensions',
      '--mute-audio',
      '--disable-features=WebUIOmniboxPopup,WebUIOmniboxAimPopup,WebUIOmniboxFullPopup,WebUIOmniboxFullPopupV2',
    ],
    defaultViewport: VIEWPORT,
  });
}

interface Message {
  kind: 'document' | 'ready';
  url: string;
  top?: boolean;
  timeOrigin: number;
  at?: number;
  element?: string;
  scrolled?: boolean;
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** One cold load of `target` with `profile`. */
export async function runOnce(browser: Browser, target: Target, profile: Profile, options: Options = {}): Promise<RunResult> {
  const timeout = options.timeout ?? 30_000;
  const settle = options.settle ?? 300;
  const context = await browser.createBrowserContext();
  try {
    const page = await context.newPage();
    await page.setViewport(VIEWPORT);
    const cdp: CDPSession = await page.createCDPSession();

    interface Open {
      record: RequestRecord;
      frameId: string;
      done: boolean;
    }
    const requests = new Map<string, Open>();
    const all: Open[] = [];
    const messages: Message[] = [];
    let resolveReady!: (m: Message) => void;
    const ready = new Promise<Message>((resolve) => (resolveReady = resolve));
    let lastActivity = Date.now();
    let clockOffset: number | undefined;
    const wall = (timestamp: number) => (clockOffset ?? 0) + timestamp * 1000;

    cdp.on('Network.requestWillBeSent', (e) => {
      lastActivity = Date.now();
      if (/^(data|blob|about|chrome-extension):/.test(e.request.url)) return;
      const previous = requests.get(e.requestId);
      if (previous && e.redirectResponse) {
        // A redirect: the earlier hop is a request of its own, as DevTools counts it.
        previous.record.transferred = e.redirectResponse.encodedDataLength ?? previous.record.transferred;
        previous.record.end = wall(e.timestamp);
        previous.done = true;
      }
      const open: Open = {
        frameId: e.frameId ?? '',
        done: false,
        record: {url: e.request.url, type: e.type ?? 'Other', inFrame: false, start: e.wallTime * 1000, end: undefined, transferred: 0, headers: 0, beforeReady: false, failed: false},
      };
      // CDP's other events carry a monotonic timestamp: remember how it maps to wall time.
      clockOffset ??= e.wallTime * 1000 - e.timestamp * 1000;
      requests.set(e.requestId, open);
      all.push(open);
    });
    cdp.on('Network.responseReceivedExtraInfo', (e) => {
      const open = requests.get(e.requestId);
      if (open) open.record.headers = e.headersText?.length ?? Object.entries(e.headers).reduce((n, [k, v]) => n + k.length + String(v).length + 4, 0);
    });
    cdp.on('Network.dataReceived', (e) => {
      lastActivity = Date.now();
      const open = requests.get(e.requestId);
      if (open && !open.done) open.record.transferred += e.encodedDataLength;
    });
    cdp.on('Network.loadingFinished', (e) => {
      lastActivity = Date.now();
      const open = requests.get(e.requestId);
      if (open) {
        open.record.transferred = Math.max(open.record.transferred, e.encodedDataLength);
        open.record.end = wall(e.timestamp);
        open.done = true;
      }
    });
    cdp.on('Network.loadingFailed', (e) => {
      lastActivity = Date.now();
      const open = requests.get(e.requestId);
      if (open) {
        open.record.failed = true;
        open.record.end = wall(e.timestamp);
        open.done = true;
      }
    });
    cdp.on('Runtime.bindingCalled', (e) => {
      if (e.name !== BINDING) return;
      const message = JSON.parse(e.payload) as Message;
      messages.push(message);
      if (message.kind === 'ready') resolveReady(message);
    });

    const config = {binding: BINDING, ready: target.ready, frame: target.frame ?? null};
    await cdp.send('Page.enable');
    await cdp.send('Runtime.enable');
    await cdp.send('Network.enable');
    await cdp.send('Network.setCacheDisabled', {cacheDisabled: true});
    await cdp.send('Runtime.addBinding', {name: BINDING});
    await cdp.send('Page.addScriptToEvaluateOnNewDocument', {source: PROBE.replace('__BENCH_CONFIG__', JSON.stringify(config))});
    const {cpu, network} = PROFILES[profile];
    await cdp.send('Emulation.setCPUThrottlingRate', {rate: cpu});
    if (network) await cdp.send('Network.emulateNetworkConditions', network);
    const mainFrameId = (await cdp.send('Page.getFrameTree')).frameTree.frame.id;

    let timer: NodeJS.Timeout | undefined;
    const timedOut = new Promise<never>((_, reject) => {
      timer = setTimeout(
        () => reject(new Error(`${target.label}: "${target.ready}" was not ready to interact within ${timeout} ms (${target.url})`)),
        timeout,
      );
    });
    const foreign = watchForeignLoad();
    const navigation = await cdp.send('Page.navigate', {url: target.url});
    if (navigation.errorText) throw new Error(`${target.label}: navigation failed: ${navigation.errorText} (${target.url})`);
    let done: Message;
    try {
      done = await Promise.race([ready, timedOut]);
    } finally {
      clearTimeout(timer);
    }
    const foreignCores = foreign.stop();

    // Let the page finish what it started, to see requests made after ready (lazily loaded code).
    const settleUntil = Date.now() + 3000;
    while (Date.now() < settleUntil && (all.some((o) => !o.done) || Date.now() - lastActivity < settle)) await sleep(50);

    const top = messages.find((m) => m.kind === 'document' && m.top && !m.url.startsWith('about:'));
    if (!top) throw new Error(`${target.label}: the page's navigation start was not reported`);
    const readyAt = done.at!;
    // The watched frame: the one whose document request matches `frame`; without `frame`, every frame.
    const frameDoc = target.frame
      ? all.find((o) => o.record.type === 'Document' && o.frameId !== mainFrameId && o.record.url.includes(target.frame!))
      : undefined;
    if (target.frame && !frameDoc) throw new Error(`${target.label}: no frame loaded a document matching "${target.frame}"`);
    for (const open of all) {
      open.record.inFrame = frameDoc ? open.frameId === frameDoc.frameId : true;
      open.record.beforeReady = open.record.start <= readyAt;
    }
    const records = all.map((o) => o.record);
    const tally = (list: RequestRecord[]): Tally => ({
      requests: list.length,
      bytes: list.reduce((n, r) => n + r.transferred, 0),
      jsCss: list.filter((r) => r.type === 'Script' || r.type === 'Stylesheet').reduce((n, r) => n + Math.max(0, r.transferred - r.headers), 0),
    });
    const before = records.filter((r) => r.beforeReady);
    return {
      origin: top.timeOrigin,
      frameOrigin: target.frame ? done.timeOrigin : undefined,
      ready: readyAt - top.timeOrigin,
      frameReady: target.frame ? readyAt - done.timeOrigin : undefined,
      element: done.element ?? '',
      scrolled: done.scrolled ?? false,
      requests: records,
      page: tally(before),
      frame: tally(before.filter((r) => r.inFrame)),
      later: records.filter((r) => !r.beforeReady).map((r) => r.url),
      foreignCores,
    };
  } finally {
    await context.close();
  }
}

/** The summary of a job's runs (also to merge the runs of two measurements of one job). */
export function summarizeRuns(job: Job, runs: RunResult[]): PageLoadResult {
  const tallies = (pick: (r: RunResult) => Tally) => ({
    requests: summarize(runs.map((r) => pick(r).requests)),
    bytes: summarize(runs.map((r) => pick(r).bytes)),
    jsCss: summarize(runs.map((r) => pick(r).jsCss)),
  });
  return {
    target: job.target,
    profile: job.profile,
    runs,
    ready: summarize(runs.map((r) => r.ready)),
    frameReady: job.target.frame ? summarize(runs.map((r) => r.frameReady!)) : undefined,
    page: tallies((r) => r.page),
    frame: tallies((r) => r.frame),
    foreignCores: runs.every((r) => r.foreignCores !== undefined) ? summarize(runs.map((r) => r.foreignCores!)) : undefined,
  };
}

/** Measures every job `runs` times, interleaved, after `warmup` discarded rounds. */
export async function measure(browser: Browser, jobs: readonly Job[], options: Options = {}): Promise<PageLoadResult[]> {
  const runs = options.runs ?? 7;
  const warmup = options.warmup ?? 1;
  const results: RunResult[][] = jobs.map(() => []);
  for (let round = 0; round < warmup + runs; round++) {
    for (const [i, job] of jobs.entries()) {
      const result = await runOnce(browser, job.target, job.profile, options);
      const isWarmup = round < warmup;
      if (!isWarmup) results[i]!.push(result);
      options.onRun?.(job, round - warmup, result, isWarmup);
    }
  }
  return jobs.map((job, i) => summarizeRuns(job, results[i]!));
}

/** The run whose ready time is the median one (the lower middle of an even count). */
export function medianRun(result: PageLoadResult): RunResult {
  const time = (r: RunResult) => (result.target.frame ? r.frameReady! : r.ready);
  const sorted = [...result.runs].sort((a, b) => time(a) - time(b));
  return sorted[Math.floor((sorted.length - 1) / 2)]!;
}

/**
 * The request waterfall of one run, as text: every request with when it was made and when its last
 * byte arrived, in ms from the page's navigation start, and where the page became ready.
 */
export function waterfall(run: RunResult, label = ''): string {
  const at = (epoch: number) => String(Math.round(epoch - run.origin)).padStart(5);
  const rows = [...run.requests].sort((a, b) => a.start - b.start);
  const lines = [`  waterfall${label ? ` (${label})` : ''}, ms from the page's navigation start:`];
  if (run.frameOrigin !== undefined) lines.push(`  ${at(run.frameOrigin)}          watched frame's navigation start`);
  for (const r of rows) {
    const path = new URL(r.url).pathname + (new URL(r.url).search ? '?…' : '');
    lines.push(
      `  ${at(r.start)} → ${r.end === undefined ? '    …' : at(r.end)}  ${r.type.padEnd(10)} ${kB(r.transferred).padStart(8)} ${r.inFrame ? ' ' : '·'} ${r.beforeReady ? '' : '(after ready) '}${r.failed ? '(failed) ' : ''}${path}`,
    );
  }
  lines.push(`  ${at(run.origin + run.ready)}          ready to interact: ${run.element}`);
  return lines.join('\n');
}

/** A plain-text report of one result, as the command prints it. */
export function describeResult(result: PageLoadResult): string {
  const {target, profile} = result;
  const last = result.runs.at(-1)!;
  const lines = [
    `${target.label} — ${PROFILES[profile].label}, ${result.runs.length} cold runs`,
    `  ready (page navigation → interactive): ${spread(result.ready)}`,
  ];
  if (result.frameReady) lines.push(`  ready (frame navigation → interactive): ${spread(result.frameReady)}`);
  const tally = (name: string, t: PageLoadResult['page']) =>
    `  until ready, ${name}: ${t.requests.median} requests, ${kB(t.bytes.median)} transferred (max ${kB(t.bytes.max)}), JS+CSS ${kB(t.jsCss.median)} as sent`;
  lines.push(tally('whole page', result.page));
  if (target.frame) lines.push(tally('watched frame', result.frame));
  lines.push(`  ready element: ${last.element}${result.runs.some((r) => r.scrolled) ? ' (scrolled into view first)' : ''}`);
  if (result.foreignCores) lines.push(`  other processes on this machine kept ${result.foreignCores.median.toFixed(2)} cores busy (median; max ${result.foreignCores.max.toFixed(2)})`);
  if (last.later.length > 0) lines.push(`  requested after ready: ${last.later.join(', ')}`);
  return lines.join('\n');
}

const HELP = `Usage: npx tsx bench/page-load.ts --url <url> --ready <selector> [options]

Measures, in Debian's headless Chromium with a cold cache, the time from navigation until an element
matching <selector> is visible, not covered and enabled, and the requests and bytes until then.

  --url <url>           the page to load
  --ready <selector>    CSS selector list marking "ready to interact"; "a >>> b" finds b inside the
                        shadow roots (and light DOM) of a; "pierce/b" finds b in any shadow root
  --frame <text>        only watch the frame whose URL contains <text> (content inside an LMS page);
                        also report that frame's own time, requests and bytes
  --runs <n>            measured runs per profile (default 7), after one discarded warm-up round
  --profile <list>      comma-separated: slow (CPU ×4 + 1.6 Mbps down, 750 kbps up, 150 ms latency),
                        cpu (CPU ×4 only), none (default slow,cpu)
  --label <name>        a name for the report (default: the URL)
  --timeout <ms>        give up on a run after this long (default 30000)
  --waterfall           also print the request waterfall of the median run
  --json                print the results as JSON
`;

async function main(argv: string[]): Promise<number> {
  const {values} = parseArgs({
    args: argv,
    options: {
      url: {type: 'string'},
      ready: {type: 'string'},
      frame: {type: 'string'},
      runs: {type: 'string', default: '7'},
      profile: {type: 'string', default: 'slow,cpu'},
      label: {type: 'string'},
      timeout: {type: 'string', default: '30000'},
      json: {type: 'boolean', default: false},
      waterfall: {type: 'boolean', default: false},
      help: {type: 'boolean', short: 'h'},
    },
  });
  if (values.help || !values.url || !values.ready) {
    (values.help ? console.log : console.error)(HELP);
    return values.help ? 0 : 1;
  }
  const profiles = values.profile.split(',').map((p) => p.trim());
  const unknown = profiles.filter((p) => !(p in PROFILES));
  if (unknown.length > 0) {
    console.error(`Unknown profile ${unknown.join(', ')}: choose from ${Object.keys(PROFILES).join(', ')}`);
    return 1;
  }
  const runs = Number(values.runs);
  if (!Number.isInteger(runs) || runs < 1) {
    console.error('--runs must be a positive whole number');
    return 1;
  }
  const target: Target = {label: values.label ?? values.url, url: values.url, ready: values.ready, ...(values.frame ? {frame: values.frame} : {})};
  const browser = await launchBrowser();
  try {
    const results = await measure(
      browser,
      profiles.map((profile) => ({target, profile: profile as Profile})),
      {
        runs,
        timeout: Number(values.timeout),
        onRun: (job, i, r, warmup) =>
          process.stderr.write(`  ${job.profile} ${warmup ? 'warm-up' : `run ${i + 1}/${runs}`}: ${Math.round(r.ready)} ms${r.frameReady !== undefined ? ` (frame ${Math.round(r.frameReady)} ms)` : ''}${r.foreignCores !== undefined ? `, others busy ${r.foreignCores.toFixed(1)} cores` : ''}\n`),
      },
    );
    if (values.json) console.log(JSON.stringify(results, null, 2));
    else console.log(results.map((r) => describeResult(r) + (values.waterfall ? `\n${waterfall(medianRun(r), 'median run')}` : '')).join('\n\n'));
  } finally {
    await browser.close();
  }
  return 0;
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  main(process.argv.slice(2)).then(
    (code) => (process.exitCode = code),
    (error: unknown) => {
      console.error(error instanceof Error ? error.message : String(error));
      process.exitCode = 1;
    },
  );
}
