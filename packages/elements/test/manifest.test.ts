// The public API of the elements, as custom-elements.json records it: generated from the JSDoc and
// current, complete (a description for every element, public property, attribute, event, slot, part,
// custom property and custom state), and documented in docs/components/<tag>.md with an example.
// Regenerate with `npm run manifest`.
import assert from 'node:assert/strict';
import {spawnSync} from 'node:child_process';
import {existsSync, mkdtempSync, readFileSync, rmSync, symlinkSync} from 'node:fs';
import {tmpdir} from 'node:os';
import {join, resolve} from 'node:path';
import {after, describe, it} from 'node:test';

interface Named {
  name: string;
  description?: string;
  privacy?: string;
  static?: boolean;
  kind?: string;
}
interface Declaration extends Named {
  customElement?: boolean;
  tagName?: string;
  summary?: string;
  members?: Named[];
  attributes?: Named[];
  events?: Named[];
  slots?: Named[];
  cssParts?: Named[];
  cssProperties?: Named[];
  cssStates?: Named[];
}
interface Manifest {
  modules: {path: string; declarations?: Declaration[]}[];
}

const MANIFEST = 'packages/elements/custom-elements.json';
const committed = JSON.parse(readFileSync(MANIFEST, 'utf8')) as Manifest;
const elements = committed.modules.flatMap((m) => m.declarations ?? []).filter((d) => d.customElement && d.tagName);
/**
 * The analyzer runs in a scratch folder that links to packages/: it writes its manifest there, and
 * the package.json it would point at the manifest (its `packagejson` default) is not the repository's.
 */
const out = mkdtempSync(join(tmpdir(), 'upstander-cem-'));
symlinkSync(resolve('packages'), join(out, 'packages'), 'dir');
after(() => rmSync(out, {recursive: true, force: true}));

/** Everything an element offers from outside: the lists of custom-elements.json, by kind. */
function api(d: Declaration): [string, Named[]][] {
  const members = (d.members ?? []).filter((m) => !m.static && !m.privacy && !m.name.startsWith('_'));
  return [
    ['property', members],
    ['attribute', d.attributes ?? []],
    ['event', d.events ?? []],
    ['slot', d.slots ?? []],
    ['part', d.cssParts ?? []],
    ['custom property', d.cssProperties ?? []],
    ['custom state', d.cssStates ?? []],
  ];
}

/** A component's doc, with the docs it defers to ("the same … as [`<up-x>`](up-x.md)"). */
function docFor(tag: string, seen = new Set<string>()): string {
  seen.add(tag);
  const text = readFileSync(`docs/components/${tag}.md`, 'utf8');
  const others = [...text.matchAll(/\(\.?\/?(up-[a-z-]+)\.md\)/g)].map((m) => m[1]!).filter((other) => !seen.has(other) && other !== 'up-lesson');
  return [text, ...others.map((other) => docFor(other, seen))].join('\n');
}

describe('custom-elements.json', () => {
  it('is what `npm run manifest` generates from the source now', () => {
    const packageJson = readFileSync('package.json', 'utf8');
    const cem = resolve('node_modules', '.bin', 'cem');
    const run = spawnSync(cem, ['analyze', '--litelement', '--quiet', '--globs', 'packages/elements/src/**/*.ts', '--outdir', '.'], {cwd: out, encoding: 'utf8'});
    assert.equal(run.status, 0, run.stderr);
    assert.equal(readFileSync('package.json', 'utf8'), packageJson, 'the analyzer left package.json alone');
    const fresh = JSON.parse(readFileSync(join(out, 'custom-elements.json'), 'utf8')) as Manifest;
    const stale = fresh.modules
      .filter((m) => JSON.stringify(m) !== JSON.stringify(committed.modules.find((c) => c.path === m.path)))
      .map((m) => m.path);
    const gone = committed.modules.filter((c) => !fresh.modules.some((m) => m.path === c.path)).map((c) => c.path);
    assert.deepEqual([...stale, ...gone], [], 'custom-elements.json is stale for these modules: run `npm run manifest`');
    assert.equal(JSON.stringify(committed), JSON.stringify(fresh), 'custom-elements.json is stale: run `npm run manifest`');
  });

  it('lists every element that index.ts registers', () => {
    const index = readFileSync('packages/elements/src/index.ts', 'utf8');
    const tags = elements.map((d) => d.tagName!).sort();
    assert.deepEqual(tags, [...new Set([...index.matchAll(/`<(up-[a-z-]+)>`/g)].map((m) => m[1]!))].sort());
    assert.equal(tags.length, 17);
  });

  it('describes every element and everything it offers', () => {
    const missing: string[] = [];
    for (const d of elements) {
      if (!d.summary?.trim()) missing.push(`<${d.tagName}>: @summary`);
      for (const [kind, list] of api(d)) for (const item of list) if (!item.description?.trim()) missing.push(`<${d.tagName}> ${kind} ${item.name}`);
    }
    assert.deepEqual(missing, []);
  });

  it('has a doc per element, with an example and every attribute, event, part, custom property and state', () => {
    const missing: string[] = [];
    for (const d of elements) {
      const tag = d.tagName!;
      if (!existsSync(`docs/components/${tag}.md`)) {
        missing.push(`docs/components/${tag}.md`);
        continue;
      }
      const doc = docFor(tag);
      const own = readFileSync(`docs/components/${tag}.md`, 'utf8');
      if (!new RegExp('```html\\n[^`]*<' + tag + '[\\s>]').test(own)) missing.push(`${tag}.md: an html example with <${tag}>`);
      for (const [kind, list] of api(d)) {
        if (kind === 'property') continue;
        for (const {name} of list) {
          if (kind === 'attribute' && name === 'lang') continue;
          if (!new RegExp('`[^`\\n]*' + name.replace(/[-]/g, '\\-') + '[^`\\n]*`').test(doc)) missing.push(`${tag}.md: ${kind} ${name}`);
        }
      }
    }
    assert.deepEqual(missing, []);
  });
});
