import type Graph from 'graphology';
import Papa from 'papaparse';
import { InputError } from '../errors.js';
import { attributeColumns } from './attribute-columns.js';
import { collectText, type TextSink } from './sink.js';

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

/** Rows per batch handed to papaparse: bounded memory, the same quoting as one big call. */
const BATCH = 500;

/**
 * Streams a CSV table: the header, then rows in batches (papaparse quotes every cell that needs it).
 * `eachRow` calls `emit` once per row.
 */
export function writeCsvTable(sink: TextSink, fields: readonly string[], eachRow: (emit: (row: unknown[]) => void) => void): void {
  sink.write(Papa.unparse([[...fields]], { newline: '\n', header: false }) + '\n');
  let batch: unknown[][] = [];
  const flush = () => {
    if (!batch.length) return;
    sink.write(Papa.unparse(batch, { newline: '\n', header: false }) + '\n');
    batch = [];
  };
  eachRow((row) => {
    batch.push(row);
    if (batch.length >= BATCH) flush();
  });
  flush();
}

/**
 * Refuses an attribute column that the CSV reader would take for one of the table's own columns
 * (it matches those names case-insensitively): `id` or `Label` beside a node's id, `source` beside
 * an edge's source, … — the file could not be read back (or would be read wrongly).
 */
function refuseClashingColumns(cols: readonly string[], own: readonly string[], what: 'node' | 'edge'): void {
  for (const c of cols)
    if (own.includes(c.toLowerCase()))
      throw new InputError(
        `cannot write the ${what} attribute ${JSON.stringify(c)} as a CSV column: the ${what} table's own column "${c.toLowerCase()}" has that name (CSV column names are read case-insensitively); expected another name, or write GraphML, GEXF or JSON`,
      );
}

/** Streams one row per node: `id,sector,…` then every other attribute, in first-seen order. */
export function writeNodesCsv(graph: Graph, sink: TextSink): void {
  const cols = attributeColumns(graph, 'node', ['sector']).map((c) => c.name);
  refuseClashingColumns(cols.filter((c) => c !== 'label'), ['id', 'sector', 'label'], 'node');
  writeCsvTable(sink, ['id', 'sector', ...cols], (emit) =>
    graph.forEachNode((node, attrs) => emit([safeCell(node), safeCell(attrs.sector), ...cols.map((c) => safeCell(attrs[c]))])),
  );
}

/** Streams one row per edge: `source,target,weight,…` then every other attribute. */
export function writeEdgesCsv(graph: Graph, sink: TextSink): void {
  const cols = attributeColumns(graph, 'edge', ['weight']).map((c) => c.name);
  refuseClashingColumns(cols, ['source', 'target', 'weight'], 'edge');
  writeCsvTable(sink, ['source', 'target', 'weight', ...cols], (emit) =>
    graph.forEachEdge((_e, attrs, s, t) => emit([safeCell(s), safeCell(t), safeCell(attrs.weight), ...cols.map((c) => safeCell(attrs[c]))])),
  );
}

/** The node table as one string (see `writeNodesCsv`). */
export function toNodesCsv(graph: Graph): string {
  return collectText((sink) => writeNodesCsv(graph, sink));
}

/** The edge table as one string (see `writeEdgesCsv`). */
export function toEdgesCsv(graph: Graph): string {
  return collectText((sink) => writeEdgesCsv(graph, sink));
}
