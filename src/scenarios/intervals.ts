import { studentTCritical } from './student-t.js';

/** A mean with its 95% confidence interval (Student t), over the runs where the value is defined. */
export interface Interval {
  readonly mean: number;
  readonly lo: number;
  readonly hi: number;
  /** Runs with a defined (finite) value. */
  readonly runs: number;
}

/** Mean and 95% confidence interval of the mean: mean ± t(0.05, n−1) · s / √n. NaN values are left out. */
export function meanInterval(values: readonly number[], level = 0.95): Interval {
  const xs = values.filter((v) => Number.isFinite(v));
  const n = xs.length;
  if (n === 0) return { mean: NaN, lo: NaN, hi: NaN, runs: 0 };
  const mean = xs.reduce((s, x) => s + x, 0) / n;
  if (n === 1) return { mean, lo: mean, hi: mean, runs: 1 };
  const variance = xs.reduce((s, x) => s + (x - mean) ** 2, 0) / (n - 1);
  const half = studentTCritical(1 - level, n - 1) * Math.sqrt(variance / n);
  return { mean, lo: mean - half, hi: mean + half, runs: n };
}

/** Paired difference (b − a, run by run, same seeds) with its 95% interval. */
export function pairedDifference(a: readonly number[], b: readonly number[]): Interval {
  return meanInterval(a.map((x, i) => b[i]! - x));
}
