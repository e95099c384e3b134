import type { MorrisDesign } from './morris-design.js';

/** Morris screening measures for one input. */
export interface MorrisMeasures {
  /** Mean elementary effect. */
  readonly mu: number;
  /** Mean absolute elementary effect (Campolongo, Cariboni & Saltelli 2007). */
  readonly muStar: number;
  /** Standard deviation of the elementary effects (n − 1 denominator): non-linearity or interactions. */
  readonly sigma: number;
}

/**
 * Elementary effects EE_i = (y(x + Δe_i) − y(x)) / (±Δ) along each trajectory, and per input
 * μ, μ* and σ over the r trajectories. `y` is in `morrisPoints` order. Trajectories with a
 * non-finite output (a point the model could not be resolved at) are left out; an input with
 * no trajectory left gets NaN.
 */
export function morrisMeasures(design: MorrisDesign, y: readonly number[]): MorrisMeasures[] {
  const { r, k } = design;
  if (y.length !== r * (k + 1)) throw new RangeError(`morris: got ${y.length} outputs; expected r(k + 1) = ${r * (k + 1)}`);
  const effects = Array.from({ length: k }, () => [] as number[]);
  for (let t = 0; t < r; t++) {
    const path = design.trajectories[t]!;
    if (!y.slice(t * (k + 1), (t + 1) * (k + 1)).every(Number.isFinite)) continue;
    for (let j = 0; j < k; j++) {
      const i = design.moved[t]![j]!;
      const step = path[j + 1]![i]! - path[j]![i]!;
      effects[i]!.push((y[t * (k + 1) + j + 1]! - y[t * (k + 1) + j]!) / step);
    }
  }
  return effects.map((ee) => {
    const mu = ee.reduce((s, e) => s + e, 0) / ee.length;
    const muStar = ee.reduce((s, e) => s + Math.abs(e), 0) / ee.length;
    const sigma = ee.length > 1 ? Math.sqrt(ee.reduce((s, e) => s + (e - mu) ** 2, 0) / (ee.length - 1)) : NaN;
    return { mu, muStar, sigma };
  });
}
