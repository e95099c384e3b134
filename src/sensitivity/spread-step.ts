import { quantileSorted } from 'simple-statistics';
import type { Figures, Interval, SweepStep } from '../scenarios/index.js';

/**
 * Summarizes one step over runs that differ in more than their seed: every figure as its mean
 * with the 2.5–97.5 percentile range of the runs — the spread of the figure itself, which is what
 * the survey and the assumptions leave open (a confidence interval of the mean would shrink with
 * more runs and hide it).
 */
export function spreadStep(t: number, runs: readonly Figures[]): SweepStep {
  const names = new Set<string>();
  for (const r of runs) for (const k of Object.keys(r)) names.add(k);
  const metrics: Record<string, Interval> = {};
  for (const k of names) {
    const v = runs.map((r) => r[k] ?? NaN).filter(Number.isFinite).sort((a, b) => a - b);
    metrics[k] = v.length ? { mean: v.reduce((s, x) => s + x, 0) / v.length, lo: quantileSorted(v, 0.025), hi: quantileSorted(v, 0.975), runs: v.length } : { mean: NaN, lo: NaN, hi: NaN, runs: 0 };
  }
  return { t, metrics };
}
