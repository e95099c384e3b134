// The node table: every attribute and metric as a column, sortable, searchable, paged.
import { compareValues, hasValue, type NodeRecord } from '../appearance/attributes.js';

/** How the table is asked for: the sort column and direction, a search text, a page. */
export interface TableQuery {
  readonly sort: string;
  readonly descending: boolean;
  /** Rows whose id or any text cell contains this (case-insensitive); '' keeps all. */
  readonly search: string;
  readonly offset: number;
  readonly limit: number;
}

/** One page of the table and how many rows matched the search. */
export interface TablePage {
  readonly columns: readonly string[];
  readonly rows: readonly NodeRecord[];
  readonly matched: number;
  readonly total: number;
}

/** Compares two cell values: numbers numerically, text as text (numeric text numerically); booleans false < true. */
function compareCells(a: unknown, b: unknown): number {
  if (typeof a === 'number' && typeof b === 'number') return a - b;
  if (typeof a === 'boolean' && typeof b === 'boolean') return Number(a) - Number(b);
  return compareValues(String(a), String(b));
}

/**
 * Filters, sorts and pages the node records. The `id` column sorts by id. Nodes without a value in
 * the sort column come last in either direction; ties keep id order, so the order is stable.
 */
export function queryTable(records: readonly NodeRecord[], columns: readonly string[], q: TableQuery): TablePage {
  const needle = q.search.trim().toLowerCase();
  const matches = needle
    ? records.filter((r) => r.id.toLowerCase().includes(needle) || columns.some((c) => typeof r.attrs[c] === 'string' && (r.attrs[c] as string).toLowerCase().includes(needle)))
    : [...records];
  const value = (r: NodeRecord) => (q.sort === 'id' ? r.id : r.attrs[q.sort]);
  const dir = q.descending ? -1 : 1;
  matches.sort((x, y) => {
    const a = value(x);
    const b = value(y);
    const ha = hasValue(a);
    const hb = hasValue(b);
    if (ha !== hb) return ha ? -1 : 1;
    const c = ha ? dir * compareCells(a, b) : 0;
    return c || compareValues(x.id, y.id);
  });
  const offset = Math.max(0, Math.min(q.offset, Math.max(0, matches.length - 1)));
  return { columns, rows: matches.slice(offset, offset + q.limit), matched: matches.length, total: records.length };
}

/** A cell as the table shows it: numbers to 4 significant digits (integers whole), booleans yes/no, nothing for no value. */
export function formatCell(v: unknown): string {
  if (!hasValue(v)) return '';
  if (typeof v === 'number') return Number.isInteger(v) ? v.toLocaleString('en-US') : Number(v.toPrecision(4)).toString();
  if (typeof v === 'boolean') return v ? 'yes' : 'no';
  return typeof v === 'object' ? JSON.stringify(v) : String(v);
}
