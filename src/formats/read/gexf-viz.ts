import { parseDecimal } from './decimal.js';
import { attr, childElements, type XmlElement } from './xml.js';

/** What a node's `<viz:…>` elements say, as the attributes a drawing reads: `color` (CSS), `size`, `x`, `y`. */
export interface VizAttributes {
  color?: string;
  size?: number;
  x?: number;
  y?: number;
}

const channel = (text: string | undefined): number | undefined => {
  const v = parseDecimal(text);
  return v !== undefined && Number.isInteger(v) && v >= 0 && v <= 255 ? v : undefined;
};

/** A `<viz:color>` (r, g, b[, a] in 1.2; also `hex` in 1.3) as `#rrggbb`, or `rgba(…)` when not opaque; undefined when it is not a colour. */
function vizColor(el: XmlElement): string | undefined {
  const hex = attr(el, 'hex');
  if (hex !== undefined && /^#?[0-9a-f]{6}$/i.test(hex.trim())) return `#${hex.trim().replace('#', '').toLowerCase()}`;
  const [r, g, b] = [channel(attr(el, 'r')), channel(attr(el, 'g')), channel(attr(el, 'b'))];
  if (r === undefined || g === undefined || b === undefined) return undefined;
  const rawAlpha = attr(el, 'a');
  const a = rawAlpha === undefined ? 1 : parseDecimal(rawAlpha);
  if (a === undefined || a < 0 || a > 1) return undefined;
  if (a === 1) return `#${[r, g, b].map((c) => c.toString(16).padStart(2, '0')).join('')}`;
  return `rgba(${r},${g},${b},${a})`;
}

/**
 * Reads a GEXF node's `<viz:color>`, `<viz:size>` and `<viz:position>` (any namespace prefix: GEXF
 * 1.1–1.3 name it differently). Returns the values that parse and, in `bad`, the names of the
 * elements whose values do not (a colour channel outside 0–255, a size that is no number, …).
 */
export function readViz(node: XmlElement): { viz: VizAttributes; bad: string[] } {
  const viz: VizAttributes = {};
  const bad: string[] = [];
  const color = childElements(node, 'color')[0];
  if (color) {
    const c = vizColor(color);
    if (c === undefined) bad.push('viz:color');
    else viz.color = c;
  }
  const size = childElements(node, 'size')[0];
  if (size) {
    const s = parseDecimal(attr(size, 'value'));
    if (s === undefined || s < 0) bad.push('viz:size');
    else viz.size = s;
  }
  const position = childElements(node, 'position')[0];
  if (position) {
    const x = parseDecimal(attr(position, 'x'));
    const y = parseDecimal(attr(position, 'y'));
    if (x === undefined || y === undefined) bad.push('viz:position');
    else Object.assign(viz, { x, y });
  }
  return { viz, bad };
}
