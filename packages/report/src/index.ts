export * from './source.js';
export * from './aggregate.js';
export * from './format.js';
