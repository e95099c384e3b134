import { shuffleInPlace, type Rng } from '../random/index.js';

/**
 * A Latin hypercube sample (McKay, Beckman & Conover 1979) of `n` points in [0, 1)^k: each
 * input's range is cut into `n` equal strata, every stratum holds exactly one point, and
 * the strata are paired across inputs by independent random permutations. Within a stratum
 * the point is uniform. Rows are points, columns inputs.
 */
export function latinHypercube(n: number, k: number, rng: Rng): number[][] {
  if (!Number.isInteger(n) || n < 1) throw new RangeError(`latin hypercube: n is ${n}; expected an integer ≥ 1`);
  if (!Number.isInteger(k) || k < 1) throw new RangeError(`latin hypercube: k is ${k}; expected an integer ≥ 1`);
  const rows = Array.from({ length: n }, () => new Array<number>(k).fill(0));
  for (let j = 0; j < k; j++) {
    const strata = shuffleInPlace(Array.from({ length: n }, (_, i) => i), rng);
    for (let i = 0; i < n; i++) rows[i]![j] = (strata[i]! + rng.next()) / n;
  }
  return rows;
}
