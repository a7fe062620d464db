// `npx wds --open examples/components/`: serves the component demo from TypeScript source.
// The CLI flag --esbuild-target alone does not compile .ts files; this config does.
import {esbuildPlugin} from '@web/dev-server-esbuild';

export default {
  rootDir: '.',
  nodeResolve: {exportConditions: ['browser', 'development']},
  plugins: [esbuildPlugin({ts: true, target: 'auto', tsconfig: 'tsconfig.json'})],
};
