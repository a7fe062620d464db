// Classroom mode on a 1920×1080 digibord (docs/decisions/0010-classroom-one-screen.md): for every step of
// every groep 7-8 lesson, the step's question (its first `part="question"`, or the step title where an
// activity asks nothing) and the "Volgende" button are in view without scrolling, and so is the toggle
// of the facilitator notes; the question is not covered by the step buttons. Measured with getBoundingClientRect in the demo's web folder, each step
// opened directly (the element's `state`), so the result does not depend on timing or answers.
import assert from 'node:assert/strict';
import {after, before, describe, it} from 'node:test';
import type {Browser} from 'puppeteer-core';
import {demoMounts, librarySources} from '../../packages/cli/src/demo.js';
import {loadLibrary} from '../../packages/cli/src/lessons.js';
import type {RunningServer} from '../../packages/cli/src/server.js';
import {startRig, stopAll} from './harness.js';

const WIDTH = 1920;
const HEIGHT = 1080;
const sources = librarySources(loadLibrary(['lessons']));
const lessons = sources.filter((s) => s.kind === 'lesson' && s.lesson.track === 'groep-7-8');
let server: RunningServer;
let browser: Browser;

before(async () => {
  ({server, browser} = await startRig(demoMounts(sources)));
});
after(async () => {
  await stopAll(browser, server);
});

interface Box {
  top: number;
  bottom: number;
  left: number;
  right: number;
}

describe('classroom mode fits one step on one 1920×1080 screen', () => {
  it('finds the groep 7-8 lessons', () => {
    assert.equal(lessons.length, 4);
  });
  for (const source of lessons) {
    if (source.kind !== 'lesson') continue;
    it(`${source.lesson.title}: question and "Volgende" in view on every step`, async () => {
      const page = await browser.newPage();
      await page.setViewport({width: WIDTH, height: HEIGHT, deviceScaleFactor: 1});
      // tsx names the helper functions below with `__name`; the page has none.
      await page.evaluateOnNewDocument('globalThis.__name = (f) => f');
      await page.goto(`${server.url}/web/${source.info.name}/?mode=classroom`);
      await page.waitForSelector('up-lesson');
      const problems: string[] = [];
      for (const [index, step] of source.lesson.steps.entries()) {
        const seen = await page.evaluate(async (i) => {
          type El = HTMLElement & {updateComplete?: Promise<unknown>; state?: unknown};
          const lesson = document.querySelector('up-lesson') as El;
          lesson.state = {step: i, answers: {}, completed: false};
          await lesson.updateComplete;
          const root = lesson.shadowRoot!;
          for (const el of root.querySelectorAll<El>('*')) if (el.updateComplete) await el.updateComplete;
          await document.fonts.ready;
          await new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r)));
          window.scrollTo(0, 0);
          /** The first match of `selector` inside `node`'s shadow roots, depth first. */
          const deep = (node: ParentNode, selector: string): HTMLElement | null => {
            const own = node.querySelector<HTMLElement>(selector);
            if (own) return own;
            for (const el of node.querySelectorAll<HTMLElement>('*')) {
              const found = el.shadowRoot && deep(el.shadowRoot, selector);
              if (found) return found;
            }
            return null;
          };
          const box = (el: Element | null) => {
            if (!el) return null;
            const r = el.getBoundingClientRect();
            return {top: r.top, bottom: r.bottom, left: r.left, right: r.right};
          };
          const step = root.querySelector('.step');
          const question = (step && deep(step, '[part~="question"]')) ?? root.querySelector('h2');
          const toggle = [...document.querySelectorAll('button')].find((b) => b.getAttribute('aria-controls'));
          return {
            question: box(question),
            next: box(root.querySelector('[part="next-button"]')),
            nav: box(root.querySelector('[part="nav"]')),
            toggle: box(toggle ?? null),
            scrollY: window.scrollY,
            step: lesson.getAttribute('aria-label') ?? '',
          };
        }, index);
        const inView = (b: Box | null) => b !== null && b.top >= 0 && b.left >= 0 && b.bottom <= HEIGHT && b.right <= WIDTH && b.bottom > b.top;
        if (!inView(seen.question)) problems.push(`${step.id}: question at ${JSON.stringify(seen.question)}`);
        // Not under the step buttons, which stay at the bottom of the screen.
        if (seen.question && seen.nav && seen.question.bottom > seen.nav.top) problems.push(`${step.id}: question under the buttons`);
        if (!inView(seen.next)) problems.push(`${step.id}: "Volgende" at ${JSON.stringify(seen.next)}`);
        if (!inView(seen.toggle)) problems.push(`${step.id}: notes toggle at ${JSON.stringify(seen.toggle)}`);
        assert.equal(seen.scrollY, 0);
      }
      assert.deepEqual(problems, [], 'everything in view on a 1920×1080 screen without scrolling');
      await page.close();
    });
  }
});
