export * from './sink.js';
export * from './tracker.js';
export * from './suspend.js';
export * from './local.js';
export * from './scorm12.js';
export * from './detect.js';
