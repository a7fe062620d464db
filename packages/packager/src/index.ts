export * from './zip.js';
export * from './web.js';
export * from './scorm12.js';
export {playerBundle, schemaFolder} from './assets.js';
