import type Graph from 'graphology';
import { attributeColumns, type AttributeColumn } from './attribute-columns.js';
import { collectText, type TextSink } from './sink.js';
import { escapeXml, xmlIdEscaper } from './xml-text.js';

export { escapeXml } from './xml-text.js';

function formatValue(value: unknown): string {
  if (typeof value === 'number') return Number.isFinite(value) ? String(value) : 'NaN';
  return escapeXml(String(value));
}

/**
 * Streams a graph as GraphML (Brandes et al. 2001) with typed `<key>` declarations, so
 * NetworkX's `read_graphml`, igraph and Gephi read numbers as numbers. Undirected, as our graphs
 * are. Always well-formed XML: characters XML cannot hold become U+FFFD (see `escapeXml`).
 */
export function writeGraphml(graph: Graph, sink: TextSink): void {
  const nodeCols = attributeColumns(graph, 'node');
  const edgeCols = attributeColumns(graph, 'edge');
  const graphAttrs = Object.entries(graph.getAttributes()).filter(([, v]) => ['string', 'number', 'boolean'].includes(typeof v));
  const nodeId = xmlIdEscaper('node', (id) => graph.hasNode(id));
  const edgeId = xmlIdEscaper('edge', (id) => graph.hasEdge(id));
  sink.write('<?xml version="1.0" encoding="UTF-8"?>\n');
  sink.write(
    '<graphml xmlns="http://graphml.graphdrawing.org/xmlns" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" xsi:schemaLocation="http://graphml.graphdrawing.org/xmlns http://graphml.graphdrawing.org/xmlns/1.0/graphml.xsd">\n',
  );
  const keyIds = new Map<string, string>();
  let k = 0;
  const declare = (scope: 'graph' | 'node' | 'edge', col: AttributeColumn) => {
    const id = `d${k++}`;
    keyIds.set(`${scope}:${col.name}`, id);
    sink.write(`  <key id="${id}" for="${scope}" attr.name="${escapeXml(col.name)}" attr.type="${col.type}"/>\n`);
  };
  for (const [name, value] of graphAttrs)
    declare('graph', { name, type: typeof value === 'boolean' ? 'boolean' : typeof value === 'number' ? (Number.isInteger(value) ? 'long' : 'double') : 'string' });
  for (const c of nodeCols) declare('node', c);
  for (const c of edgeCols) declare('edge', c);
  sink.write(`  <graph id="G" edgedefault="${graph.type === 'directed' ? 'directed' : 'undirected'}">\n`);
  for (const [name, value] of graphAttrs) sink.write(`    <data key="${keyIds.get(`graph:${name}`)}">${formatValue(value)}</data>\n`);
  const data = (scope: 'node' | 'edge', cols: readonly AttributeColumn[], attrs: Record<string, unknown>) => {
    let out = '';
    for (const c of cols) {
      const v = attrs[c.name];
      if (v !== undefined && v !== null) out += `<data key="${keyIds.get(`${scope}:${c.name}`)}">${formatValue(v)}</data>`;
    }
    return out;
  };
  graph.forEachNode((node, attrs) => sink.write(`    <node id="${nodeId(node)}">${data('node', nodeCols, attrs)}</node>\n`));
  graph.forEachEdge((edge, attrs, source, target) =>
    sink.write(`    <edge id="${edgeId(edge)}" source="${nodeId(source)}" target="${nodeId(target)}">${data('edge', edgeCols, attrs)}</edge>\n`),
  );
  sink.write('  </graph>\n');
  sink.write('</graphml>\n');
}

/** The GraphML of a graph as one string (see `writeGraphml`; the CLI streams instead). */
export function toGraphml(graph: Graph): string {
  return collectText((sink) => writeGraphml(graph, sink));
}
