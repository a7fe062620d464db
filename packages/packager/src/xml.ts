/** Escapes text for XML and HTML content and attribute values. */
export function escapeXml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => ({'&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&apos;'})[c]!);
}

/** An element: a qualified name, attributes in the order given, and children (elements or text). */
export interface XmlElement {
  name: string;
  attrs: [string, string][];
  children: (XmlElement | string)[];
}

/** What may stand as a child: nested lists are flattened, and null, undefined and false are left out. */
export type XmlChild = XmlElement | string | number | null | undefined | false | XmlChild[];

/**
 * Builds an element. Attributes whose value is undefined are left out, so optional attributes read
 * as `{masteryScore: mastery}`. Text children are escaped when the document is written.
 */
export function el(name: string, attrs: Record<string, string | number | boolean | undefined> = {}, ...children: XmlChild[]): XmlElement {
  const flat: (XmlElement | string)[] = [];
  const add = (child: XmlChild) => {
    if (Array.isArray(child)) child.forEach(add);
    else if (child === null || child === undefined || child === false) return;
    else flat.push(typeof child === 'number' ? String(child) : child);
  };
  children.forEach(add);
  const list = Object.entries(attrs).filter((entry): entry is [string, string | number | boolean] => entry[1] !== undefined);
  return {name, attrs: list.map(([key, value]) => [key, String(value)]), children: flat};
}

function write(node: XmlElement, indent: string, out: string[]): void {
  const attrs = node.attrs.map(([key, value]) => ` ${key}="${escapeXml(value)}"`).join('');
  if (node.children.length === 0) {
    out.push(`${indent}<${node.name}${attrs}/>`);
  } else if (node.children.every((child) => typeof child === 'string')) {
    // Text-only elements stay on one line, so no whitespace is added to their value.
    out.push(`${indent}<${node.name}${attrs}>${node.children.map((c) => escapeXml(c as string)).join('')}</${node.name}>`);
  } else {
    out.push(`${indent}<${node.name}${attrs}>`);
    for (const child of node.children) {
      if (typeof child === 'string') out.push(`${indent}  ${escapeXml(child)}`);
      else write(child, `${indent}  `, out);
    }
    out.push(`${indent}</${node.name}>`);
  }
}

/** An XML document: the declaration, then the root element indented by two spaces per level. */
export function xmlDocument(root: XmlElement): string {
  const out = ['<?xml version="1.0" encoding="UTF-8"?>'];
  write(root, '', out);
  return `${out.join('\n')}\n`;
}
