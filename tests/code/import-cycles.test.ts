// No import circles in packages/*/src (also checked by `npm run lint`), and the check finds one.
import assert from 'node:assert/strict';
import {describe, it} from 'node:test';
import {cycles, importGraph, specifiers} from './import-graph.js';

describe('import circles', () => {
  it('the packages have none (static, type-only and dynamic imports)', () => {
    const graph = importGraph(process.cwd());
    assert.ok(graph.size > 100, 'reads the packages');
    assert.ok(graph.get('packages/player/src/launch.ts')?.includes('packages/player/src/track.ts'), 'a dynamic import is an edge');
    assert.ok(graph.get('packages/elements/src/up-lesson.ts')?.includes('packages/schema/src/answers.ts'), 'a package entry resolves to its file');
    assert.deepEqual(cycles(graph), []);
  });

  it('finds a circle through a type-only import, and reads every kind of import', () => {
    assert.deepEqual(specifiers("import type {A} from './a.js';\nexport * from './b.js';\nimport './c.js';\nconst d = await import('./d.js');\n// import {x} from './e.js';"), [
      './a.js',
      './b.js',
      './c.js',
      './d.js',
    ]);
    const graph = new Map([
      ['detect.ts', ['local.ts']],
      ['local.ts', ['track.ts']],
      ['track.ts', ['detect.ts']],
      ['sink.ts', []],
    ]);
    assert.deepEqual(cycles(graph), [['detect.ts', 'local.ts', 'track.ts']]);
  });
});
