import { meanInterval, pairedDifference, type Interval } from './intervals.js';
import type { Figures } from './network-figures.js';

/** One metric compared between two sides run on the same seeds. */
export interface CompareRow {
  readonly metric: string;
  readonly baseline: Interval;
  readonly scenario: Interval;
  /** Paired difference scenario − baseline, run by run. */
  readonly difference: Interval;
}

/** Compares two lists of figures run on the same seeds (index i ↔ seed i): every metric of the scenario side. The one implementation of compare. */
export function compareFigures(baseline: readonly Figures[], scenario: readonly Figures[]): CompareRow[] {
  const metrics = Object.keys(scenario[0] ?? {});
  return metrics.map((m) => {
    const va = baseline.map((f) => f[m] ?? NaN);
    const vb = scenario.map((f) => f[m] ?? NaN);
    return { metric: m, baseline: meanInterval(va), scenario: meanInterval(vb), difference: pairedDifference(va, vb) };
  });
}
