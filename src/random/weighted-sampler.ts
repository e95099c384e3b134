import type { Rng } from './prng.js';

/** Draws indices with probability proportional to non-negative weights. */
export interface WeightedSampler {
  /** Total weight; 0 means nothing can be drawn. */
  readonly total: number;
  /** One index in [0, weights.length), or -1 when the total weight is 0. */
  draw(rng: Rng): number;
}

/**
 * Inverse-CDF sampling over cumulative weights with a binary search: O(n) to build,
 * O(log n) per draw. Weights must be finite and non-negative.
 */
export function weightedSampler(weights: ArrayLike<number>): WeightedSampler {
  const n = weights.length;
  const cumulative = new Float64Array(n);
  let total = 0;
  for (let i = 0; i < n; i++) {
    const w = weights[i]!;
    if (!(w >= 0) || !Number.isFinite(w)) throw new RangeError(`weight ${i} is ${w}; expected a finite number ≥ 0`);
    total += w;
    cumulative[i] = total;
  }
  return {
    total,
    draw(rng: Rng): number {
      if (total <= 0) return -1;
      const u = rng.next() * total;
      let lo = 0;
      let hi = n - 1;
      while (lo < hi) {
        const mid = (lo + hi) >>> 1;
        if (cumulative[mid]! > u) hi = mid;
        else lo = mid + 1;
      }
      return lo;
    },
  };
}
