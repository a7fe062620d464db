export * from './schema.js';
export * from './palette.js';
export * from './formats.js';
export * from './illustrations.js';
export type {Card} from './draw.js';
