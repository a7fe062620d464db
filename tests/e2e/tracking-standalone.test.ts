// Standalone (a link in a Magister studiewijzer): progress stays in the browser under a random
// pseudonym, the lesson resumes after a reload, and the page can hand the pupil their own record as
// xAPI statements (window.upstander), without sending anything anywhere.
import assert from 'node:assert/strict';
import {readFileSync} from 'node:fs';
import {after, before, describe, it} from 'node:test';
import type {Browser} from 'puppeteer-core';
import {parseLesson} from '@upstander/schema';
import type {Lesson} from '@upstander/schema';
import type {RunningServer} from '../../packages/cli/src/server.js';
import {launchChromium} from '../browser.js';
import {correctAnswer, newPage, playLesson, recordRequests, serveLesson} from '../lrs/harness.js';

const LESSON = 'lessons/groep-7-8/wat-is-online-respect.json';
/** A school's own IRI base, as the packager writes it on the page (`data-upstander-iri-base`). */
const IRI_BASE = 'https://example.org/school/xapi';

describe('standalone lesson', () => {
  let lesson: Lesson;
  let server: RunningServer;
  let browser: Browser;

  before(async () => {
    const parsed = parseLesson(JSON.parse(readFileSync(LESSON, 'utf8')));
    assert.ok(parsed.success);
    lesson = parsed.data;
    server = await serveLesson(lesson, {iriBase: IRI_BASE});
    browser = await launchChromium();
  });

  after(async () => {
    await browser?.close();
    await server?.close();
  });

  it('keeps progress under a pseudonym and exports the pupil\'s own statements', async () => {
    const page = await newPage(browser);
    const requests = recordRequests(page);
    await page.goto(`${server.url}/pkg/index.html`);
    await playLesson(page, lesson, correctAnswer);
    const exported = await page.evaluate(async () => {
      const sessions = await (window as any).upstander.ready;
      return {kind: sessions[0].sinkKind, statements: await sessions[0].exportStatements(), again: await sessions[0].exportStatements()};
    });
    assert.equal(exported.kind, 'local');
    const pseudonym = await page.evaluate(() => localStorage.getItem('upstander:learner'));
    assert.match(pseudonym!, /^[0-9a-f-]{36}$/);
    const verbs = exported.statements.map((s: any) => s.verb.id.split('/').pop());
    assert.equal(verbs[0], 'initialized');
    assert.ok(verbs.includes('completed'));
    assert.equal(verbs.filter((v: string) => v === 'answered').length, lesson.steps.filter((s) => s.activity.type === 'choice').length);
    for (const s of exported.statements) {
      if (s.verb.id.endsWith('/answered') && s.actor.account.homePage.endsWith('/anonymous')) continue;
      assert.deepEqual(s.actor.account, {homePage: `${IRI_BASE}/learners`, name: pseudonym});
    }
    // The page's IRI base (data-upstander-iri-base), not the profile's, names the lesson and its activities.
    assert.equal(exported.statements[0].object.id, `${IRI_BASE}/lessons/${lesson.id}`);
    for (const s of exported.statements) assert.ok(s.object.id.startsWith(`${IRI_BASE}/`), `${s.object.id} starts with the page's IRI base`);
    assert.deepEqual(exported.again.map((s: any) => s.id), exported.statements.map((s: any) => s.id), 'stable ids: exporting twice gives the same statements');
    assert.ok(requests.every((r) => r.url.startsWith(server.url) || r.url.startsWith('blob:') || r.url.startsWith('data:')), 'nothing sent anywhere');

    await page.reload();
    await page.waitForSelector('::-p-aria([name="Je hebt deze les afgerond"][role="heading"])', {timeout: 8000});
    await page.browserContext().close();
  });
});
