// The lesson's launch files in Chromium, inside a harness page where scorm-again is the LMS: SCORM
// 2004 4th edition and SCORM 1.2. A pupil plays the whole lesson; we read what the LMS holds. Then
// the LMS fails mid-lesson — answers "false", throws, vanishes and comes back as a new object — and
// at the end the LMS still holds the final state, every answer exactly once, and the pupil was told
// while it failed. The SCORM path never downloads the xAPI/cmi5 chunks.
import assert from 'node:assert/strict';
import {readFileSync} from 'node:fs';
import {after, before, describe, it} from 'node:test';
import type {Browser, Frame, Page} from 'puppeteer-core';
import {parseLesson} from '@upstander/schema';
import type {ChoiceActivity, Lesson} from '@upstander/schema';
import {decodeState} from '@upstander/tracking';
import type {RunningServer} from '../../packages/cli/src/server.js';
import {launchChromium} from '../browser.js';
import {correctAnswer, lessonFrame, newPage, playLesson, recordRequests, serveLesson, waitFor} from '../lrs/harness.js';

const LESSON = 'lessons/groep-7-8/wat-is-online-respect.json';

interface Held {
  completion: string;
  success: string;
  raw: string;
  scaled: string;
  location: string;
  suspend: string;
  interactions: {id: string; type: string; response: string; result: string}[];
  objectives: {id: string; status: string}[];
}

const list = (x: unknown): any[] => (x && typeof x === 'object' ? Object.values(x) : []);

/** What the LMS (scorm-again's data model in the harness page) holds. */
async function held(page: Page, version: '1.2' | '2004'): Promise<Held> {
  const c = await page.evaluate(() => (window as any).lms.data());
  if (version === '2004') {
    return {
      completion: c.completion_status,
      success: c.success_status,
      raw: c.score.raw,
      scaled: c.score.scaled,
      location: c.location,
      suspend: c.suspend_data,
      interactions: list(c.interactions).map((i) => ({id: i.id, type: i.type, response: i.learner_response, result: i.result})),
      objectives: list(c.objectives).map((o) => ({id: o.id, status: o.completion_status})),
    };
  }
  return {
    completion: c.core.lesson_status,
    success: c.core.lesson_status,
    raw: c.core.score.raw,
    scaled: '',
    location: c.core.lesson_location,
    suspend: c.suspend_data,
    interactions: list(c.interactions).map((i) => ({id: i.id, type: i.type, response: i.student_response, result: i.result})),
    objectives: list(c.objectives).map((o) => ({id: o.id, status: o.status})),
  };
}

const saveFailedShown = (frame: Frame) => frame.$eval('up-lesson', (el) => el.hasAttribute('save-failed'));


for (const version of ['2004', '1.2'] as const) {
  describe(`SCORM ${version}: the lesson in an LMS (scorm-again)`, () => {
    let lesson: Lesson;
    let server: RunningServer;
    let browser: Browser;
    const choices = () => lesson.steps.flatMap((s) => (s.activity.type === 'choice' ? [s.activity] : []));
    const scored = () => choices().filter((a) => a.scored);
    const learner = version === '2004' ? {learner_id: 'leerling-1'} : {core: {student_id: 'leerling-1'}};
    const harness = (seed: object) => `${server.url}/lms/scorm${version === '2004' ? '2004' : '12'}.html?launch=/pkg/index.html&seed=${encodeURIComponent(JSON.stringify(seed))}`;

    before(async () => {
      const parsed = parseLesson(JSON.parse(readFileSync(LESSON, 'utf8')));
      assert.ok(parsed.success);
      lesson = parsed.data;
      server = await serveLesson(lesson);
      browser = await launchChromium();
    });

    after(async () => {
      await browser?.close();
      await server?.close();
    });

    it('records completion, success, score, interactions and kerndoel objectives for a whole lesson', async () => {
      const page = await newPage(browser);
      const requests = recordRequests(page);
      const mastery = version === '2004' ? {scaled_passing_score: '0.5'} : {student_data: {mastery_score: '50'}};
      await page.goto(harness({...learner, ...mastery}));
      const frame = await lessonFrame(page);
      // The first scored question wrong, the rest right.
      const wrong = scored()[0]!;
      await playLesson(frame, lesson, (a) => (a === wrong ? a.options.find((o) => !o.correct)!.id : correctAnswer(a)));

      const lms = await held(page, version);
      const expected = (scored().length - 1) / scored().length;
      assert.equal(lms.raw, String(Math.round(expected * 100)));
      if (version === '2004') {
        assert.equal(lms.completion, 'completed');
        assert.equal(Number(lms.scaled), Math.round(expected * 1e7) / 1e7);
        assert.equal(lms.success, expected >= 0.5 ? 'passed' : 'failed');
      } else {
        assert.equal(lms.completion, expected >= 0.5 ? 'passed' : 'failed', 'SCORM 1.2: the mastery score turns completed into passed/failed');
      }
      assert.equal(lms.location, lesson.steps.at(-1)!.id);
      assert.deepEqual(lms.interactions.map((i) => i.id), choices().map((a) => a.id));
      assert.deepEqual(lms.interactions.map((i) => i.type), choices().map(() => 'choice'));
      assert.deepEqual(
        lms.interactions.map((i) => i.result),
        choices().map((a) => (!a.scored ? 'neutral' : a === wrong ? (version === '2004' ? 'incorrect' : 'wrong') : 'correct')),
      );
      assert.deepEqual(lms.objectives.map((o) => o.id), lesson.kerndoelen, 'objectives named after the kerndoelen');
      assert.ok(lms.objectives.every((o) => o.status === (version === '2004' ? 'completed' : expected >= 0.5 ? 'passed' : 'failed')));
      const state = decodeState(lms.suspend);
      assert.equal(state?.completed, true);
      assert.equal(Object.keys(state!.answers).length, choices().length);
      const stored = await page.evaluate(() => (window as any).lms.stored());
      assert.ok(stored, 'the LMS committed');
      assert.deepEqual(await page.evaluate(() => (window as any).lms.refused), [], 'nothing Moodle 4.3 would refuse');

      const chunks = requests.filter((r) => /\/upstander-[^/]+\.js$/.test(r.url));
      assert.deepEqual(chunks, [], 'the SCORM path loads no xAPI/cmi5 chunk');
      assert.ok(requests.some((r) => r.url.endsWith('/pkg/upstander.js')));
      await page.browserContext().close();
    });

    it('skips a value the LMS refuses, once, and still writes status, score and location after it', async () => {
      const page = await newPage(browser);
      await page.goto(harness(learner));
      const frame = await lessonFrame(page);
      // Every interaction result is refused as Moodle refuses a value it finds malformed.
      await page.evaluate(() => ((window as any).lms.refuse = '^cmi\\.interactions\\.\\d+\\.result$'));
      const locations: string[] = [];
      await playLesson(frame, lesson, correctAnswer, async () => {
        const c = await page.evaluate(() => (window as any).lms.data());
        locations.push(version === '2004' ? c.location : c.core.lesson_location);
      });
      await waitFor(async () => (await page.evaluate(() => (window as any).lms.stored()?.suspend_data ?? '')).includes('c1'), 'the final commit');
      const final = await held(page, version);
      assert.equal(final.completion, 'completed');
      assert.equal(final.raw, '100');
      assert.equal(final.location, lesson.steps.at(-1)!.id);
      const refused = await page.evaluate(() => (window as any).lms.refused.map((r: {element: string}) => r.element));
      assert.equal(refused.length, choices().length, `each refused value tried once, not replayed: ${refused.join(', ')}`);
      const order = locations.filter(Boolean).map((id) => lesson.steps.findIndex((s) => s.id === id));
      assert.deepEqual(order, [...order].sort((a, b) => a - b), 'the location never goes back');
      assert.equal(await saveFailedShown(frame), false, 'a refused value is no failed save');
      await page.browserContext().close();
    });

    it('keeps the pupil going while the LMS answers false, throws and vanishes, and ends with the full state', async () => {
      const page = await newPage(browser);
      await page.goto(harness(learner));
      const frame = await lessonFrame(page);
      const lms = (script: string) => page.evaluate(script);
      const [q1, q2, q3] = lesson.steps.map((s, i) => (s.activity.type === 'choice' ? i : -1)).filter((i) => i >= 0);
      assert.ok(q1! < q2! && q2! < q3! && q3! + 2 < lesson.steps.length, 'three questions to fail after, with two steps after the last');
      const seen: string[] = [];
      const recover = async (how: string) => {
        await waitFor(() => saveFailedShown(frame), 'the save-failed message');
        seen.push(how);
        await lms(how === 'vanish' ? 'window.lms.restore()' : "window.lms.fault = 'none'");
        await waitFor(async () => !(await saveFailedShown(frame)), 'the message to go away');
      };
      // Each fault starts right after an answer was written to the LMS but before it was committed
      // (commits wait for the timer), so the LMS may lose it: the tracker must write it again.
      await playLesson(frame, lesson, correctAnswer, async (i) => {
        if (i === q1 + 1) await lms("window.lms.fault = 'false'");
        if (i === q1 + 2) await recover('false');
        if (i === q2 + 1) await lms("window.lms.fault = 'throw'");
        if (i === q2 + 2) await recover('throw');
        if (i === q3 + 1) await lms('window.lms.vanish()');
        if (i === q3 + 2) await recover('vanish');
      });
      assert.deepEqual(seen, ['false', 'throw', 'vanish'], 'the learner saw the message each time');
      // Completion was committed at once (a status change); read what the LMS committed.
      await waitFor(async () => (await page.evaluate(() => (window as any).lms.stored()?.suspend_data ?? '')).includes('c1'), 'the final commit');
      const final = await held(page, version);
      assert.equal(final.completion, 'completed');
      assert.equal(final.raw, '100');
      assert.equal(final.location, lesson.steps.at(-1)!.id);
      assert.deepEqual(final.interactions.map((i) => i.id), choices().map((a) => a.id), 'every answer exactly once, in order');
      assert.deepEqual(final.objectives.map((o) => o.id), lesson.kerndoelen);
      assert.deepEqual(decodeState(final.suspend), {
        step: lesson.steps.length - 1,
        completed: true,
        answers: Object.fromEntries(choices().map((a: ChoiceActivity) => [a.id, [correctAnswer(a)]])),
      });
      await page.browserContext().close();
    });
  });
}
