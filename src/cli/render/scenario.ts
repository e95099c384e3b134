import Papa from 'papaparse';
import type { Interval, Lever, SweepResult } from '../../scenarios/index.js';
import { section, table } from './format.js';

const fmt = (x: number, digits: number) => (Number.isFinite(x) ? x.toFixed(digits) : 'n/a');

/** "0.282 [0.271–0.293]". */
export function intervalText(i: Interval | undefined, digits = 3): string {
  if (!i || i.runs === 0) return 'n/a';
  return i.lo === i.hi ? fmt(i.mean, digits) : `${fmt(i.mean, digits)} [${fmt(i.lo, digits)}–${fmt(i.hi, digits)}]`;
}

/** The lever catalog: each quantity's baseline, ceiling and source. */
export function renderLeverCatalog(levers: readonly Lever[]): string {
  const rows = levers.flatMap((l) =>
    l.parts.map((p, i) => [i === 0 ? `${l.name}\n${l.title}` : '', p.key, p.label, fmt(p.baseline, 3), fmt(p.ceiling, 3), p.source]),
  );
  return section(
    'Levers (t = 0: the reported level; t = 1: the ceiling; override a ceiling with --ceiling KEY=VALUE)',
    table(['lever', 'key', 'moves', 'baseline', 'ceiling', 'ceiling from'], rows, [30, 48, 28, 10, 9, 48]),
  );
}

/** The headline curve: one row per t, key figures with their 95% intervals, then thresholds. */
export function renderSweepTable(result: SweepResult, levers: readonly Lever[]): string {
  const active = levers.filter((l) => result.levers.some((s) => s.lever === l.name));
  const head =
    `Scenario ${result.scenario}: ${result.levers.map((s) => `${s.lever}${s.t !== undefined ? `=${s.t}` : s.strength !== undefined && s.strength !== 1 ? ` ×${s.strength}` : ''}`).join(', ')}\n` +
    `${result.steps.length} steps × ${result.runs} networks (seeds ${result.seeds.first}–${result.seeds.last}, the same at every step); mean [95% confidence interval]\n`;
  const cols: [string, string, number][] = [
    ['hospitals in largest component', 'giant_share.hospital', 3],
    ['hospital isolates', 'isolate_share.hospital', 3],
    ['institution isolates', 'isolate_share.institution', 3],
    ['hospitals ≤2 hops to a company', 'hospital_reach_company_2', 3],
    ['edges', 'edges', 0],
    ['components', 'components', 0],
    ['modularity', 'modularity', 3],
  ];
  const rows = result.steps.map((s) => [s.t.toFixed(2), ...cols.map(([, k, d]) => intervalText(s.metrics[k], d))]);
  const thresholds = result.thresholds.map((th) => [th.condition, th.gridT === null ? 'not reached' : th.gridT.toFixed(2), th.t === null ? 'not reached' : th.t.toFixed(3)]);
  return [
    head,
    renderLeverCatalog(active),
    section('Curve', table(['t', ...cols.map(([label]) => label)], rows)),
    section('Thresholds', table(['condition', 'first grid t', 't (interpolated)'], thresholds)),
    'Every network metric (per sector too) is in --format csv or json.\n',
  ].join('\n');
}

/** CSV rows `scenario,t,metric,mean,lo,hi,runs`, every metric of every step. */
export function renderSweepCsv(result: SweepResult): string {
  const data: (string | number)[][] = [];
  for (const s of result.steps) for (const [metric, i] of Object.entries(s.metrics)) data.push([result.scenario, s.t, metric, i.mean, i.lo, i.hi, i.runs]);
  return Papa.unparse({ fields: ['scenario', 't', 'metric', 'mean', 'lo', 'hi', 'runs'], data: data.map((r) => r.map((v) => (typeof v === 'number' && !Number.isFinite(v) ? '' : v))) }, { newline: '\n' }) + '\n';
}

/** JSON: the sweep without the raw per-run figures. */
export function renderSweepJson(result: SweepResult, levers: readonly Lever[], betweenness: string): string {
  const { figures: _raw, ...rest } = result;
  void _raw;
  const active = levers.filter((l) => result.levers.some((s) => s.lever === l.name));
  return JSON.stringify({ ...rest, leverCatalog: active, betweenness }, (_k, v) => (typeof v === 'number' && !Number.isFinite(v) ? null : v), 2) + '\n';
}
