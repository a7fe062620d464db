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

// --- roles and names ------------------------------------------------------------------------------

interface AxeCommons {
  setup(node?: Node): unknown;
  teardown(): void;
  utils: {getNodeFromTree(node: Node): unknown};
  commons: {
    text: {accessibleTextVirtual(node: unknown): string};
    aria: {getRole(node: unknown): string | null};
    dom: {isVisibleToScreenReaders(node: unknown): boolean};
  };
}

/** axe-core, already loaded by chai-a11y-axe or loaded now. */
async function axeCore(): Promise<AxeCommons> {
  const win = window as unknown as {axe?: AxeCommons};
  if (!win.axe) await import('axe-core/axe.min.js' as string);
  return win.axe!;
}

/** Every element under `root`, looking into open shadow roots, in tree order. */
export function deepElements(root: Element | ShadowRoot | Document): Element[] {
  const out: Element[] = [];
  const walk = (node: Element | ShadowRoot | Document) => {
    for (const child of node.children) {
      out.push(child);
      if (child.shadowRoot) walk(child.shadowRoot);
      walk(child);
    }
  };
  if (root instanceof Element && root.shadowRoot) walk(root.shadowRoot);
  walk(root);
  return out;
}

export interface Accessible {
  role: string | null;
  name: string;
  element: Element;
}

/**
 * The role and accessible name of every element under `root` (shadow roots included) that is not
 * hidden from assistive technology (`hidden`, `display: none`, `aria-hidden`), as axe-core
 * computes them: the same computation the axe rules use. (The wtr a11y-snapshot command is not
 * registered in this repository's runner config.)
 */
export async function accessibleTree(root: Element): Promise<Accessible[]> {
  const axe = await axeCore();
  axe.setup(document);
  try {
    const out: Accessible[] = [];
    for (const element of deepElements(root)) {
      const node = axe.utils.getNodeFromTree(element);
      if (!node || !axe.commons.dom.isVisibleToScreenReaders(node)) continue;
      out.push({element, role: axe.commons.aria.getRole(node), name: axe.commons.text.accessibleTextVirtual(node).replace(/\s+/g, ' ').trim()});
    }
    return out;
  } finally {
    axe.teardown();
  }
}

/** The elements under `root` with this role (and, when given, exactly this accessible name). */
export async function byRole(root: Element, role: string, name?: string | RegExp): Promise<Accessible[]> {
  return (await accessibleTree(root)).filter(
    (a) => a.role === role && (name === undefined || (typeof name === 'string' ? a.name === name : name.test(a.name)))
  );
}

/** The names of the elements under `root` with this role, in tree order. */
export async function namesOf(root: Element, role: string): Promise<string[]> {
  return (await byRole(root, role)).map((a) => a.name);
}

// --- motion, width, requests ----------------------------------------------------------------------

/**
 * Asserts that under `prefers-reduced-motion: reduce` nothing inside `el` (shadow roots included)
 * has a transition or an animation, and returns how many elements had one without the preference.
 */
export async function assertNoMotionWhenReduced(el: Element): Promise<number> {
  const { emulateMedia } = await import('@web/test-runner-commands');
  const moving = () =>
    deepElements(el).filter((node) => {
      const style = getComputedStyle(node);
      const durations = `${style.transitionDuration},${style.animationDuration}`.split(',').map((d) => parseFloat(d));
      return durations.some((d) => d > 0) && (style.animationName !== 'none' || style.transitionProperty !== 'none');
    });
  await emulateMedia({reducedMotion: 'no-preference'});
  const withMotion = moving().length;
  await emulateMedia({reducedMotion: 'reduce'});
  try {
    const still = moving();
    assert.isTrue(still.length === 0, `moving under reduced motion: ${still.map(describe).join(', ')}`);
  } finally {
    await emulateMedia({reducedMotion: 'no-preference'});
  }
  return withMotion;
}

/**
 * Renders with `make` in a 320 px wide viewport and asserts that nothing scrolls sideways and
 * axe still finds nothing.
 */
export async function assertFitsNarrowScreen(make: () => Promise<Element>): Promise<void> {
  const { setViewport } = await import('@web/test-runner-commands');
  await setViewport({width: 320, height: 640});
  try {
    const el = await make();
    await assert.isAccessible(el);
    assert.isAtMost(document.documentElement.scrollWidth, 320, 'the page scrolls sideways');
    const wide = deepElements(el).filter((node) => node.getBoundingClientRect().right > 320.5);
    assert.isTrue(wide.length === 0, `sticks out past 320 px: ${wide.slice(0, 3).map(describe).join(', ')}`);
  } finally {
    await setViewport({width: 800, height: 600});
  }
}

/** The resources the page fetched while `run` ran (images, media, styles, fonts, scripts, fetches). */
export async function requestsDuring(run: () => Promise<unknown>): Promise<string[]> {
  const before = performance.getEntriesByType('resource').length;
  await run();
  await new Promise((resolve) => setTimeout(resolve, 50));
  return performance
    .getEntriesByType('resource')
    .slice(before)
    .map((e) => e.name)
    .filter((name) => !/\/__web-dev-server__|\/__wtr|wtr-session-id|web-test-runner/.test(name));
}

/** Blurs whatever has focus, so the next Tab starts from the top of the page. */
export function blurAll(): void {
  (document.activeElement as HTMLElement | null)?.blur();
}

/**
 * Leaves a field the way a pupil does, for tests that do not press keys: `blur()` alone fires no
 * `blur` event while the test page is not the focused window (as in a run of many files), so the
 * event is dispatched too. Handlers that save on blur must cope with hearing it twice.
 */
export function leave(field: HTMLElement): void {
  field.blur();
  field.dispatchEvent(new FocusEvent('blur'));
}
