import Papa from 'papaparse';
import { InputError } from '../../errors.js';
import { GraphBuilder, type ImportResult } from './graph-builder.js';

/** Undoes our own export's formula neutralization (a leading `'` before = + - @). */
function unquoteCell(text: string): string {
  return /^'[=+\-@\t\r]/.test(text) ? text.slice(1) : text;
}

/** A cell as a number when it is one, else as text. */
function cellValue(text: string): unknown {
  const t = unquoteCell(text.trim());
  if (t === '') return undefined;
  if (/^-?(\d+\.?\d*|\.\d+)(e[+-]?\d+)?$/i.test(t)) return Number(t);
  if (t === 'true' || t === 'false') return t === 'true';
  return t;
}

function parseTable(text: string, file: string, required: string[]): { rows: Record<string, string>[]; column: (name: string) => string | undefined } {
  if (text.trim() === '') throw new InputError(`${file}: the file is empty; expected a CSV table with a header row`);
  const parsed = Papa.parse<Record<string, string>>(text, { header: true, skipEmptyLines: 'greedy', transformHeader: (h) => h.trim() });
  const fields = parsed.meta.fields ?? [];
  const column = (name: string) => fields.find((f) => f.toLowerCase() === name);
  const missing = required.filter((r) => !column(r));
  if (missing.length > 0)
    throw new InputError(`${file}: expected columns ${required.map((r) => `"${r}"`).join(', ')}; missing ${missing.map((r) => `"${r}"`).join(', ')} (found: ${fields.map((f) => `"${f}"`).join(', ') || 'none'})`);
  const fatal = parsed.errors.find((e) => e.type === 'Quotes');
  if (fatal) throw new InputError(`${file}: line ${(fatal.row ?? 0) + 2}: malformed CSV (${fatal.message})`);
  return { rows: parsed.data, column };
}

/**
 * Reads a CSV edge list (`source,target[,weight]`, any further columns kept as edge attributes)
 * and an optional node table (`id[,sector,label,…]`). With a node table, edges to nodes it does not
 * list are refused; without one, nodes come from the edges.
 */
export function readCsv(edges: { text: string; file: string }, nodes?: { text: string; file: string }): ImportResult {
  const b = new GraphBuilder(edges.file, nodes !== undefined);
  if (nodes) {
    const t = parseTable(nodes.text, nodes.file, ['id']);
    const idCol = t.column('id')!;
    t.rows.forEach((row, i) => {
      const attrs: Record<string, unknown> = {};
      for (const [k, v] of Object.entries(row)) if (k !== idCol && k !== '__parsed_extra') attrs[k.toLowerCase() === 'sector' ? 'sector' : k.toLowerCase() === 'label' ? 'label' : k] = cellValue(v ?? '');
      if (typeof attrs.label === 'number') attrs.label = String(attrs.label);
      b.addNode(unquoteCell((row[idCol] ?? '').trim()), attrs, `${nodes.file} line ${i + 2}`);
    });
  }
  const t = parseTable(edges.text, edges.file, ['source', 'target']);
  const s = t.column('source')!;
  const d = t.column('target')!;
  const w = t.column('weight');
  t.rows.forEach((row, i) => {
    const attrs: Record<string, unknown> = {};
    for (const [k, v] of Object.entries(row)) if (k !== s && k !== d && k !== w && k !== '__parsed_extra') attrs[k] = cellValue(v ?? '');
    const weight = w ? (row[w] ?? '').trim() : undefined;
    b.addEdge(unquoteCell((row[s] ?? '').trim()), unquoteCell((row[d] ?? '').trim()), weight, attrs, `line ${i + 2}`);
  });
  return b.finish();
}
