// `npm run lint` (after ESLint): fails when the packages' source has an import circle. A circle makes
// load order matter and keeps two files from changing apart; type-only and dynamic imports count too.
// ESLint's import plugins could do this, but they resolve every file again for every rule run; this
// reads each file once (about a second).
import {fileURLToPath} from 'node:url';
import {cycles, importGraph} from './import-graph.js';

const root = fileURLToPath(new URL('../..', import.meta.url));
const found = cycles(importGraph(root));
for (const cycle of found) console.error(`import circle: ${cycle.join(' → ')}`);
if (found.length > 0) {
  console.error(`${found.length} import circle(s) in packages/*/src. Move what both sides need into a third file.`);
  process.exit(1);
}
