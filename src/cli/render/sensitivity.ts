import Papa from 'papaparse';
import type { EffectiveSample, Estimate, InputRange, MorrisMeasures, NoiseShare } from '../../sensitivity/index.js';
import { table } from './format.js';

/** Everything `collabnet sensitivity` reports. */
export interface SensitivityReport {
  readonly figure: string;
  readonly label: string;
  readonly lever: string | null;
  readonly threshold: { target: number; direction: string; steps: number; censored: number } | null;
  readonly uncertainty: string;
  readonly inputs: readonly { name: string; range: InputRange; why: string }[];
  readonly respondents: readonly (EffectiveSample & { group: string })[];
  readonly baseline: { mean: number; networks: number };
  readonly morris: { trajectories: number; levels: number; measures: readonly (MorrisMeasures & { input: string })[] } | null;
  readonly sobol: { n: number; resamples: number; variance: number; indices: readonly { input: string; S1: Estimate; ST: Estimate }[] } | null;
  readonly noise: NoiseShare | null;
  readonly conclusions: readonly string[];
  readonly cost: { networks: number; perPoint: number; points: number; failedPoints: number; firstFailure: string | null; droppedSobolRows: number; seconds: number; workers: number; seed: number };
}

const rangeText = (r: InputRange) => (r.kind === 'set' ? `{${r.values.join(', ')}}` : `${r.low}–${r.high}`);
const est = (e: Estimate) => `${e.value.toFixed(3)} [${e.low.toFixed(3)}, ${e.high.toFixed(3)}]`;
const g = (x: number) => (Math.abs(x) >= 100 ? x.toFixed(1) : x.toPrecision(3));

/** The report as terminal tables and sentences. */
export function renderSensitivityTable(r: SensitivityReport): string {
  const parts: string[] = [];
  parts.push(`Sensitivity of ${r.label} (uncertainty: ${r.uncertainty})`);
  parts.push(table(['input', 'range', 'why'], r.inputs.map((i) => [i.name, rangeText(i.range), i.why]), [34, 30, 70]));
  if (r.morris) {
    parts.push(`Morris elementary effects (${r.morris.trajectories} trajectories, ${r.morris.levels} levels; effects per unit of the input's range)`);
    parts.push(table(['input', 'μ*', 'μ', 'σ'], [...r.morris.measures].sort((a, b) => b.muStar - a.muStar).map((m) => [m.input, g(m.muStar), g(m.mu), g(m.sigma)])));
  }
  if (r.sobol) {
    parts.push(`Sobol' indices (N = ${r.sobol.n}, Saltelli 2010 first order, Jansen 1999 total order; 95% bootstrap intervals over ${r.sobol.resamples} resamples)`);
    parts.push(table(['input', 'first order S1', 'total order ST'], [...r.sobol.indices].sort((a, b) => b.ST.value - a.ST.value).map((x) => [x.input, est(x.S1), est(x.ST)])));
  }
  if (r.threshold?.censored) parts.push(`${r.threshold.censored} sample points never reached the target in [0, 1]; their t is counted as 1.`);
  if (r.inputs.some((i) => i.name === 'survey-sampling'))
    parts.push(
      `Survey sampling: ${r.respondents
        .map((c) => (c.designEffect === 1 ? `${c.group} n = ${c.respondents}` : `${c.group} ${c.respondents} in ${c.clusters} clusters (m̄ = ${c.meanClusterSize.toFixed(2)}, assumed intra-cluster correlation ρ = ${c.icc}: design effect ${c.designEffect.toFixed(2)}, effective n = ${Math.round(c.effective)})`))
        .join('; ')}.`,
    );
  parts.push('Conclusions:');
  for (const s of r.conclusions) parts.push(`  - ${s}`);
  const k = r.cost;
  parts.push(`Cost: ${k.networks} networks (${k.points} evaluations × ${k.perPoint} networks each${k.failedPoints ? `; ${k.failedPoints} points could not be resolved, e.g. "${k.firstFailure}", and ${k.droppedSobolRows} Sobol' rows holding them were left out` : ''}) in ${k.seconds.toFixed(1)} s with ${k.workers} worker${k.workers > 1 ? 's' : ''}; seed ${k.seed}.`);
  return parts.join('\n') + '\n';
}

/** The report as JSON (non-finite numbers as null). */
export function renderSensitivityJson(r: SensitivityReport): string {
  return JSON.stringify(r, (_k, v) => (typeof v === 'number' && !Number.isFinite(v) ? null : v), 2) + '\n';
}

/** One row per index: method,input,measure,value,low,high. */
export function renderSensitivityCsv(r: SensitivityReport): string {
  const rows: (string | number)[][] = [];
  for (const m of r.morris?.measures ?? []) {
    rows.push(['morris', m.input, 'mu_star', m.muStar, '', '']);
    rows.push(['morris', m.input, 'mu', m.mu, '', '']);
    rows.push(['morris', m.input, 'sigma', m.sigma, '', '']);
  }
  for (const x of r.sobol?.indices ?? []) {
    rows.push(['sobol', x.input, 'S1', x.S1.value, x.S1.low, x.S1.high]);
    rows.push(['sobol', x.input, 'ST', x.ST.value, x.ST.low, x.ST.high]);
  }
  if (r.noise) rows.push(['noise', '', 'share', r.noise.share, '', '']);
  return Papa.unparse({ fields: ['method', 'input', 'measure', 'value', 'low', 'high'], data: rows.map((row) => row.map((v) => (typeof v === 'number' && !Number.isFinite(v) ? '' : v))) }, { newline: '\n' }) + '\n';
}
