// Bundles the component demo into examples/components/dist/: plain HTML, CSS and two JavaScript
// files that any static web server (or a file share) can serve, with no TypeScript and no
// node_modules at run time. Usage: node examples/components/build.mjs
import {copyFileSync, mkdirSync, readFileSync, rmSync, writeFileSync} from 'node:fs';
import {dirname, join} from 'node:path';
import {fileURLToPath} from 'node:url';
import {build} from 'esbuild';

const here = dirname(fileURLToPath(import.meta.url));
const out = join(here, 'dist');

rmSync(out, {recursive: true, force: true});
mkdirSync(out, {recursive: true});
await build({
  entryPoints: [join(here, 'demo.ts'), join(here, 'guide.ts')],
  outdir: out,
  bundle: true,
  format: 'esm',
  splitting: true,
  minify: true,
  target: 'es2022',
  tsconfig: join(here, 'tsconfig.json'),
  logLevel: 'warning',
});
for (const page of ['index.html', 'guide.html']) {
  const html = readFileSync(join(here, page), 'utf8').replace(/src="\.\/(\w+)\.ts"/g, 'src="./$1.js"');
  writeFileSync(join(out, page), html);
}
copyFileSync(join(here, 'demo.css'), join(out, 'demo.css'));
console.log(`Demo written to ${out}`);
