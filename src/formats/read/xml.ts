import { parseDecimal } from './decimal.js';

/** An element of a parsed XML document: what the graph readers need, nothing more. */
export interface XmlElement {
  /** Qualified name as written (`y:ShapeNode`). */
  readonly name: string;
  /** Name without its prefix (`ShapeNode`). */
  readonly local: string;
  readonly attributes: ReadonlyMap<string, string>;
  readonly children: XmlElement[];
  /** Text directly inside the element (its children's text not included). */
  text: string;
  /** Where its start tag begins (1-based). */
  readonly line: number;
  readonly column: number;
}

/** Parses XML text to its root element, throwing an InputError on malformed XML. */
export type XmlParser = (text: string, file: string) => XmlElement;

/** Child elements of `parent` with the given local name (namespace-agnostic, direct children only). */
export function childElements(parent: XmlElement, name: string): XmlElement[] {
  return parent.children.filter((c) => c.local === name);
}

/** An attribute's value, or `undefined` when the element does not have it (never `""` for missing). */
export function attr(el: XmlElement, name: string): string | undefined {
  return el.attributes.get(name);
}

/** All text inside an element, its descendants' included, in document order. */
export function textContent(el: XmlElement): string {
  if (el.children.length === 0) return el.text;
  const parts: string[] = [];
  const stack: (XmlElement | string)[] = [el];
  for (let x = stack.pop(); x !== undefined; x = stack.pop()) {
    if (typeof x === 'string') parts.push(x);
    else {
      parts.push(x.text);
      for (let i = x.children.length - 1; i >= 0; i--) stack.push(x.children[i]!);
    }
  }
  return parts.join('');
}

/** "line 12" of an element. */
export function whereOf(el: XmlElement): string {
  return `line ${el.line}`;
}

/** Converts text to a typed value from a GraphML / GEXF type name; `undefined` if it does not parse (numbers: plain decimals only). */
export function typedValue(text: string | undefined, type: string): unknown {
  if (text === undefined) return undefined;
  const t = type.toLowerCase();
  if (['int', 'integer', 'long', 'short', 'byte'].includes(t)) {
    const v = parseDecimal(text);
    return v !== undefined && Number.isInteger(v) ? v : undefined;
  }
  if (['float', 'double', 'bigdecimal'].includes(t)) return parseDecimal(text);
  if (t === 'boolean') {
    const v = text.trim().toLowerCase();
    return v === 'true' || v === '1' ? true : v === 'false' || v === '0' ? false : undefined;
  }
  return text;
}
