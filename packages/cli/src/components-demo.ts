/**
 * The component demo (examples/components/) as `upstander serve` shows it under /components/: every
 * element of @upstander/elements, each individual and classroom, with the real lessons. Bundled in
 * memory with esbuild on the first request and kept, like the packages (examples/components/build.mjs
 * writes the same pages to disk for any static server).
 */
import {readFile} from 'node:fs/promises';
import {join} from 'node:path';
import {fileURLToPath} from 'node:url';
import type {Resolver} from './server.js';

/** The folder of the component demo. */
export const COMPONENTS_DEMO = fileURLToPath(new URL('../../../examples/components/', import.meta.url));

const PAGES = ['index.html', 'guide.html'];
const SCRIPTS = ['demo.ts', 'guide.ts'];

/** The demo's files by path: its pages (loading the bundled scripts), its stylesheet and the bundles. */
export async function componentsDemoFiles(folder = COMPONENTS_DEMO): Promise<Map<string, Uint8Array>> {
  const {build} = await import('esbuild');
  const result = await build({
    entryPoints: SCRIPTS.map((script) => join(folder, script)),
    outdir: folder,
    write: false,
    bundle: true,
    format: 'esm',
    splitting: true,
    minify: true,
    target: 'es2022',
    tsconfig: join(folder, 'tsconfig.json'),
    logLevel: 'silent',
  });
  const files = new Map<string, Uint8Array>();
  for (const output of result.outputFiles) files.set(output.path.slice(folder.length).replaceAll('\\', '/'), output.contents);
  for (const page of PAGES) {
    const html = (await readFile(join(folder, page), 'utf8')).replace(/src="\.\/(\w+)\.ts"/g, 'src="./$1.js"');
    files.set(page, new TextEncoder().encode(html));
  }
  files.set('demo.css', await readFile(join(folder, 'demo.css')));
  return files;
}

/** Serves the component demo, bundled on the first request. */
export function componentsDemo(folder = COMPONENTS_DEMO): Resolver {
  let files: Promise<Map<string, Uint8Array>> | undefined;
  return async (path) => {
    files ??= componentsDemoFiles(folder).catch((error: unknown) => {
      console.error(`The component demo could not be bundled: ${error instanceof Error ? error.message : String(error)}`);
      files = undefined;
      return new Map<string, Uint8Array>();
    });
    return (await files).get(path === '' || path.endsWith('/') ? `${path}index.html` : path);
  };
}
