/** Parses XML text to a DOM Document, throwing an InputError on malformed XML (injected: xmldom in Node, DOMParser in browsers). */
export type XmlParser = (text: string, file: string) => Document;

/** Child elements of `parent` with the given local name (namespace-agnostic, direct children only). */
export function childElements(parent: Element | Document, name: string): Element[] {
  const out: Element[] = [];
  const kids = parent.childNodes;
  for (let i = 0; i < kids.length; i++) {
    const k = kids[i] as Element;
    if (k.nodeType === 1 && (k.localName ?? k.nodeName) === name) out.push(k);
  }
  return out;
}

/** Descendant elements with the given local name. */
export function descendants(parent: Element | Document, name: string): Element[] {
  const all = parent.getElementsByTagNameNS ? parent.getElementsByTagNameNS('*', name) : parent.getElementsByTagName(name);
  return Array.from(all as ArrayLike<Element>);
}

/** "line 12" of an element when the parser recorded it (xmldom does), else the element index. */
export function whereOf(el: Element, fallback: string): string {
  const line = (el as unknown as { lineNumber?: number }).lineNumber;
  return typeof line === 'number' ? `line ${line}` : fallback;
}

/** Converts text to a typed value from a GraphML / GEXF type name; `undefined` if it does not parse. */
export function typedValue(text: string | null, type: string): unknown {
  if (text === null) return undefined;
  const t = type.toLowerCase();
  if (['int', 'integer', 'long', 'short', 'byte'].includes(t)) {
    const v = Number(text.trim());
    return Number.isInteger(v) ? v : undefined;
  }
  if (['float', 'double', 'bigdecimal'].includes(t)) {
    const v = Number(text.trim());
    return text.trim() !== '' && !Number.isNaN(v) ? v : undefined;
  }
  if (t === 'boolean') {
    const v = text.trim().toLowerCase();
    return v === 'true' || v === '1' ? true : v === 'false' || v === '0' ? false : undefined;
  }
  return text;
}
