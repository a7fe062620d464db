export * from './kerndoelen.js';
export * from './coverage.js';
