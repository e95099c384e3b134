import Papa from 'papaparse';
import { NODE_COLUMNS, type MetricsReport } from '../metrics/index.js';
import { safeCell } from './csv.js';

/** The node metrics table as CSV: the documented leading columns, then the rest; empty cells for undefined values. */
export function metricsToCsv(report: MetricsReport): string {
  const extra = new Set<string>();
  for (const row of report.nodes) for (const k of Object.keys(row)) if (!(NODE_COLUMNS as readonly string[]).includes(k)) extra.add(k);
  const fields = [...NODE_COLUMNS, ...extra];
  const data = report.nodes.map((row) => fields.map((f) => safeCell(row[f])));
  return Papa.unparse({ fields, data }, { newline: '\n' }) + '\n';
}
