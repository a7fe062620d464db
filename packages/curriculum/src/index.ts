export * from './kerndoelen.js';
