import type { Interval } from './intervals.js';

/** The smallest t at which a mean figure first meets a condition, on the grid and interpolated. */
export interface Threshold {
  readonly metric: string;
  readonly condition: string;
  /** First grid t where the mean meets the condition; null if it never does in the swept range. */
  readonly gridT: number | null;
  /** Linear interpolation between the last grid t that fails and the first that meets it. */
  readonly t: number | null;
  /** What the threshold means, from the spec's outcomes. */
  readonly label?: string;
}

/**
 * Finds where `metric`'s mean first reaches `target` from below (`direction: 'rises'`) or falls
 * below it (`'falls'`) along the sweep.
 */
export function firstCrossing(steps: readonly { t: number; metrics: Readonly<Record<string, Interval>> }[], metric: string, target: number, direction: 'rises' | 'falls'): Threshold {
  const condition = direction === 'rises' ? `mean ${metric} ≥ ${target}` : `mean ${metric} < ${target}`;
  const meets = (x: number) => (direction === 'rises' ? x >= target : x < target);
  for (let i = 0; i < steps.length; i++) {
    const m = Object.hasOwn(steps[i]!.metrics, metric) ? steps[i]!.metrics[metric]!.mean : undefined;
    if (m === undefined || !Number.isFinite(m) || !meets(m)) continue;
    if (i === 0) return { metric, condition, gridT: steps[0]!.t, t: steps[0]!.t };
    const prev = steps[i - 1]!;
    const pm = prev.metrics[metric]!.mean;
    const frac = Number.isFinite(pm) && m !== pm ? (target - pm) / (m - pm) : 1;
    return { metric, condition, gridT: steps[i]!.t, t: prev.t + Math.min(1, Math.max(0, frac)) * (steps[i]!.t - prev.t) };
  }
  return { metric, condition, gridT: null, t: null };
}
