// Browser bundles. The packager copies these into every package; `npm start` serves them.
// - packages/player/dist/upstander.js: what a lesson page loads (elements + tracker + launch), minified,
//   and beside it the chunks it loads only on an xAPI or cmi5 launch (or a standalone export):
//   upstander-*.js. A package copies upstander.js and every upstander-*.js of that folder. Among them
//   upstander-guide.js, a bundle of its own: the script of the printable guide page (handleiding.html).
// - packages/cli/dist/preview-lms.js: the preview LMS page of `npm start` (scorm-again is loaded beside it,
//   never bundled into a lesson).
// - packages/packager/dist/embed.js: the website embed (`<up-lesson src>`), the player plus the `src` behaviour,
//   with its own embed-*.js chunks beside it (same rule as upstander-*.js).
import {fileURLToPath} from 'node:url';
import {nodeResolve} from '@rollup/plugin-node-resolve';
import terser from '@rollup/plugin-terser';
import esbuild from 'rollup-plugin-esbuild';
import {xapiSingleCopy} from './packages/tracking/build/xapi-single-copy.mjs';

const plugins = () => [
  nodeResolve({browser: true, exportConditions: ['browser', 'production'], extensions: ['.ts', '.js']}),
  esbuild({target: 'es2021', tsconfig: 'tsconfig.json'}),
  terser({ecma: 2021, module: true, format: {comments: false}}),
];

/**
 * Output of a bundle that contains the player: `<name>.js`, and beside it the chunks loaded only on
 * an xAPI or cmi5 launch or a standalone export (`<name>-*.js`; @xapi/xapi in exactly one of them).
 * Fixed names, no hashes: deterministic packages, and a rebuild overwrites instead of piling up.
 */
const lessonOutput = (dir, name) => ({
  dir,
  format: 'es',
  sourcemap: false,
  entryFileNames: '[name].js',
  chunkFileNames: `${name}-[name].js`,
  manualChunks: (id) => (/[\\/]@xapi[\\/]xapi[\\/]/.test(id) ? 'xapi-lib' : undefined),
});

/**
 * The composer page (packages/cli/dist/composer.js) runs the packager in the browser: the packager's
 * ./assets.js (which reads the player files from disk) is swapped for ./browser/assets.js (files the
 * page fetched). The kerndoelen come in as JSON.
 */
const browserAssets = () => ({
  name: 'upstander-browser-assets',
  resolveId(source, importer) {
    if (source === './assets.js' && importer && /packages[\\/]packager[\\/]src[\\/][^\\/]+\.ts$/.test(importer)) {
      return fileURLToPath(new URL('./packages/packager/src/browser/assets.ts', import.meta.url));
    }
    return null;
  },
});

export default [
  {
    input: 'packages/cli/src/composer/page.ts',
    output: {file: 'packages/cli/dist/composer.js', format: 'es', sourcemap: false},
    plugins: [
      browserAssets(),
      nodeResolve({browser: true, exportConditions: ['browser', 'production'], extensions: ['.ts', '.js']}),
      esbuild({target: 'es2021', tsconfig: 'tsconfig.json', loaders: {'.json': 'json'}}),
      terser({ecma: 2021, module: true, format: {comments: false}}),
    ],
  },
  {
    input: {upstander: 'packages/player/src/auto.ts'},
    output: lessonOutput('packages/player/dist', 'upstander'),
    plugins: [xapiSingleCopy(), ...plugins()],
  },
  {
    input: 'packages/cli/src/preview/lms.ts',
    output: {file: 'packages/cli/dist/preview-lms.js', format: 'es', sourcemap: false},
    plugins: plugins(),
  },
  {
    input: {embed: 'packages/packager/src/browser/embed.ts'},
    output: lessonOutput('packages/packager/dist', 'embed'),
    plugins: [xapiSingleCopy(), ...plugins()],
  },
  // The printable facilitator guide page of every package (handleiding.html): only <up-facilitator-guide>,
  // one classic script (so the page also opens from a package unpacked on a disk). A lesson page never
  // loads it; packages carry it as one of the upstander-*.js files.
  {
    input: 'packages/player/src/guide.ts',
    output: {file: 'packages/player/dist/upstander-guide.js', format: 'iife', sourcemap: false},
    plugins: plugins(),
  },
];
