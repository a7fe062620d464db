/**
 * The one way an element is registered. Defining a tag that is already defined is a no-op, not a
 * crash: a page can hold two bundles that both carry an element (a lesson package's upstander.js
 * and the website embed, or a guide page beside a lesson), and a module may be evaluated twice.
 * The first definition stays.
 */
export function define(tag: string, element: CustomElementConstructor): void {
  if (!customElements.get(tag)) customElements.define(tag, element);
}

/**
 * `@customElement('up-…')` on an element class: `define`, as a (legacy) class decorator. It has the
 * name of Lit's decorator so that the custom-elements manifest analyzer still reads the tag.
 */
export const customElement =
  (tag: string) =>
  (element: CustomElementConstructor): void =>
    define(tag, element);
