// The node records every style, filter and table module reads: a node's own attributes and its metrics.
import type Graph from 'graphology';
import type { AttributeInfo, NodeRecord } from './attributes.js';
import { discoverAttributes } from './attributes.js';

/** Attributes that place a node on the drawing: not data to colour, filter or tabulate. */
export const DRAWING_ATTRIBUTES = ['x', 'y', 'z'] as const;

/** Metrics that are group ids: categories, not numbers. */
export const GROUP_METRICS = ['community', 'component'] as const;

/**
 * One record per node: its attributes (positions left out), then its metrics row (the row wins on a
 * clash, except `label` and `sector`, which stay the node's own).
 */
export function nodeRecords(graph: Graph, rows: ReadonlyMap<string, Readonly<Record<string, unknown>>>): NodeRecord[] {
  const out: NodeRecord[] = [];
  graph.forEachNode((id, a) => {
    const attrs: Record<string, unknown> = {};
    for (const k of Object.keys(a)) if (!(DRAWING_ATTRIBUTES as readonly string[]).includes(k)) attrs[k] = a[k];
    const row = rows.get(id);
    if (row) for (const k of Object.keys(row)) if (k !== 'id' && !((k === 'label' || k === 'sector') && k in attrs)) attrs[k] = row[k];
    if (!('degree' in attrs)) attrs.degree = graph.degree(id);
    out.push({ id, attrs });
  });
  return out;
}

/**
 * The attributes to offer in the colour, size and filter menus and the table: every one the nodes
 * carry. The file's own `color` and `size` are offered as "as in file" instead (see AS_IN_FILE).
 */
export function offeredAttributes(records: readonly NodeRecord[]): AttributeInfo[] {
  return discoverAttributes(records, { skip: ['color', 'size'], categorical: GROUP_METRICS });
}
