import {assert} from '@open-wc/testing';
import {sendKeys} from '@web/test-runner-commands';

/*
 * Never hand a DOM node to a chai assertion as actual or expected value: when such an assertion
 * fails, serialising the node for the report takes down the test page in this runner ("browser
 * disconnected", "detached Frame"), hiding which test failed. Compare identities and assert
 * booleans with a description instead, as the helpers below do.
 */

/** Whether a query found something. */
export const present = (node: Element | null | undefined): boolean => node !== null && node !== undefined;

/** Asserts that focus (looking inside shadow roots) is on `target`. */
export function assertFocusOn(target: Element | null | undefined, message = ''): void {
  const active = deepActiveElement();
  assert.isTrue(active === target, `${message ? `${message}: ` : ''}focus is on ${describe(active)}, not on ${describe(target ?? null)}`);
}

/**
 * Records the details of every `type` event on `target` from now on. Unlike `oneEvent`, a missing
 * event makes the test fail at the next assertion instead of waiting for the mocha timeout.
 */
export function record<K extends 'up-progressed' | 'up-answered' | 'up-completed'>(
  target: EventTarget,
  type: K
): GlobalEventHandlersEventMap[K]['detail'][] {
  const details: GlobalEventHandlersEventMap[K]['detail'][] = [];
  target.addEventListener(type, (e) => details.push((e as GlobalEventHandlersEventMap[K]).detail));
  return details;
}

/** The focused element, looking inside shadow roots. */
export function deepActiveElement(): Element | null {
  let active = document.activeElement;
  while (active?.shadowRoot?.activeElement) active = active.shadowRoot.activeElement;
  return active;
}

/**
 * Presses Tab until `accept(deepActiveElement())`. Fails after `max` presses, or as soon as focus
 * leaves the page: keys pressed in the browser's own UI could navigate the test page away.
 */
export async function tabTo(accept: (el: Element | null) => boolean, what: string, max = 12): Promise<Element> {
  for (let i = 0; i < max; i++) {
    await sendKeys({press: 'Tab'});
    const active = deepActiveElement();
    if (accept(active)) return active!;
    if (!active || active === document.body) throw new Error(`Tab left the page before reaching ${what}`);
  }
  throw new Error(`Tab never reached ${what}; focus is on ${describe(deepActiveElement())}`);
}

/** Matches the element whose visible text (trimmed) is `text`. */
export const withText = (text: string) => (el: Element | null) => el?.textContent?.trim() === text;

/** Matches a radio button with this value. */
export const radio = (value: string) => (el: Element | null) =>
  el instanceof HTMLInputElement && el.type === 'radio' && el.value === value;

/** A short description of an element for failure messages. */
export function describe(el: Element | null): string {
  if (!el) return 'nothing';
  const text = el.textContent?.trim().slice(0, 40);
  return `<${el.localName}${el.id ? `#${el.id}` : ''}>${text ? ` "${text}"` : ''}`;
}

/** Collects console warnings (Lit's dev-mode warnings among them) while `run` runs. */
export async function collectWarnings(run: () => Promise<unknown>): Promise<string[]> {
  const warnings: string[] = [];
  const original = console.warn;
  console.warn = (...args: unknown[]) => void warnings.push(args.map(String).join(' '));
  try {
    await run();
  } finally {
    console.warn = original;
  }
  return warnings;
}
