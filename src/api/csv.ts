import Papa from 'papaparse';
import { metricsToCsv } from '../formats/index.js';
import { safeCell } from '../formats/index.js';
import type { MetricsReport } from '../metrics/index.js';
import { checkArray, checkObject } from './guards.js';

/** One CSV row: column name to value (null and non-finite numbers are written as empty cells). */
export type CsvRow = Readonly<Record<string, string | number | boolean | null | undefined>>;

/**
 * Rows as CSV text a spreadsheet opens: a header of the columns (those of the first row, then any
 * new ones in order met), comma-separated, quoted where needed, `\n` line ends; text that a
 * spreadsheet would run as a formula (`=`, `+`, `-`, `@` …) is defused as the CLI's CSV is.
 *
 * @example
 * ```ts
 * import { toCsv } from 'collabnet';
 * toCsv([{ t: 0, share: 0.31 }, { t: 0.5, share: 0.42 }]); // "t,share\n0,0.31\n0.5,0.42\n"
 * ```
 */
export function toCsv(rows: readonly CsvRow[]): string {
  checkArray(rows, 'toCsv', 'rows', 'an array of row objects');
  const fields: string[] = [];
  for (const row of rows) for (const key of Object.keys(row)) if (!fields.includes(key)) fields.push(key);
  const cell = (v: unknown) => (v === null || v === undefined || (typeof v === 'number' && !Number.isFinite(v)) ? '' : safeCell(v));
  return Papa.unparse({ fields, data: rows.map((r) => fields.map((f) => cell(r[f]))) }, { newline: '\n' }) + '\n';
}

/**
 * A metrics report's node table as CSV (`collabnet metrics --format csv`): one row per node,
 * every node metric a column.
 *
 * @example
 * ```ts
 * import { metrics, metricsCsv } from 'collabnet';
 * const csv = metricsCsv(metrics(graph, { model }));
 * ```
 */
export function metricsCsv(report: MetricsReport): string {
  checkObject(report, 'metricsCsv', 'report', 'a metrics report (from metrics)');
  checkArray((report as { nodes?: unknown }).nodes, 'metricsCsv', 'report.nodes', 'an array of node rows (a report from metrics)');
  return metricsToCsv(report);
}
