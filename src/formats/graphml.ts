import type Graph from 'graphology';
import { attributeColumns, type AttributeColumn } from './attribute-columns.js';

/** Escapes text for an XML attribute or element body. */
export function escapeXml(text: string): string {
  return text.replace(/[<>&"']/g, (c) => ({ '<': '&lt;', '>': '&gt;', '&': '&amp;', '"': '&quot;', "'": '&apos;' })[c]!);
}

function formatValue(value: unknown): string {
  if (typeof value === 'number') return Number.isFinite(value) ? String(value) : 'NaN';
  return escapeXml(String(value));
}

/**
 * Writes a graph as GraphML (Brandes et al. 2001) with typed `<key>` declarations, so
 * NetworkX's `read_graphml`, igraph and Gephi read numbers as numbers. Undirected, as our graphs are.
 */
export function toGraphml(graph: Graph): string {
  const nodeCols = attributeColumns(graph, 'node');
  const edgeCols = attributeColumns(graph, 'edge');
  const graphAttrs = Object.entries(graph.getAttributes()).filter(([, v]) => ['string', 'number', 'boolean'].includes(typeof v));
  const out: string[] = [];
  out.push('<?xml version="1.0" encoding="UTF-8"?>');
  out.push('<graphml xmlns="http://graphml.graphdrawing.org/xmlns" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" xsi:schemaLocation="http://graphml.graphdrawing.org/xmlns http://graphml.graphdrawing.org/xmlns/1.0/graphml.xsd">');
  const keyIds = new Map<string, string>();
  let k = 0;
  const declare = (scope: 'graph' | 'node' | 'edge', col: AttributeColumn) => {
    const id = `d${k++}`;
    keyIds.set(`${scope}:${col.name}`, id);
    out.push(`  <key id="${id}" for="${scope}" attr.name="${escapeXml(col.name)}" attr.type="${col.type}"/>`);
  };
  for (const [name, value] of graphAttrs)
    declare('graph', { name, type: typeof value === 'boolean' ? 'boolean' : typeof value === 'number' ? (Number.isInteger(value) ? 'long' : 'double') : 'string' });
  for (const c of nodeCols) declare('node', c);
  for (const c of edgeCols) declare('edge', c);
  out.push(`  <graph id="G" edgedefault="${graph.type === 'directed' ? 'directed' : 'undirected'}">`);
  for (const [name, value] of graphAttrs) out.push(`    <data key="${keyIds.get(`graph:${name}`)}">${formatValue(value)}</data>`);
  graph.forEachNode((node, attrs) => {
    const data = nodeCols
      .filter((c) => attrs[c.name] !== undefined && attrs[c.name] !== null)
      .map((c) => `<data key="${keyIds.get(`node:${c.name}`)}">${formatValue(attrs[c.name])}</data>`);
    out.push(`    <node id="${escapeXml(node)}">${data.join('')}</node>`);
  });
  graph.forEachEdge((edge, attrs, source, target) => {
    const data = edgeCols
      .filter((c) => attrs[c.name] !== undefined && attrs[c.name] !== null)
      .map((c) => `<data key="${keyIds.get(`edge:${c.name}`)}">${formatValue(attrs[c.name])}</data>`);
    out.push(`    <edge id="${escapeXml(edge)}" source="${escapeXml(source)}" target="${escapeXml(target)}">${data.join('')}</edge>`);
  });
  out.push('  </graph>');
  out.push('</graphml>');
  return out.join('\n') + '\n';
}
