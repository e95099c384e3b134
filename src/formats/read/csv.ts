import Papa from 'papaparse';
import { InputError } from '../../errors.js';
import { parseDecimal } from './decimal.js';
import { GraphBuilder, type ImportResult } from './graph-builder.js';

/** Undoes our own export's formula neutralization (a leading `'` before = + - @). */
function unquoteCell(text: string): string {
  return /^'[=+\-@\t\r]/.test(text) ? text.slice(1) : text;
}

/** A cell as a number when it is a plain decimal, else as text. */
function cellValue(text: string): unknown {
  const t = unquoteCell(text.trim());
  if (t === '') return undefined;
  const n = parseDecimal(t);
  if (n !== undefined) return n;
  if (t === 'true' || t === 'false') return t === 'true';
  return t;
}

interface Table {
  /** Column names as written (trimmed), in order. */
  readonly fields: readonly string[];
  /** Data rows, cells in column order; "line" numbers count records from the header's line 1. */
  readonly rows: readonly string[][];
  /** Index of a column by its name, case-insensitively, or -1. */
  column(name: string): number;
}

/**
 * Parses a CSV table into rows of cells (never objects keyed by column names: any name is a
 * column), refusing duplicate and reserved column names. papaparse reports to us, never to stderr.
 */
function parseTable(text: string, file: string, required: string[], b: GraphBuilder, interpreted: readonly string[] = required): Table {
  if (text.trim() === '') throw new InputError(`${file}: the file is empty; expected a CSV table with a header row`);
  const parsed = Papa.parse<string[]>(text, { header: false, skipEmptyLines: 'greedy' });
  const [header = [], ...rows] = parsed.data;
  const fields = header.map((h) => h.trim());
  const column = (name: string) => fields.findIndex((f) => f.toLowerCase() === name);
  const missing = required.filter((r) => column(r) < 0);
  if (missing.length > 0)
    throw new InputError(`${file}: expected columns ${required.map((r) => `"${r}"`).join(', ')}; missing ${missing.map((r) => `"${r}"`).join(', ')} (found: ${fields.map((f) => `"${f}"`).join(', ') || 'none'})`);
  const seen = new Map<string, number>();
  fields.forEach((f, i) => {
    const first = seen.get(f);
    if (first !== undefined) throw new InputError(`${file}: line 1: column ${JSON.stringify(f)} appears twice (columns ${first + 1} and ${i + 1}); expected each column name once`);
    if (GraphBuilder.reservedName(f)) throw new InputError(`${file}: line 1: column ${JSON.stringify(f)}: that name is reserved (rename the column)`);
    seen.set(f, i);
  });
  // The columns read by name are matched case-insensitively: two spellings of one would leave one unread.
  for (const name of interpreted) {
    const both = fields.flatMap((f, i) => (f.toLowerCase() === name ? [i] : []));
    if (both.length > 1)
      throw new InputError(`${file}: line 1: columns ${both.map((i) => JSON.stringify(fields[i])).join(' and ')} (columns ${both.map((i) => i + 1).join(' and ')}) are both read as "${name}" (column names are matched case-insensitively); expected one of them`);
  }
  const fatal = parsed.errors.find((e) => e.type === 'Quotes');
  if (fatal) throw new InputError(`${file}: line ${(fatal.row ?? 0) + 1}: malformed CSV (${fatal.message})`);
  rows.forEach((r, i) => {
    if (r.length > fields.length && r.slice(fields.length).some((c) => c.trim() !== '')) b.note('WARNING', 'extra-cells', 'rows with more cells than the header has columns (the extra cells ignored)', `${file} line ${i + 2}`);
  });
  return { fields, rows, column };
}

/**
 * Reads a CSV edge list (`source,target[,weight]`, any further columns kept as edge attributes; a
 * Gephi `Type` column of `Directed` counts as a directed edge, read as undirected) and an optional
 * node table (`id[,sector,label,…]`). With a node table, edges to nodes it does not list are
 * refused; without one, nodes come from the edges.
 */
export function readCsv(edges: { text: string; file: string }, nodes?: { text: string; file: string }, knownSectors: readonly string[] = []): ImportResult {
  const b = new GraphBuilder(edges.file, nodes !== undefined, knownSectors);
  if (nodes) {
    const t = parseTable(nodes.text, nodes.file, ['id'], b, ['id', 'sector', 'label']);
    const idCol = t.column('id');
    t.rows.forEach((row, i) => {
      const attrs: Record<string, unknown> = Object.create(null);
      t.fields.forEach((k, c) => {
        if (c === idCol) return;
        const name = k.toLowerCase() === 'sector' ? 'sector' : k.toLowerCase() === 'label' ? 'label' : k;
        attrs[name] = cellValue(row[c] ?? '');
      });
      if (typeof attrs.label === 'number') attrs.label = String(attrs.label);
      b.addNode(unquoteCell((row[idCol] ?? '').trim()), attrs, `${nodes.file} line ${i + 2}`);
    });
  }
  const t = parseTable(edges.text, edges.file, ['source', 'target'], b, ['source', 'target', 'weight', 'type']);
  const s = t.column('source');
  const d = t.column('target');
  const w = t.column('weight');
  const type = t.column('type');
  t.rows.forEach((row, i) => {
    const attrs: Record<string, unknown> = Object.create(null);
    t.fields.forEach((k, c) => {
      if (c !== s && c !== d && c !== w && c !== type) attrs[k] = cellValue(row[c] ?? '');
    });
    const where = `line ${i + 2}`;
    if (type >= 0 && (row[type] ?? '').trim().toLowerCase() === 'directed') b.directedEdge(where);
    const weight = w >= 0 ? (row[w] ?? '').trim() : undefined;
    b.addEdge(unquoteCell((row[s] ?? '').trim()), unquoteCell((row[d] ?? '').trim()), weight, attrs, where);
  });
  return b.finish();
}
