/**
 * Where Upstander's own IRIs live (an xAPI profile namespace; a launch page can override it). A
 * module of its own so that the lesson bundle, which needs only this default, does not pull in the
 * xAPI vocabulary (xapi.ts re-exports it).
 */
export const DEFAULT_IRI_BASE = 'https://w3id.org/xapi/upstander';
