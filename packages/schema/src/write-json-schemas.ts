// Writes packages/schema/lesson.schema.json and track.schema.json from the zod schemas.
// Run from the repository root: npm run schemas (or: npx tsx packages/schema/src/write-json-schemas.ts).
import {writeFileSync} from 'node:fs';
import {fileURLToPath} from 'node:url';
import {jsonSchemaFiles} from './json-schema.js';

for (const [name, text] of Object.entries(jsonSchemaFiles())) {
  const target = fileURLToPath(new URL(`../${name}`, import.meta.url));
  writeFileSync(target, text);
  console.log(`wrote ${target}`);
}
