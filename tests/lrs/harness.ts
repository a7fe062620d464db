// What the tracking end-to-end tests share: the lesson's launch files served as a package would
// serve them (lessonFiles: index.html, upstander.js with its chunks, lesson.json), a SCORM harness
// page where scorm-again plays the LMS with faults that can be switched on, a pupil who plays the
// lesson with clicks, and a record of every request the browser makes.
import {createRequire} from 'node:module';
import {dirname} from 'node:path';
import type {Browser, Frame, HTTPRequest, Page} from 'puppeteer-core';
import {lessonFiles} from '@upstander/packager';
import type {ChoiceActivity, Lesson} from '@upstander/schema';
import {makeMoodleStrict, moodleRefusal} from '../../packages/cli/src/preview/moodle-rules.js';
import {folder, memory, startServer} from '../../packages/cli/src/server.js';
import type {RunningServer} from '../../packages/cli/src/server.js';

/** The lesson's files under `/pkg/`, scorm-again under `/vendor/scorm-again/`, harness pages under `/lms/`. */
export async function serveLesson(lesson: Lesson, options: Parameters<typeof lessonFiles>[1] = {}): Promise<RunningServer> {
  const files = new Map(lessonFiles(lesson, options).map((f) => [f.path, f.data]));
  const scormAgain = dirname(createRequire(import.meta.url).resolve('scorm-again/scorm12/min'));
  const pages = new Map([
    ['scorm2004.html', new TextEncoder().encode(scormHarness('2004'))],
    ['scorm12.html', new TextEncoder().encode(scormHarness('1.2'))],
  ]);
  return startServer({'/pkg/': memory(files), '/vendor/scorm-again/': folder(scormAgain), '/lms/': memory(pages)});
}

/**
 * A page where scorm-again is the LMS and the lesson runs in a frame, as in an LMS. What the LMS
 * commits is kept in sessionStorage (with the interactions, as an LMS database would), so a reload
 * resumes. `window.lms` lets a test switch faults: every API call answers "false", throws, or the
 * API vanishes (window.API… gone and the old object dead) until `lms.restore()` puts a new API
 * object, loaded with what was committed, in its place. Every SetValue is checked as Moodle 4.3
 * checks it first (moodle-rules.ts): what Moodle would refuse is refused and listed in `lms.refused`;
 * `lms.refuse` (a RegExp source) makes it refuse every value of the elements it matches as well.
 */
export function scormHarness(version: '1.2' | '2004'): string {
  const v2004 = version === '2004';
  const apiName = v2004 ? 'API_1484_11' : 'API';
  const ctor = v2004 ? 'Scorm2004API' : 'Scorm12API';
  const script = v2004 ? 'scorm2004.min.js' : 'scorm12.min.js';
  const commit = v2004 ? 'Commit' : 'LMSCommit';
  const methods = v2004
    ? ['Initialize', 'Terminate', 'GetValue', 'SetValue', 'Commit', 'GetLastError', 'GetErrorString', 'GetDiagnostic']
    : ['LMSInitialize', 'LMSFinish', 'LMSGetValue', 'LMSSetValue', 'LMSCommit', 'LMSGetLastError', 'LMSGetErrorString', 'LMSGetDiagnostic'];
  return `<!doctype html>
<html lang="nl"><head><meta charset="utf-8"><title>SCORM ${version} harness</title>
<script src="/vendor/scorm-again/${script}"></script>
<script>
// Moodle 4.3's checks of every SetValue (packages/cli/src/preview/moodle-rules.ts), on top of scorm-again.
var __name = (f) => f;
${moodleRefusal.toString()}
${makeMoodleStrict.toString()}
</script>
</head><body>
<iframe id="sco" title="De les" style="width:100%;height:90vh"></iframe>
<script>
const params = new URLSearchParams(location.search);
const key = 'harness:' + params.get('launch');
const seed = JSON.parse(params.get('seed') || '{}');
const methods = ${JSON.stringify(methods)};
const lms = {fault: 'none', calls: {}, commits: 0, api: null, proxy: null, dead: null, refused: [], refuse: '', refusal: ''};
function snapshot(api) {
  const cmi = JSON.parse(JSON.stringify(api.cmi));
  ${
    v2004
      ? `return {learner_id: cmi.learner_id, completion_status: cmi.completion_status, success_status: cmi.success_status,
    location: cmi.location, suspend_data: cmi.suspend_data, entry: cmi.exit === 'suspend' ? 'resume' : '',
    scaled_passing_score: cmi.scaled_passing_score, score: cmi.score, interactions: cmi.interactions, objectives: cmi.objectives};`
      : `return {core: {student_id: cmi.core.student_id, lesson_status: cmi.core.lesson_status, lesson_location: cmi.core.lesson_location,
    entry: cmi.core.exit === 'suspend' ? 'resume' : '', score: cmi.core.score}, suspend_data: cmi.suspend_data,
    student_data: cmi.student_data, interactions: cmi.interactions, objectives: cmi.objectives};`
  }
}
function open() {
  const api = new ${ctor}({autocommit: false, lmsCommitUrl: false, logLevel: 5});
  const saved = sessionStorage.getItem(key);
  api.loadFromJSON(saved ? JSON.parse(saved) : seed);
  makeMoodleStrict(api, '${version}', lms.refused);
  api.on('${commit}', () => { lms.commits++; sessionStorage.setItem(key, JSON.stringify(snapshot(api))); });
  const proxy = new Proxy(api, {get(target, prop) {
    const name = String(prop);
    if (!methods.includes(name)) return Reflect.get(target, prop);
    if (lms.dead === proxy) return undefined;
    return (...args) => {
      lms.calls[name] = (lms.calls[name] || 0) + 1;
      if (lms.refuse && name.endsWith('SetValue') && new RegExp(lms.refuse).test(args[0])) {
        lms.refusal = '${v2004 ? '406' : '405'}';
        lms.refused.push({element: args[0], value: String(args[1]), code: lms.refusal, forced: true});
        return 'false';
      }
      if (name.endsWith('GetLastError') && lms.refusal) return lms.refusal;
      if (!/Get(LastError|ErrorString|Diagnostic)$/.test(name)) lms.refusal = '';
      if (lms.fault === 'throw') throw new Error('The LMS is unreachable');
      if (lms.fault === 'false') return name.endsWith('GetLastError') ? '101' : name.includes('Get') ? '' : 'false';
      return target[name](...args);
    };
  }});
  lms.api = api;
  lms.proxy = proxy;
  window.${apiName} = proxy;
}
lms.vanish = () => { lms.dead = lms.proxy; delete window.${apiName}; };
lms.restore = () => { lms.fault = 'none'; open(); };
lms.data = () => JSON.parse(JSON.stringify(lms.api.cmi));
lms.stored = () => JSON.parse(sessionStorage.getItem(key) || 'null');
window.lms = lms;
open();
document.querySelector('#sco').src = params.get('launch');
</script>
</body></html>
`;
}

export const aria = (role: string, name: string) => `::-p-aria([name=${JSON.stringify(name)}][role="${role}"])`;

export async function showsStep(frame: Frame | Page, title: string): Promise<void> {
  await frame.waitForSelector(aria('heading', title), {timeout: 8000});
}

/** The frame the lesson runs in (the harness's #sco), once the lesson is shown. */
export async function lessonFrame(page: Page): Promise<Frame> {
  const handle = await page.waitForSelector('iframe#sco');
  const frame = (await handle!.contentFrame())!;
  await frame.waitForSelector('up-lesson', {timeout: 8000});
  return frame;
}

/**
 * Plays a lesson as a pupil, step by step with clicks. `pick` chooses the option for each choice
 * question; `before(i)` runs before step i (to switch faults on and off mid-lesson).
 */
export async function playLesson(
  frame: Frame | Page,
  lesson: Lesson,
  pick: (activity: ChoiceActivity) => string,
  before: (index: number) => Promise<void> | void = () => {},
): Promise<void> {
  for (const [i, step] of lesson.steps.entries()) {
    await before(i);
    await showsStep(frame, step.title);
    if (step.activity.type === 'choice') {
      const option = step.activity.options.find((o) => o.id === pick(step.activity as ChoiceActivity))!;
      await frame.locator(aria('radio', option.text)).click();
      await frame.locator(aria('button', 'Controleer')).click();
    }
    const last = i === lesson.steps.length - 1;
    await frame.locator(aria('button', last ? 'Klaar' : 'Volgende')).click();
  }
  await frame.waitForSelector(aria('heading', 'Je hebt deze les afgerond'), {timeout: 8000});
}

/** The first correct option (or the first) of a question: a pupil who knows the answers. */
export const correctAnswer = (a: ChoiceActivity) => (a.options.find((o) => o.correct) ?? a.options[0]!).id;

/** Every request the page and its frames make (URL, method, body), as the browser sends it. */
export function recordRequests(page: Page): {url: string; method: string; body: string}[] {
  const seen: {url: string; method: string; body: string}[] = [];
  page.on('request', (request: HTTPRequest) => {
    seen.push({url: request.url(), method: request.method(), body: request.postData() ?? ''});
  });
  return seen;
}

/** A fresh incognito context and page. */
export async function newPage(browser: Browser): Promise<Page> {
  const context = await browser.createBrowserContext();
  return context.newPage();
}

/** Polls `check` until it holds; fails with `what` after `ms`. */
export async function waitFor(check: () => Promise<boolean> | boolean, what: string, ms = 20000): Promise<void> {
  const end = Date.now() + ms;
  while (!(await check())) {
    if (Date.now() > end) throw new Error(`timed out waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 50));
  }
}
