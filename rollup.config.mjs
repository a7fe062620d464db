// Browser bundles. The packager copies these into every package; `npm start` serves them.
// - packages/player/dist/upstander.js: what a lesson page loads (elements + tracker + launch), minified.
// - packages/cli/dist/preview-lms.js: the preview LMS page of `npm start` (scorm-again is loaded beside it,
//   never bundled into a lesson).
import {nodeResolve} from '@rollup/plugin-node-resolve';
import terser from '@rollup/plugin-terser';
import esbuild from 'rollup-plugin-esbuild';

const plugins = () => [
  nodeResolve({browser: true, exportConditions: ['browser', 'production'], extensions: ['.ts', '.js']}),
  esbuild({target: 'es2021', tsconfig: 'tsconfig.json'}),
  terser({ecma: 2021, module: true, format: {comments: false}}),
];

export default [
  {
    input: 'packages/player/src/auto.ts',
    output: {file: 'packages/player/dist/upstander.js', format: 'es', sourcemap: false},
    plugins: plugins(),
  },
  {
    input: 'packages/cli/src/preview/lms.ts',
    output: {file: 'packages/cli/dist/preview-lms.js', format: 'es', sourcemap: false},
    plugins: plugins(),
  },
];
