import type {UpEventMap} from '@upstander/schema';

/**
 * Dispatches one of the domain events on `target`, bubbling and composed, so a tracker listening on
 * the document (or on any ancestor) receives it from inside shadow roots.
 */
export function dispatchUpEvent<K extends keyof UpEventMap>(
  target: EventTarget,
  type: K,
  detail: UpEventMap[K]['detail']
): void {
  target.dispatchEvent(new CustomEvent(type, {detail, bubbles: true, composed: true}));
}
