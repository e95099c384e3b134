import Papa from 'papaparse';
import type { Interval, KeyFigure, Lever, SweepResult } from '../../scenarios/index.js';
import { section, table } from './format.js';

/** The number a lever's source gives, as the source reads it: a share as a percentage. */
const cited = (p: { share: boolean; cited: number }) => (p.share ? `${+(p.cited * 100).toFixed(1)}%` : String(+p.cited.toFixed(4)));

const fmt = (x: number, digits: number) => (Number.isFinite(x) ? x.toFixed(digits) : 'n/a');

/** "0.282 [0.271–0.293]". */
export function intervalText(i: Interval | undefined, digits = 3): string {
  if (!i || i.runs === 0) return 'n/a';
  return i.lo === i.hi ? fmt(i.mean, digits) : `${fmt(i.mean, digits)} [${fmt(i.lo, digits)}–${fmt(i.hi, digits)}]`;
}

/** The lever catalog: each quantity's baseline, ceiling and source. */
export function renderLeverCatalog(levers: readonly Lever[]): string {
  const rows = levers.flatMap((l) =>
    l.parts.map((p, i) => [i === 0 ? `${l.name}\n${l.title}` : '', `${p.key}\n${p.path}`, p.label, fmt(p.baseline, 3), fmt(p.ceiling, 3), p.held ? `${p.source} (${cited(p)}); ${p.held}` : `${p.source} (${cited(p)})`]),
  );
  const trade = levers.map((l) => [l.name, l.keeps, l.givesUp]);
  return section(
    'Levers (t = 0: the reported level; t = 1: the ceiling; override a ceiling with --ceiling KEY=VALUE)',
    table(['lever', 'key / spec path', 'moves', 'baseline', 'ceiling', 'ceiling from'], rows, [30, 48, 28, 10, 9, 48]) +
      '\n' +
      table(['lever', 'keeps', 'gives up'], trade, [30, 60, 60]),
  );
}

/** The headline curve: one row per t, the spec's key figures with their 95% intervals; the fit to the survey per tie type and side; then thresholds. */
export function renderSweepTable(result: SweepResult, levers: readonly Lever[], figures: readonly KeyFigure[]): string {
  const active = levers.filter((l) => result.levers.some((s) => s.lever === l.name));
  const head =
    `Scenario ${result.scenario}: ${result.levers.map((s) => `${s.lever}${s.t !== undefined ? `=${s.t}` : s.strength !== undefined && s.strength !== 1 ? ` ×${s.strength}` : ''}`).join(', ')}\n` +
    `${result.steps.length} steps × ${result.runs} networks (seeds ${result.seeds.first}–${result.seeds.last}, the same at every step); mean [95% confidence interval]\n`;
  const rows = result.steps.map((s) => [s.t.toFixed(2), ...figures.map((k) => intervalText(s.metrics[k.metric], k.decimals))]);
  const fitKeys = Object.keys(result.steps[0]?.metrics ?? {}).filter((k) => k.startsWith('fit.tvd.')).map((k) => k.slice('fit.tvd.'.length));
  const fitRows = result.steps.map((s) => [
    s.t.toFixed(2),
    ...fitKeys.map((k) => `${fmt(s.metrics[`fit.tvd.${k}`]?.mean ?? NaN, 3)} · ${fmt(s.metrics[`fit.requested.${k}`]?.mean ?? NaN, 3)} → ${fmt(s.metrics[`fit.realized.${k}`]?.mean ?? NaN, 3)}`),
  ]);
  const thresholds = result.thresholds.map((th) => [th.label ?? th.condition, th.condition, th.gridT === null ? 'not reached' : th.gridT.toFixed(2), th.t === null ? 'not reached' : th.t.toFixed(3)]);
  return [
    head,
    renderLeverCatalog(active),
    section('Curve', table(['t', ...figures.map((k) => k.label)], rows)),
    section('Fit to the survey per step (tie type.side: TVD · requested → realized; share of respondents, or mean partners)', table(['t', ...fitKeys], fitRows)),
    section('Thresholds', table(['threshold', 'condition', 'first grid t', 't (interpolated)'], thresholds)),
    'Every network metric (per sector too) and every fit figure is in --format csv or json.\n',
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
