// The explorer builds its DOM from elements and text only: strings from data (node ids, labels,
// attribute names and values, file names, URL values) never pass through an HTML parser.

/** Properties an element may be given: plain DOM properties (textContent, value, title, checked, …) plus dataset entries. */
export type Props = Record<string, string | number | boolean | null | undefined> & { dataset?: never };

/** A child: an element, or text (strings and numbers become text nodes; null and false are skipped). */
export type Child = Node | string | number | null | undefined | false;

/**
 * Creates an element, sets its properties (as DOM properties, never as markup; `data-x` keys go to
 * its dataset) and appends its children as nodes or text.
 */
export function h<K extends keyof HTMLElementTagNameMap>(tag: K, props: Props = {}, ...children: Child[]): HTMLElementTagNameMap[K] {
  const el = document.createElement(tag);
  for (const [key, value] of Object.entries(props)) {
    if (value === undefined || value === null) continue;
    if (key.startsWith('data-')) el.setAttribute(key, String(value));
    else (el as unknown as Record<string, unknown>)[key] = value;
  }
  append(el, ...children);
  return el;
}

/** Appends children as nodes or text. */
export function append(el: Node, ...children: Child[]): void {
  for (const c of children) if (c !== null && c !== undefined && c !== false) el.appendChild(typeof c === 'object' ? c : document.createTextNode(String(c)));
}

/** Replaces an element's children by these nodes or texts. */
export function fill(el: Element, ...children: Child[]): void {
  el.replaceChildren();
  append(el, ...children);
}
