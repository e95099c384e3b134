// The node records and offered attributes of the network on screen, computed once per graph and metrics.
import type Graph from 'graphology';
import type { AttributeInfo, NodeRecord } from './attributes.js';
import { nodeRecords, offeredAttributes } from './records.js';

let key: { graph: Graph; rows: ReadonlyMap<string, unknown> } | null = null;
let cached: { records: NodeRecord[]; attributes: AttributeInfo[] } = { records: [], attributes: [] };

/** The records and attributes of this graph with these metrics rows (recomputed when either object changes). */
export function recordsOf(graph: Graph, rows: ReadonlyMap<string, Readonly<Record<string, unknown>>>): { records: NodeRecord[]; attributes: AttributeInfo[] } {
  if (key && key.graph === graph && key.rows === rows) return cached;
  const records = nodeRecords(graph, rows);
  cached = { records, attributes: offeredAttributes(records) };
  key = { graph, rows };
  return cached;
}
