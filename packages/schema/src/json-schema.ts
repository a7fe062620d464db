/**
 * JSON Schema for lesson and track files, generated from the zod schemas, so editors can check and
 * complete a file while it is written (lesson files name it in `"$schema"`). The files in this package
 * are generated: change the zod schema and run `npm run schemas`; a test fails while they are stale.
 * JSON Schema cannot express every rule (unique ids, minutes that add up, kerndoelen); the validator can.
 */
import {z} from 'zod';
import * as activities from './activities.js';
import {Id, ShortText, Text} from './common.js';
import {FacilitatorGuide, GuideStep, HelpPoint, Lesson, Step} from './lesson.js';
import {Completion, Track, TrackLesson} from './track.js';

/** Schemas that get a name in the generated file's `definitions` instead of being repeated inline. */
function names(): z.core.$ZodRegistry<{id: string}> {
  const registry = z.registry<{id: string}>();
  const named: Record<string, z.ZodType> = {Id, Text, ShortText, Step, GuideStep, FacilitatorGuide, HelpPoint, TrackLesson, Completion};
  for (const [name, value] of Object.entries(activities)) {
    if (name.endsWith('Activity') && value instanceof z.ZodType) named[name] = value;
  }
  for (const [id, schema] of Object.entries(named)) registry.add(schema, {id});
  return registry;
}

function generate(schema: z.ZodType, title: string, description: string): string {
  const json = z.toJSONSchema(schema, {io: 'input', target: 'draft-07', unrepresentable: 'any', metadata: names()});
  return `${JSON.stringify({...json, title, description}, null, 2)}\n`;
}

/** The generated files, by name, relative to packages/schema. */
export function jsonSchemaFiles(): Record<'lesson.schema.json' | 'track.schema.json', string> {
  return {
    'lesson.schema.json': generate(
      Lesson,
      'Upstander lesson',
      'One Upstander lesson. Generated from @upstander/schema; see docs/authoring.md. Run `upstander validate` for the rules JSON Schema cannot express.',
    ),
    'track.schema.json': generate(
      Track,
      'Upstander track',
      'An Upstander track: lessons in order and a completion rule. Generated from @upstander/schema; see docs/authoring.md.',
    ),
  };
}
