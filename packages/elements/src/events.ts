import type {UpEventMap} from '@upstander/schema';

/*
 * Types `addEventListener('up-answered', …)` and Lit's `@up-answered=${…}` bindings for every
 * element and the document. The vocabulary itself is defined once, in @upstander/schema.
 */
declare global {
  // eslint-disable-next-line @typescript-eslint/no-empty-object-type
  interface GlobalEventHandlersEventMap extends UpEventMap {}
}

export type {AnsweredDetail, CompletedDetail, LearnerState, ProgressedDetail, UpEventMap} from '@upstander/schema';
