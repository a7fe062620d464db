// Browser tests: every *.browser.test.ts under packages/ runs from source in Debian's headless Chromium.
import {esbuildPlugin} from '@web/dev-server-esbuild';
import {a11ySnapshotPlugin} from '@web/test-runner-commands/plugins';
import {chromeLauncher} from '@web/test-runner-chrome';
import {chromiumPath, chromiumArgs} from './tests/chromium.mjs';

/**
 * JSON imported as a module (`import data from './x.json' with {type: 'json'}`, as the component
 * demo does): esbuild's es2022 output drops the import attribute, so such imports get `?module` and
 * are served as JavaScript. A plain fetch of a .json file is served as JSON, as before.
 */
const jsonModules = {
  name: 'json-modules',
  transformImport: ({source}) => (/\.json$/.test(source) ? `${source}?module` : undefined),
  resolveMimeType: (context) => (context.path.endsWith('.json') && context.URL.searchParams.has('module') ? 'js' : undefined),
  transform: (context) =>
    context.path.endsWith('.json') && context.URL.searchParams.has('module') ? {body: `export default ${context.body};`} : undefined,
};

export default {
  files: ['packages/*/test/**/*.browser.test.ts'],
  nodeResolve: {exportConditions: ['browser', 'development']},
  // a11ySnapshotPlugin: the `a11ySnapshot` command (the browser's own accessibility tree) is not one
  // of the runner's default commands; tests check roles, names and states with it.
  plugins: [a11ySnapshotPlugin(), jsonModules, esbuildPlugin({ts: true, target: 'es2022', tsconfig: 'tsconfig.json'})],
  browsers: [chromeLauncher({launchOptions: {executablePath: chromiumPath(), headless: true, args: chromiumArgs}})],
  concurrency: 1,
  testFramework: {config: {ui: 'bdd', timeout: 30000}},
  testsFinishTimeout: 300000,
};
