/** Reads and validates campaign/posts.json. */
import {readFile} from 'node:fs/promises';
import {campaignSchema} from './schema.js';
import type {Campaign} from './schema.js';

export const CAMPAIGN_FILE = new URL('../../../campaign/posts.json', import.meta.url);

export async function loadCampaign(file: URL | string = CAMPAIGN_FILE): Promise<Campaign> {
  const result = campaignSchema.safeParse(JSON.parse(await readFile(file, 'utf8')));
  if (!result.success) {
    throw new Error(`campaign/posts.json is not valid:\n${result.error.issues.map((i) => `  ${i.path.join('.')}: ${i.message}`).join('\n')}`);
  }
  return result.data;
}
