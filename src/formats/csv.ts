import type Graph from 'graphology';
import Papa from 'papaparse';
import { attributeColumns } from './attribute-columns.js';

/**
 * Neutralizes a text cell that a spreadsheet would run as a formula (`=`, `+`, `-`, `@`, tab,
 * carriage return at the start) by prefixing a single quote (OWASP CSV injection guidance).
 * Numbers are left alone.
 */
export function safeCell(value: unknown): string | number | boolean {
  if (value === undefined || value === null) return '';
  if (typeof value === 'number' || typeof value === 'boolean') return value;
  const text = String(value);
  return /^[=+\-@\t\r]/.test(text) ? `'${text}` : text;
}

/** One row per node: `id,sector,…` then every other attribute, in first-seen order. */
export function toNodesCsv(graph: Graph): string {
  const cols = attributeColumns(graph, 'node', ['sector']).map((c) => c.name);
  const fields = ['id', 'sector', ...cols];
  const rows: unknown[][] = [];
  graph.forEachNode((node, attrs) => rows.push([safeCell(node), safeCell(attrs.sector), ...cols.map((c) => safeCell(attrs[c]))]));
  return Papa.unparse({ fields, data: rows }, { newline: '\n' }) + '\n';
}

/** One row per edge: `source,target,weight,…` then every other attribute. */
export function toEdgesCsv(graph: Graph): string {
  const cols = attributeColumns(graph, 'edge', ['weight']).map((c) => c.name);
  const fields = ['source', 'target', 'weight', ...cols];
  const rows: unknown[][] = [];
  graph.forEachEdge((_e, attrs, s, t) => rows.push([safeCell(s), safeCell(t), safeCell(attrs.weight), ...cols.map((c) => safeCell(attrs[c]))]));
  return Papa.unparse({ fields, data: rows }, { newline: '\n' }) + '\n';
}
