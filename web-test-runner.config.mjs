// Browser tests: every *.browser.test.ts under packages/ runs from source in Debian's headless Chromium.
import {esbuildPlugin} from '@web/dev-server-esbuild';
import {chromeLauncher} from '@web/test-runner-chrome';
import {chromiumPath, chromiumArgs} from './tests/chromium.mjs';

export default {
  files: ['packages/*/test/**/*.browser.test.ts'],
  nodeResolve: {exportConditions: ['browser', 'development']},
  plugins: [esbuildPlugin({ts: true, target: 'es2022', tsconfig: 'tsconfig.json'})],
  browsers: [chromeLauncher({launchOptions: {executablePath: chromiumPath(), headless: true, args: chromiumArgs}})],
  concurrency: 1,
  testFramework: {config: {ui: 'bdd', timeout: 10000}},
  testsFinishTimeout: 300000,
};
