// The xAPI and cmi5 packages of the sample lessons (sampleSources: every activity type and track;
// every lesson with UPSTANDER_E2E=all), exactly as `upstander build` writes them,
// unpacked by Debian's unzip and launched in Chromium the way an LMS launches them, against the local
// test LRS (tests/lrs/): the LMS reads tincan.xml or cmi5.xml, adds the launch parameters to the
// launch URL the package names, and the lesson sends its statements to the LRS. A pupil plays the
// lesson through; we read what the LRS stored. And the web folder of a build with an LRS
// (`--xapi-endpoint`) sends its statements there under the browser's random pseudonym.
import assert from 'node:assert/strict';
import {randomUUID} from 'node:crypto';
import {readFileSync} from 'node:fs';
import {join} from 'node:path';
import {after, before, describe, it} from 'node:test';
import type {Browser} from 'puppeteer-core';
import {kerndoel} from '@upstander/curriculum';
import {lessonSource} from '@upstander/packager';
import {folder} from '../../packages/cli/src/server.js';
import type {Resolver, RunningServer} from '../../packages/cli/src/server.js';
import {startRig, stopAll} from './harness.js';
import {startLrs} from '../lrs/lrs.js';
import type {TestLrs} from '../lrs/lrs.js';
import {sampleSources, answeredIds, playThrough, until, workspace} from './packages-play.js';

const sources = sampleSources();
const space = workspace('lrs');
const unpacked = new Map<string, string>();
let server: RunningServer;
let lrs: TestLrs;
let browser: Browser;

before(async () => {
  lrs = await startLrs();
  const mounts: Record<string, Resolver> = {};
  for (const source of sources) {
    for (const format of ['xapi', 'cmi5'] as const) {
      const dir = space.unpack(source, format);
      unpacked.set(`${format}/${source.info.name}`, dir);
      mounts[`/${format}/${source.info.name}/`] = folder(dir);
    }
    if (source.kind !== 'lesson') continue;
    const withLrs = lessonSource(source.lesson, {xapi: {endpoint: lrs.endpoint, auth: lrs.auth}});
    mounts[`/web-lrs/${source.info.name}/`] = folder(space.unpack(withLrs, 'web', `${source.info.name}-web-lrs`));
  }
  ({server, browser} = await startRig(mounts));
});

after(async () => {
  await stopAll(browser, server, lrs);
  space.remove();
});

/** Reads one value out of a manifest (the tests of the packager check the manifests themselves). */
const attr = (xml: string, element: string, name: string) => xml.match(new RegExp(`<${element}\\b[^>]*\\s${name}="([^"]*)"`))?.[1];
const text = (xml: string, element: string) => xml.match(new RegExp(`<${element}\\b[^>]*>([^<]*)</${element}>`))?.[1];

for (const source of sources) {
  if (source.kind !== 'lesson') continue;
  const {lesson} = source;
  const questions = answeredIds(lesson).length;
  const uris = lesson.kerndoelen.map((id) => kerndoel(id)!.uri);

  describe(`${lesson.id} (${lesson.language}) with an LRS`, () => {
    it('xAPI: launched from tincan.xml with endpoint, auth and actor, it sends its statements to the LRS', async () => {
      const tincan = readFileSync(join(unpacked.get(`xapi/${source.info.name}`)!, 'tincan.xml'), 'utf8');
      const activityId = attr(tincan, 'activity', 'id')!;
      const launch = text(tincan, 'launch')!;
      const actor = {objectType: 'Agent', account: {homePage: 'https://lms.example', name: `pupil-${randomUUID()}`}};
      const registration = randomUUID();
      const query = new URLSearchParams({endpoint: lrs.endpoint, auth: lrs.auth, actor: JSON.stringify(actor), registration, activity_id: activityId});
      const context = await browser.createBrowserContext();
      const page = await context.newPage();
      await page.goto(`${server.url}/xapi/${source.info.name}/${launch}?${query}`);
      await page.waitForSelector('up-lesson');
      const {correct, scored} = await playThrough(page.mainFrame(), lesson);

      const mine = () => lrs.statements.map((s) => s.statement).filter((s) => s['actor']?.account?.name === actor.account.name);
      await until(() => mine().some((s) => String(s['verb'].id).endsWith('/completed')), 'completed');
      const completed = mine().find((s) => String(s['verb'].id).endsWith('/completed'))!;
      assert.equal(completed['object'].id, activityId, 'the activity is the one tincan.xml names');
      assert.equal(completed['context'].registration, registration);
      if (scored > 0) assert.equal(completed['result'].score.scaled, Math.round((correct / scored) * 1e4) / 1e4);
      const categories = (completed['context'].contextActivities?.category ?? []).map((a: {id: string}) => a.id);
      for (const uri of uris) assert.ok(categories.includes(uri), `kerndoel ${uri} in context.contextActivities.category`);
      await until(() => mine().filter((s) => String(s['verb'].id).endsWith('/answered')).length === questions, `${questions} answered`);
      await context.close();
    });

    it('cmi5: launched from cmi5.xml as an LMS does (fetch URL, LMS.LaunchData), it follows the cmi5 session rules', async () => {
      const cmi5 = readFileSync(join(unpacked.get(`cmi5/${source.info.name}`)!, 'cmi5.xml'), 'utf8');
      const auId = attr(cmi5, 'au', 'id')!;
      const url = text(cmi5, 'url')!;
      const moveOn = attr(cmi5, 'au', 'moveOn') as 'CompletedOrPassed';
      const masteryScore = attr(cmi5, 'au', 'masteryScore');
      const actor = {objectType: 'Agent', account: {homePage: 'https://lms.example', name: `pupil-${randomUUID()}`}};
      const launch = lrs.launchCmi5({actor, activityId: auId, moveOn, ...(masteryScore ? {masteryScore: Number(masteryScore)} : {})});
      const context = await browser.createBrowserContext();
      const page = await context.newPage();
      await page.goto(`${server.url}/cmi5/${source.info.name}/${url}?${launch.query}`);
      await page.waitForSelector('up-lesson');
      await playThrough(page.mainFrame(), lesson);

      const mine = () => lrs.statements.map((s) => s.statement).filter((s) => s['context']?.registration === launch.registration);
      const verbs = () => mine().map((s) => String(s['verb'].id).split('/').pop());
      await until(() => verbs().includes('completed'), 'completed');
      // A reload is not an exit; the pupil's exit (the completion screen's button) ends the session with "terminated".
      await page.reload();
      await page.waitForSelector('up-lesson > button.up-exit');
      assert.ok(!verbs().includes('terminated'), 'a reload does not end the session');
      await page.click('up-lesson > button.up-exit');
      await until(() => verbs().includes('terminated'), 'terminated');
      assert.equal(verbs()[0], 'initialized');
      assert.equal(verbs().at(-1), 'terminated');
      for (const s of mine()) assert.equal(s['object'].id.startsWith(auId), true, `${s['verb'].id} is about the AU`);
      const completed = mine().find((s) => String(s['verb'].id).endsWith('/completed'))!;
      assert.equal(completed['object'].id, auId);
      assert.deepEqual(lrs.cmi5Violations, [], 'no cmi5 rule broken');
      await context.close();
    });

    it('web folder built with an LRS: statements reach it under the browser’s random pseudonym, never a name', async () => {
      const before = lrs.statements.length;
      const context = await browser.createBrowserContext();
      const page = await context.newPage();
      await page.goto(`${server.url}/web-lrs/${source.info.name}/`);
      await page.waitForSelector('up-lesson');
      await playThrough(page.mainFrame(), lesson);
      const fresh = () => lrs.statements.slice(before).map((s) => s.statement);
      await until(() => fresh().some((s) => String(s['verb'].id).endsWith('/completed')), 'completed');
      const actors = new Set(fresh().map((s) => JSON.stringify(s['actor'])));
      assert.equal(actors.size, 1, 'one learner');
      const [actor] = [...actors].map((a) => JSON.parse(a));
      assert.ok(actor.account && !actor.name && !actor.mbox, `a pseudonymous account: ${JSON.stringify(actor)}`);
      assert.ok(actor.account.name.length > 0);
      await context.close();
    });
  });
}
