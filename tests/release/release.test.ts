// `npm run release` as a school gets it: run on a clean checkout (the repository's files as git would
// check them out, in a temporary folder, with the installed node_modules linked in and our workspaces
// pointing into the copy), then `release/` served by a plain static file server (no routes, no
// rewrites: a folder on any web server). We follow every link of every page of the site (no 404, no
// request to another site), open every PDF with poppler (pages, title), check the catalogue and the
// lesson pages say what a teacher needs (minutes, kerndoelen with their titles, a download per
// format), import one download per format into the test LMS (scorm-again with Moodle's value checks)
// and the test LRS (tests/lrs) and play it, and check each start page: its clicks lead where they say,
// its commands run.
//
// Takes about 1–3 minutes on a quiet machine (the build, ~45 PDFs, a few packages played). To look at
// the result, or to run the checks again on it without building: RELEASE_TEST_DIR=/tmp/rt (kept; a
// checkout with a release already in it is used as it is).
import assert from 'node:assert/strict';
import {execFileSync, spawnSync} from 'node:child_process';
import {randomUUID} from 'node:crypto';
import {copyFileSync, existsSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, symlinkSync, writeFileSync} from 'node:fs';
import {tmpdir} from 'node:os';
import {dirname, join, resolve} from 'node:path';
import {after, before, describe, it} from 'node:test';
import type {Browser} from 'puppeteer-core';
import {kerndoel} from '@upstander/curriculum';
import {FORMATS, escapeXml} from '@upstander/packager';
import type {Lesson} from '@upstander/schema';
import {loadLibrary} from '../../packages/cli/src/lessons.js';
import {previewLmsMounts} from '../../packages/cli/src/preview.js';
import {folder} from '../../packages/cli/src/server.js';
import type {Resolver, RunningServer} from '../../packages/cli/src/server.js';
import {startRig, stopAll} from '../e2e/harness.js';
import {lessonFrame, playThrough, until} from '../e2e/packages-play.js';
import {startLrs} from '../lrs/lrs.js';
import type {TestLrs} from '../lrs/lrs.js';
import {flat, poppler} from '../print/pdf.js';

const repo = resolve('.');
const keep = process.env['RELEASE_TEST_DIR'];
const scratch = keep ? resolve(keep) : mkdtempSync(join(tmpdir(), 'upstander-release-'));
const checkout = join(scratch, 'checkout');
const site = join(checkout, 'release');
let server: RunningServer;
let browser: Browser;
let lrs: TestLrs;
let releaseLog = '';

/**
 * The repository as a fresh clone holds it: every file git tracks or would add (not what .gitignore
 * keeps out, so no dist/, no release/), and node_modules as `npm ci` made it: links to the installed
 * packages, and our workspaces (@upstander/*) linked to the copy's own packages/.
 */
function cleanCheckout(): void {
  const listed = execFileSync('git', ['ls-files', '-z', '--cached', '--others', '--exclude-standard'], {cwd: repo, encoding: 'utf8'}).split('\0').filter(Boolean);
  for (const file of listed) {
    if (!existsSync(join(repo, file))) continue; // deleted in the work tree, not yet in git
    mkdirSync(dirname(join(checkout, file)), {recursive: true});
    copyFileSync(join(repo, file), join(checkout, file));
  }
  mkdirSync(join(checkout, 'node_modules', '@upstander'), {recursive: true});
  for (const name of readdirSync(join(repo, 'node_modules'))) {
    if (name !== '@upstander') symlinkSync(join(repo, 'node_modules', name), join(checkout, 'node_modules', name));
  }
  for (const name of readdirSync(join(checkout, 'packages'))) symlinkSync(join(checkout, 'packages', name), join(checkout, 'node_modules', '@upstander', name));
}

/** Runs a shell command in the checkout, as a user types it. */
function sh(command: string, timeout = 600_000) {
  return spawnSync('bash', ['-c', command], {cwd: checkout, encoding: 'utf8', timeout, env: {...process.env, FORCE_COLOR: '0'}});
}

const library = loadLibrary(['lessons', 'tracks']);
const lessonById = (id: string) => library.lessons.find((l) => l.id === id && l.language === 'nl')!;
const first = library.tracks[0] ? lessonById(library.tracks[0].lessons[0]!.lesson) : library.lessons[0]!;

before(async () => {
  if (keep && existsSync(join(site, 'SHA256SUMS'))) {
    releaseLog = 'Done in (kept)';
  } else {
    rmSync(checkout, {recursive: true, force: true});
    cleanCheckout();
    const run = sh('npm run release', 900_000);
    releaseLog = `${run.stdout}\n${run.stderr}`;
    assert.equal(run.status, 0, `npm run release failed:\n${releaseLog}`);
  }
  rmSync(join(scratch, 'played'), {recursive: true, force: true});
  mkdirSync(join(scratch, 'played'));
  lrs = await startLrs();
  // A plain static server over release/ (a folder, nothing else), and the preview LMS beside it.
  const mounts: Record<string, Resolver> = {...previewLmsMounts(), '/': folder(site), '/played/': folder(join(scratch, 'played'))};
  ({server, browser} = await startRig(mounts));
});

after(async () => {
  await stopAll(browser, server, lrs);
  if (!keep) rmSync(scratch, {recursive: true, force: true});
});

/** The files of a folder of the release (download, pdf), by name. */
const releaseFiles = (folderName: string): string[] => readdirSync(join(site, folderName)).sort();

/** The links and sources of an HTML page (href, src), as written. */
const references = (html: string) => [...html.matchAll(/\s(href|src)="([^"]*)"/g)].map((m) => ({attr: m[1]!, url: m[2]!.replace(/&amp;/g, '&')}));

describe('npm run release', () => {
  it('runs on a clean checkout and writes the site, every download and every PDF', () => {
    assert.match(releaseLog, /Done in/);
    for (const file of ['index.html', 'lessen/index.html', 'docs/index.html', 'SHA256SUMS']) assert.ok(existsSync(join(site, file)), file);
    const names = [...library.lessons.map((l) => l.id), ...library.tracks.map((t) => t.id)];
    for (const name of names) for (const format of FORMATS) assert.ok(existsSync(join(site, 'download', `${name}-${format}.zip`)), `${name}-${format}.zip`);
    const pdfs = releaseFiles('pdf');
    assert.ok(pdfs.length >= library.lessons.length, `${pdfs.length} PDFs`);
    const sums = sh('cd release && sha256sum -c --quiet SHA256SUMS');
    assert.equal(sums.status, 0, `sha256sum -c: ${sums.stdout}${sums.stderr}`);
    assert.equal(readFileSync(join(site, 'SHA256SUMS'), 'utf8').trim().split('\n').length, releaseFiles('download').length + pdfs.length, 'every download and PDF has a checksum');
  });

  it('links nothing that is not there: every link of every page answers 200, and no page loads anything from another site', async () => {
    const origin = new URL(server.url).origin;
    const seen = new Set<string>();
    const queue = [`${server.url}/index.html`];
    const broken: string[] = [];
    const foreign: string[] = [];
    while (queue.length > 0) {
      const url = queue.shift()!;
      const response = await fetch(url);
      if (response.status !== 200) {
        broken.push(`${url} (${response.status})`);
        continue;
      }
      if (!/text\/html/.test(response.headers.get('content-type') ?? '') && !url.endsWith('/')) continue;
      const html = await response.text();
      for (const {attr, url: ref} of references(html)) {
        if (/^(mailto|tel|data|javascript):/.test(ref) || ref.startsWith('#') || ref === '') continue;
        const target = new URL(ref, url);
        if (target.origin !== origin) {
          if (attr === 'src') foreign.push(`${url}: ${ref}`);
          continue;
        }
        target.hash = '';
        target.search = '';
        if (!seen.has(target.href)) {
          seen.add(target.href);
          queue.push(target.href);
        }
      }
    }
    assert.deepEqual(broken, []);
    assert.deepEqual(foreign, []);
    // Every download and every PDF is reachable from the site.
    for (const file of [...releaseFiles('download').map((f) => `download/${f}`), ...releaseFiles('pdf').map((f) => `pdf/${f}`)]) {
      assert.ok(seen.has(`${server.url}/${file}`), `${file} is linked`);
    }
    assert.ok(seen.size > 200, `${seen.size} links followed`);
  });

  it('opens every PDF: at least one A4 page, and its title in the text', async () => {
    const expected = new Map<string, string>();
    for (const lesson of library.lessons) {
      expected.set(`${lesson.id}-handleiding.pdf`, lesson.title);
      for (const h of lesson.facilitatorGuide.handouts ?? []) expected.set(`${lesson.id}-${h.id}.pdf`, h.title);
    }
    const pdfs = releaseFiles('pdf');
    for (const lesson of library.lessons) assert.ok(pdfs.includes(`${lesson.id}-handleiding.pdf`), `the guide of ${lesson.id}`);
    for (const file of pdfs) {
      const path = join(site, 'pdf', file);
      const info = poppler('pdfinfo', [path]);
      assert.ok(Number(/^Pages:\s+(\d+)/m.exec(info)?.[1]) >= 1, `${file}: pages`);
      assert.match(info, /^Page size:.*\(A4\)/m, `${file}: A4`);
      const text = flat(poppler('pdftotext', ['-enc', 'UTF-8', path, '-']));
      const title = expected.get(file) ?? /^Title:\s+(.+)$/m.exec(info)?.[1]?.replace(/ — Upstander$/, '');
      assert.ok(title && text.includes(flat(title)), `${file}: the title "${title}" in the text`);
      if (file.endsWith('-handleiding.pdf')) assert.ok(text.includes('Veiligheid'), `${file}: the safety section`);
      assert.ok(!text.includes('file://') && !text.includes('Lessen en leerlijnen'), `${file}: no site menu, no local paths`);
    }
  });

  it('has a catalogue of every track and lesson, and per lesson its minutes, kerndoelen with titles and a download per format', async () => {
    const catalogue = await (await fetch(`${server.url}/lessen/index.html`)).text();
    let at = -1;
    for (const track of library.tracks) {
      const here = catalogue.indexOf(`href="${track.id}.html"`);
      assert.ok(here > at, `track ${track.id} listed in file order`);
      at = here;
      let lessonAt = here;
      for (const entry of track.lessons) {
        const next = catalogue.indexOf(`href="${entry.lesson}.html"`, lessonAt);
        assert.ok(next > lessonAt, `${entry.lesson} in the order of ${track.id}`);
        lessonAt = next;
      }
    }
    for (const lesson of library.lessons) {
      const page = await (await fetch(`${server.url}/lessen/${lesson.id}.html`)).text();
      assert.ok(page.includes(`${lesson.durationMinutes} minuten`), `${lesson.id}: minutes`);
      for (const id of lesson.kerndoelen) {
        const goal = kerndoel(id)!;
        assert.ok(page.includes(`${goal.id}: ${escapeXml(goal.text)}`), `${lesson.id}: kerndoel ${id} with its title`);
      }
      for (const step of lesson.steps) assert.ok(page.includes(escapeXml(step.title)), `${lesson.id}: step "${step.title}"`);
      for (const format of FORMATS) assert.ok(page.includes(`href="../download/${lesson.id}-${format}.zip"`), `${lesson.id}: ${format} download`);
      for (const action of ['play', 'classroom', 'guide-pdf', 'moodle', 'magister', 'embed']) assert.ok(page.includes(`data-action="${action}"`), `${lesson.id}: ${action}`);
    }
  });
});

/** Downloads a release zip over HTTP as a user would and unpacks it with unzip, as an LMS does; returns its folder under /played/. */
async function download(file: string): Promise<string> {
  const response = await fetch(`${server.url}/download/${file}`);
  assert.equal(response.status, 200, file);
  assert.equal(response.headers.get('content-type'), 'application/zip');
  const zipFile = join(scratch, file);
  writeFileSync(zipFile, Buffer.from(await response.arrayBuffer()));
  const name = file.replace(/\.zip$/, '');
  execFileSync('unzip', ['-q', '-o', zipFile, '-d', join(scratch, 'played', name)]);
  return name;
}

const attr = (xml: string, element: string, name: string) => xml.match(new RegExp(`<${element}\\b[^>]*\\s${name}="([^"]*)"`))?.[1];
const tag = (xml: string, element: string) => xml.match(new RegExp(`<${element}\\b[^>]*>([^<]*)</${element}>`))?.[1];

describe('one download per format, imported and played', () => {
  const lesson: Lesson = first;

  for (const format of ['scorm12', 'scorm2004'] as const) {
    it(`${format}: the zip plays to the end in the LMS (scorm-again, Moodle's checks) and reports completion`, async () => {
      const name = await download(`${lesson.id}-${format}.zip`);
      assert.ok(existsSync(join(scratch, 'played', name, 'imsmanifest.xml')));
      const context = await browser.createBrowserContext();
      const page = await context.newPage();
      await page.goto(`${server.url}/lms/${format}.html?launch=${encodeURIComponent(`/played/${name}/index.html`)}`);
      await playThrough(await lessonFrame(page), lesson);
      const {cmi, refused} = await page.evaluate(() => {
        const lms = (window as unknown as {upstanderLms: {api: {cmi: unknown}; refused: unknown[]}}).upstanderLms;
        return {cmi: JSON.parse(JSON.stringify(lms.api.cmi)), refused: lms.refused};
      });
      assert.deepEqual(refused, [], 'nothing Moodle 4.3 would refuse');
      assert.equal(format === 'scorm12' ? cmi.core.lesson_status : cmi.completion_status, 'completed');
      await context.close();
    });
  }

  it('xapi: the zip, launched from its tincan.xml, sends completed to the LRS', async () => {
    const name = await download(`${lesson.id}-xapi.zip`);
    const tincan = readFileSync(join(scratch, 'played', name, 'tincan.xml'), 'utf8');
    const actor = {objectType: 'Agent', account: {homePage: 'https://lms.example', name: `pupil-${randomUUID()}`}};
    const query = new URLSearchParams({endpoint: lrs.endpoint, auth: lrs.auth, actor: JSON.stringify(actor), registration: randomUUID(), activity_id: attr(tincan, 'activity', 'id')!});
    const context = await browser.createBrowserContext();
    const page = await context.newPage();
    await page.goto(`${server.url}/played/${name}/${tag(tincan, 'launch')}?${query}`);
    await page.waitForSelector('up-lesson');
    await playThrough(page.mainFrame(), lesson);
    const mine = () => lrs.statements.map((s) => s.statement).filter((s) => s['actor']?.account?.name === actor.account.name);
    await until(() => mine().some((s) => String(s['verb'].id).endsWith('/completed')), 'completed');
    await context.close();
  });

  it('cmi5: the zip, launched from its cmi5.xml as an LMS does, sends completed and follows the cmi5 rules', async () => {
    const name = await download(`${lesson.id}-cmi5.zip`);
    const cmi5 = readFileSync(join(scratch, 'played', name, 'cmi5.xml'), 'utf8');
    const actor = {objectType: 'Agent', account: {homePage: 'https://lms.example', name: `pupil-${randomUUID()}`}};
    const launch = lrs.launchCmi5({actor, activityId: attr(cmi5, 'au', 'id')!, moveOn: attr(cmi5, 'au', 'moveOn') as 'CompletedOrPassed'});
    const context = await browser.createBrowserContext();
    const page = await context.newPage();
    await page.goto(`${server.url}/played/${name}/${tag(cmi5, 'url')}?${launch.query}`);
    await page.waitForSelector('up-lesson');
    await playThrough(page.mainFrame(), lesson);
    const verbs = () => lrs.statements.map((s) => s.statement).filter((s) => s['context']?.registration === launch.registration).map((s) => String(s['verb'].id).split('/').pop());
    await until(() => verbs().includes('completed'), 'completed');
    assert.equal(verbs()[0], 'initialized');
    assert.deepEqual(lrs.cmi5Violations, []);
    await context.close();
  });

  for (const format of ['web', 'embed'] as const) {
    it(`${format}: the zip, put on a web server, shows the lesson`, async () => {
      const name = await download(`${lesson.id}-${format}.zip`);
      const context = await browser.createBrowserContext();
      const page = await context.newPage();
      await page.goto(`${server.url}/played/${name}/`);
      if (format === 'web') await playThrough(page.mainFrame(), lesson);
      else await page.waitForSelector(`up-lesson >>> ::-p-aria([name=${JSON.stringify(lesson.steps[0]!.title)}][role="heading"])`);
      await context.close();
    });
  }
});

describe('the start pages: their clicks and commands', () => {
  it('teacher, Moodle: from the start page to the lesson, "Voor Moodle" downloads its SCORM 1.2 zip', async () => {
    const page = await browser.newPage();
    await page.goto(`${server.url}/index.html`);
    await Promise.all([page.waitForNavigation(), page.click('a[href="voor/leerkracht.html"]')]);
    await Promise.all([page.waitForNavigation(), page.click('ol[data-clicks="moodle"] a[data-example]')]);
    assert.equal(await page.$eval('h1', (h) => h.textContent), first.title);
    const href = await page.$eval('a[data-action="moodle"]', (a) => [a.textContent, (a as HTMLAnchorElement).href]);
    assert.equal(href[0], 'Voor Moodle (SCORM 1.2)');
    assert.equal(href[1], `${server.url}/download/${first.id}-scorm12.zip`);
    const zipped = join(scratch, 'moodle.zip');
    writeFileSync(zipped, Buffer.from(await (await fetch(href[1]!)).arrayBuffer()));
    const manifest = execFileSync('unzip', ['-p', zipped, 'imsmanifest.xml'], {encoding: 'utf8'});
    assert.match(manifest, /<schemaversion>1\.2<\/schemaversion>/);
    // The Moodle steps name Moodle's own menu items (docs/lms/moodle.md, checked by hand in Moodle 4.3).
    const steps = await page.goto(`${server.url}/voor/leerkracht.html`).then(() => page.$eval('ol[data-clicks="moodle"]', (ol) => ol.textContent ?? ''));
    for (const label of ['Bewerken aan', 'Activiteit of bron toevoegen', 'SCORM-pakket', 'Pakketbestand', 'Opslaan en tonen']) assert.ok(steps.includes(label), label);
    await page.close();
  });

  it('teacher, Magister and digibord: the address to paste opens the lesson; "Op het digibord" opens classroom mode', async () => {
    const context = await browser.createBrowserContext();
    const page = await context.newPage();
    await page.goto(`${server.url}/lessen/${first.id}.html`);
    const address = await page.$eval('[data-magister-address]', (c) => c.textContent);
    assert.equal(address, `${server.url}/web/${first.id}/`);
    await page.goto(address);
    await page.waitForSelector(`up-lesson >>> ::-p-aria([name=${JSON.stringify(first.steps[0]!.title)}][role="heading"])`);
    await page.goto(`${server.url}/voor/leerkracht.html`);
    await Promise.all([page.waitForNavigation(), page.click('a[data-step="classroom"]')]);
    await page.waitForSelector('up-lesson');
    assert.equal(await page.$eval('up-lesson', (el) => el.getAttribute('mode')), 'classroom');
    await context.close();
  });

  it('mentor and youth worker: every lesson has its guide as a PDF and a digibord link on the mentor page', async () => {
    const html = await (await fetch(`${server.url}/voor/mentor.html`)).text();
    for (const lesson of library.lessons) {
      assert.ok(html.includes(`href="../pdf/${lesson.id}-handleiding.pdf"`), `${lesson.id}: guide PDF`);
      assert.ok(html.includes(`href="../web/${lesson.id}/?mode=classroom"`), `${lesson.id}: digibord`);
    }
    const pdf = await fetch(`${server.url}/pdf/${first.id}-handleiding.pdf`);
    assert.equal(pdf.headers.get('content-type'), 'application/pdf');
    for (const step of ['Handleiding (PDF)', 'kopieerbladen', 'Op het digibord', 'nazorg']) assert.ok(html.includes(step), step);
  });

  for (const who of ['curriculum', 'lms-beheer', 'webontwikkelaar'] as const) {
    it(`${who}: every command on the page runs in the checkout`, async () => {
      const html = await (await fetch(`${server.url}/voor/${who}.html`)).text();
      const decode = (s: string) => s.replace(/&quot;/g, '"').replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&#39;|&apos;/g, "'").replace(/&amp;/g, '&');
      const commands = [...html.matchAll(/<code data-command>([^<]*)<\/code>/g)].map((m) => decode(m[1]!));
      assert.ok(commands.length > 0, 'commands');
      for (const command of commands) {
        const run = sh(command, 120_000);
        assert.equal(run.status, 0, `${command}\n${run.stdout}\n${run.stderr}`);
      }
      // Commands shown but not run here (install, the release itself): npm scripts that exist.
      const scripts = Object.keys(JSON.parse(readFileSync(join(checkout, 'package.json'), 'utf8')).scripts);
      for (const m of html.matchAll(/<code data-command-manual>npm (?:run )?([a-z:]+)/g)) assert.ok(m[1] === 'ci' || scripts.includes(m[1]!), `npm ${m[1]}`);
      if (who === 'curriculum') assert.ok(existsSync(join(checkout, 'pakketten', 'mijn-leerlijn-scorm12.zip')), 'the own track as SCORM 1.2');
      if (who === 'lms-beheer') assert.match(readFileSync(join(checkout, 'pakketten', 'web', first.id, 'index.html'), 'utf8'), /lrs\.example\.org/);
      if (who === 'webontwikkelaar') assert.ok(existsSync(join(checkout, 'pakketten', 'embed', first.id, 'embed.js')));
    });
  }

  it('LMS admin: the xAPI and cmi5 links download packages with their manifests', async () => {
    const html = await (await fetch(`${server.url}/voor/lms-beheer.html`)).text();
    for (const [format, manifest] of [['xapi', 'tincan.xml'], ['cmi5', 'cmi5.xml']] as const) {
      assert.ok(html.includes(`href="../download/${first.id}-${format}.zip"`), format);
      const file = join(scratch, `admin-${format}.zip`);
      writeFileSync(file, Buffer.from(await (await fetch(`${server.url}/download/${first.id}-${format}.zip`)).arrayBuffer()));
      assert.ok(execFileSync('unzip', ['-l', file], {encoding: 'utf8'}).includes(manifest), manifest);
    }
  });
});
