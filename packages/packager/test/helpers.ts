// Shared by the packager tests: the real lesson, a second lesson and a track to package, and the
// manifest checks (xmllint against the official XSDs, or against our rules XSDs where no official one
// could be obtained; see test/rules/).
import {spawnSync} from 'node:child_process';
import {mkdtempSync, readFileSync, rmSync, writeFileSync} from 'node:fs';
import {tmpdir} from 'node:os';
import {join} from 'node:path';
import {fileURLToPath} from 'node:url';
import {after} from 'node:test';
import {unzipSync} from 'fflate';
import {parseLesson, parseTrack} from '@upstander/schema';
import type {Lesson, Track} from '@upstander/schema';
import {schemaFolder} from '../src/index.js';

export const LESSON_FILE = 'lessons/groep-7-8/wat-is-online-respect.json';

const parsed = <T>(result: {success: true; data: T} | {success: false; error: unknown}): T => {
  if (!result.success) throw new Error(String(result.error));
  return result.data;
};

/** The real groep 7-8 lesson. */
export const lesson: Lesson = parsed(parseLesson(JSON.parse(readFileSync(LESSON_FILE, 'utf8'))));

/** A second lesson for tracks: the real one under another id and title, without scored questions. */
export const unscored: Lesson = {
  ...lesson,
  id: 'tweede-les',
  title: 'Tweede les',
  steps: lesson.steps.map((step) =>
    'scored' in step.activity ? {...step, activity: {...step.activity, scored: false}} : step,
  ) as Lesson['steps'],
};

/** The same lesson in English (a translation shares the lesson's id). */
export const english: Lesson = {...lesson, language: 'en', title: 'What is online respect?', summary: 'A made-up class chat.'};

export const track: Track = parsed(
  parseTrack({
    schemaVersion: 1,
    id: 'proef-leerlijn',
    title: 'Proefleerlijn',
    summary: 'Twee lessen op een rij.',
    track: 'groep-7-8',
    audience: 'po',
    lessons: [{lesson: lesson.id}, {lesson: unscored.id}],
    completion: {rule: 'all'},
  }),
);

const work = mkdtempSync(join(tmpdir(), 'upstander-packager-test-'));
after(() => rmSync(work, {recursive: true, force: true}));

/** A file in this test run's scratch folder. */
export function scratch(name: string, data?: string | Uint8Array): string {
  const file = join(work, name);
  if (data !== undefined) writeFileSync(file, data);
  return file;
}

const RULES = fileURLToPath(new URL('./rules/', import.meta.url));

/** One schema that imports every namespace a manifest uses, so each element is checked, not only the root. */
function combined(name: string, imports: [namespace: string, file: string][]): string {
  return scratch(
    `${name}-all.xsd`,
    `<?xml version="1.0"?>
<xsd:schema xmlns:xsd="http://www.w3.org/2001/XMLSchema" targetNamespace="urn:upstander:all" elementFormDefault="qualified">
${imports.map(([ns, file]) => `  <xsd:import namespace="${ns}" schemaLocation="${file}"/>`).join('\n')}
</xsd:schema>`,
  );
}

const SCHEMAS = {
  scorm12: () => {
    const dir = schemaFolder('scorm12');
    return combined('scorm12', [
      ['http://www.imsproject.org/xsd/imscp_rootv1p1p2', `${dir}imscp_rootv1p1p2.xsd`],
      ['http://www.adlnet.org/xsd/adlcp_rootv1p2', `${dir}adlcp_rootv1p2.xsd`],
      ['http://www.imsglobal.org/xsd/imsmd_rootv1p2p1', `${dir}imsmd_rootv1p2p1.xsd`],
    ]);
  },
  scorm2004: () => {
    const dir = schemaFolder('scorm2004-4th');
    return combined('scorm2004', [
      ['http://www.imsglobal.org/xsd/imscp_v1p1', `${dir}imscp_v1p1.xsd`],
      ['http://www.adlnet.org/xsd/adlcp_v1p3', `${dir}adlcp_v1p3.xsd`],
      ['http://www.adlnet.org/xsd/adlseq_v1p3', `${dir}adlseq_v1p3.xsd`],
      ['http://www.adlnet.org/xsd/adlnav_v1p3', `${dir}adlnav_v1p3.xsd`],
      ['http://www.imsglobal.org/xsd/imsss', `${dir}imsss_v1p0.xsd`],
    ]);
  },
  cmi5: () => `${RULES}cmi5-course-structure.xsd`,
  tincan: () => `${RULES}tincan.xsd`,
};

/** Validates an XML document with xmllint. */
export function validateXml(xml: string, schema: keyof typeof SCHEMAS): {ok: boolean; output: string} {
  const file = scratch(`${schema}-${Math.random().toString(36).slice(2)}.xml`, xml);
  const run = spawnSync('xmllint', ['--noout', '--schema', SCHEMAS[schema](), file], {encoding: 'utf8'});
  return {ok: run.status === 0, output: run.stderr};
}

const unescape = (s: string) =>
  s.replace(/&(quot|apos|lt|gt|amp);/g, (_, e: string) => ({quot: '"', apos: "'", lt: '<', gt: '>', amp: '&'})[e]!);

/**
 * The values an XPath selects in the document (xmllint --xpath): text nodes one per line, attributes
 * by value. Write element names as `*[local-name()="…"]` or use `el("…")` to stay out of namespaces.
 */
export function xpath(xml: string, expression: string): string[] {
  const file = scratch(`xpath-${Math.random().toString(36).slice(2)}.xml`, xml);
  const run = spawnSync('xmllint', ['--xpath', expression, file], {encoding: 'utf8'});
  if (run.status !== 0) return [];
  const out = run.stdout;
  if (/^\s[\w:-]+="/.test(out)) return [...out.matchAll(/\s[\w:-]+="([^"]*)"/g)].map((m) => unescape(m[1]!));
  return out.split('\n').filter((line) => line !== '').map(unescape);
}

/** `//a/b` → an XPath step list that ignores namespaces. */
export const path = (...names: string[]) => names.map((n) => (n.startsWith('@') ? n : `*[local-name()="${n}"]`)).join('/');

/** The files of a zip, and one of them as text. */
export function unzip(data: Uint8Array): {names: string[]; text(name: string): string; files: Record<string, Uint8Array>} {
  const files = unzipSync(data);
  return {
    names: Object.keys(files).sort(),
    text: (name) => {
      const file = files[name];
      if (!file) throw new Error(`${name} is not in the zip (${Object.keys(files).join(', ')})`);
      return new TextDecoder().decode(file);
    },
    files,
  };
}

/** Whether a string is an absolute IRI (scheme and more), as cmi5 and xAPI ids must be. */
export const isAbsoluteIri = (value: string) => /^[a-z][a-z0-9+.-]*:\/\/[^\s/]+\/\S*$/i.test(value);

/** How many nodes an XPath selects. */
export function count(xml: string, expression: string): number {
  const file = scratch(`count-${Math.random().toString(36).slice(2)}.xml`, xml);
  return Number(spawnSync('xmllint', ['--xpath', `count(${expression})`, file], {encoding: 'utf8'}).stdout);
}

/** File names without the player's and the embed's on-demand chunks (`upstander-*.js`, `embed-*.js`). */
export const withoutChunks = (names: string[]) => names.filter((n) => !/^(.*\/)?(upstander|embed)-[^/]*\.js$/.test(n));

/** The `<link rel="modulepreload">` hrefs of a page, in order. */
export const modulePreloads = (html: string): string[] => [...html.matchAll(/<link rel="modulepreload" href="([^"]+)">/g)].map((m) => m[1]!);

/**
 * What a page must preload for an on-demand chunk of the player (`upstander-<entry>.js`), read from the
 * zip's own files: that chunk and every chunk it imports statically in turn, but upstander.js. Sorted.
 */
export function chunkClosure(inside: ReturnType<typeof unzip>, entries: string[], prefix = ''): string[] {
  const seen = new Set<string>();
  const visit = (name: string) => {
    if (seen.has(name) || name === 'upstander.js') return;
    seen.add(name);
    for (const m of inside.text(name).matchAll(/(?:\bfrom|\bimport)\s*["']\.\/([^"']+\.js)["']/g)) visit(m[1]!);
  };
  for (const entry of entries) visit(`upstander-${entry}.js`);
  return [...seen].sort().map((name) => prefix + name);
}
