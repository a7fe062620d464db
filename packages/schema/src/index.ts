export * from './lesson.js';
export * from './events.js';
