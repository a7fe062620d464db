/** Where Upstander's own IRIs live (an xAPI profile namespace; a launch page can override it). */
export const DEFAULT_IRI_BASE = 'https://w3id.org/xapi/upstander';
