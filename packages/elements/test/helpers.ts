import {assert} from '@open-wc/testing';
import {a11ySnapshot, sendKeys} from '@web/test-runner-commands';

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

/**
 * Waits until focus (looking inside shadow roots) is on `target`: for elements that move focus
 * after their own update, a wait on the condition itself rather than on a fixed delay. Fails after
 * `timeout` ms with where focus is instead.
 */
export async function focusMovesTo(target: Element | null | undefined, what: string, timeout = 2000): Promise<void> {
  const deadline = performance.now() + timeout;
  while (deepActiveElement() !== target) {
    if (performance.now() > deadline) throw new Error(`focus never moved to ${what}; it is on ${describe(deepActiveElement())}`);
    await new Promise((resolve) => requestAnimationFrame(resolve));
  }
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
 * computes them: the same computation the axe rules use. It gives the element too; for what the
 * browser itself hands to screen readers, use `snapshotOf` (the a11y-snapshot command).
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

// --- the browser's accessibility tree (a11ySnapshot) -----------------------------------------------

/** A node of Chromium's accessibility tree, as the a11y-snapshot command serialises it. */
export interface AXNode {
  role: string;
  name: string;
  description?: string;
  value?: string | number;
  checked?: boolean | 'mixed';
  pressed?: boolean | 'mixed';
  selected?: boolean;
  disabled?: boolean;
  expanded?: boolean;
  required?: boolean;
  multiline?: boolean;
  level?: number;
  children?: AXNode[];
}

/**
 * The accessibility tree Chromium builds for `el` (shadow roots included, with the browser's own
 * name computation): a snapshot of the page through the `a11ySnapshot` command of
 * @web/test-runner-commands (registered in web-test-runner.config.mjs), taken while everything on
 * the page that is not `el` or one of its ancestors is hidden. `el` itself is left as it is.
 */
export async function snapshotOf(el: Element): Promise<AXNode> {
  const hidden: HTMLElement[] = [];
  for (let node: Element = el; node.parentElement && node !== document.body; node = node.parentElement) {
    for (const sibling of node.parentElement.children) {
      if (sibling !== node && sibling instanceof HTMLElement && !sibling.hidden) {
        sibling.hidden = true;
        hidden.push(sibling);
      }
    }
  }
  try {
    const tree = (await a11ySnapshot({})) as unknown as AXNode | null;
    if (!tree) throw new Error('a11ySnapshot returned nothing');
    return tree;
  } finally {
    for (const node of hidden) node.hidden = false;
  }
}

/** Every node of `tree` (itself included) that passes `test`, in tree order. */
export function axAll(tree: AXNode, test: (node: AXNode) => boolean): AXNode[] {
  const out: AXNode[] = [];
  const walk = (node: AXNode) => {
    if (test(node)) out.push(node);
    node.children?.forEach(walk);
  };
  walk(tree);
  return out;
}

/** The nodes of `tree` with this role, in tree order. */
export const axRole = (tree: AXNode, role: string): AXNode[] => axAll(tree, (n) => n.role === role);

/** The names of the nodes of `tree` with this role, in tree order. */
export const axNames = (tree: AXNode, role: string): string[] => axRole(tree, role).map((n) => n.name);

/** The text under `node` as the browser reads it, one entry per text run. */
export const axTexts = (node: AXNode): string[] => axAll(node, (n) => n.role === 'StaticText').map((n) => n.name);

/** The landmarks in `tree` (the roles a screen reader's landmark list shows). */
export const axLandmarks = (tree: AXNode): AXNode[] =>
  axAll(tree, (n) => ['banner', 'complementary', 'contentinfo', 'form', 'main', 'navigation', 'region', 'search'].includes(n.role) && (n.role !== 'form' || n.name !== ''));

// --- motion, width, zoom, requests -----------------------------------------------------------------

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
 * The two viewports of WCAG 1.4.10 (reflow) that matter here: a phone 320 CSS px wide, and a
 * 1280 × 1024 window zoomed to 400 %, which leaves 320 × 256 CSS px.
 */
export const NARROW_VIEWPORTS = [
  {name: '320 px wide', width: 320, height: 640},
  {name: '400 % zoom', width: 320, height: 256},
] as const;

/**
 * Renders with `make` in each of `NARROW_VIEWPORTS` and asserts, for each: axe finds nothing,
 * nothing scrolls sideways or sticks out past 320 px, no box clips its text (overflow hidden with
 * more content than room), and nothing sticky or fixed covers more than a third of the height (at
 * 400 % zoom it would hide what the pupil reads).
 */
export async function assertFitsNarrowScreen(make: () => Promise<Element>): Promise<void> {
  const { setViewport } = await import('@web/test-runner-commands');
  try {
    for (const viewport of NARROW_VIEWPORTS) {
      await setViewport({width: viewport.width, height: viewport.height});
      const el = await make();
      const at = `at ${viewport.name}`;
      await assert.isAccessible(el);
      assert.isAtMost(document.documentElement.scrollWidth, viewport.width, `the page scrolls sideways ${at}`);
      const nodes = deepElements(el).filter((node) => node.getClientRects().length > 0);
      const wide = nodes.filter((node) => node.getBoundingClientRect().right > viewport.width + 0.5);
      assert.isTrue(wide.length === 0, `sticks out past ${viewport.width} px ${at}: ${wide.slice(0, 3).map(describe).join(', ')}`);
      const clipped = nodes.filter((node) => {
        if (node.closest('.visually-hidden') || node.classList.contains('visually-hidden')) return false;
        const style = getComputedStyle(node);
        const clips = (o: string) => o === 'hidden' || o === 'clip';
        return (
          (clips(style.overflowX) && node.scrollWidth > node.clientWidth + 1) ||
          (clips(style.overflowY) && node.scrollHeight > node.clientHeight + 1)
        );
      });
      assert.isTrue(clipped.length === 0, `clips its content ${at}: ${clipped.slice(0, 3).map(describe).join(', ')}`);
      const covering = nodes.filter((node) => {
        const position = getComputedStyle(node).position;
        return (position === 'sticky' || position === 'fixed') && node.getBoundingClientRect().height > viewport.height / 3;
      });
      assert.isTrue(covering.length === 0, `sticky and taller than a third of the screen ${at}: ${covering.map(describe).join(', ')}`);
    }
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
