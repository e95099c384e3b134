import type { CheckReport } from '../../survey/index.js';
import { section, table } from './format.js';

/** `collabnet data check --format table`. */
export function renderCheckTable(report: CheckReport, tolerance: number, surveyLabel = 'survey.json', specLabel = 'model.json'): string {
  const groups = Object.entries(report.groups).map(
    ([name, g]) => `${name}: ${Object.entries(g).map(([k, v]) => (v === null ? `${k} not reported` : `${k} ${v.toLocaleString('en-US')}`)).join(', ')}`,
  );
  const head =
    `${surveyLabel}: valid — ${report.tables} tables, ${report.questions} table questions, ${report.options} options, ${report.textOnlyQuestions} figures from the Results text\n` +
    `groups: ${groups.join('; ')}\n` +
    `${specLabel}: valid\n`;
  const byKind = (kinds: string[]) => report.findings.filter((f) => kinds.includes(f.kind));
  const rows = (list: typeof report.findings) => list.map((f) => [f.where, f.detail, f.modelUses]);
  const widths = [30, 62, 34];
  const parts = [head];
  const values = byKind(['value']);
  parts.push(section(`Table vs Results text: ${values.length} values differ`, table(['where', 'what', 'model uses'], rows(values), widths)));
  const sums = byKind(['sum']);
  parts.push(section(`Sums: ${sums.length} blocks off 100% by more than ${(tolerance * 100).toFixed(1)} points (single-choice), or flagged`, table(['where', 'what', 'model uses'], rows(sums), widths)));
  const other = report.findings.filter((f) => !['value', 'sum'].includes(f.kind));
  parts.push(section(`Other recorded discrepancies: ${other.length}`, table(['where', 'kind', 'what', 'model uses'], other.map((f) => [f.where, f.kind, f.detail, f.modelUses]), [26, 12, 58, 30])));
  parts.push(`${report.findings.length} findings in all.\n`);
  return parts.join('\n');
}
