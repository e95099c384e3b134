import { NODE_COLUMNS, type MetricsReport } from '../metrics/index.js';
import { safeCell, writeCsvTable } from './csv.js';
import { collectText, type TextSink } from './sink.js';

/** Streams the node metrics table as CSV: the documented leading columns, then the rest; empty cells for undefined values. */
export function writeMetricsCsv(report: MetricsReport, sink: TextSink): void {
  const extra = new Set<string>();
  for (const row of report.nodes) for (const k of Object.keys(row)) if (!(NODE_COLUMNS as readonly string[]).includes(k)) extra.add(k);
  const fields = [...NODE_COLUMNS, ...extra];
  writeCsvTable(sink, fields, (emit) => {
    for (const row of report.nodes) emit(fields.map((f) => safeCell(row[f])));
  });
}

/** The node metrics table as one CSV string (see `writeMetricsCsv`). */
export function metricsToCsv(report: MetricsReport): string {
  return collectText((sink) => writeMetricsCsv(report, sink));
}
