import { quantileSorted } from 'simple-statistics';
import type { Rng } from '../random/index.js';
import type { SaltelliOutputs } from './saltelli-design.js';
import { sobolIndices } from './sobol-indices.js';

/** An estimate with its bootstrap percentile interval. */
export interface Estimate {
  readonly value: number;
  readonly low: number;
  readonly high: number;
}

/** Sobol' indices with bootstrap intervals, per input. */
export interface SobolResult {
  readonly S1: Estimate[];
  readonly ST: Estimate[];
  readonly variance: number;
  readonly n: number;
  readonly resamples: number;
  readonly level: number;
}

/**
 * Sobol' indices with percentile bootstrap intervals (Efron 1979; as in Archer, Saltelli &
 * Sobol' 1997): rows of the design are resampled with replacement `resamples` times with the
 * seeded `rng`, the indices re-estimated on each resample, and the (1 − level)/2 and
 * (1 + level)/2 quantiles reported around the full-sample estimate.
 */
export function sobolWithBootstrap(out: SaltelliOutputs, rng: Rng, resamples = 1000, level = 0.95): SobolResult {
  if (!Number.isInteger(resamples) || resamples < 10) throw new RangeError(`bootstrap: resamples is ${resamples}; expected an integer ≥ 10`);
  if (!(level > 0 && level < 1)) throw new RangeError(`bootstrap: level is ${level}; expected a number in (0, 1)`);
  const n = out.fA.length;
  const point = sobolIndices(out);
  const k = out.fAB.length;
  const s1 = Array.from({ length: k }, () => new Float64Array(resamples));
  const st = Array.from({ length: k }, () => new Float64Array(resamples));
  const rows = new Array<number>(n);
  for (let b = 0; b < resamples; b++) {
    for (let r = 0; r < n; r++) rows[r] = rng.int(n);
    const est = sobolIndices(out, rows);
    for (let i = 0; i < k; i++) {
      s1[i]![b] = est.S1[i]!;
      st[i]![b] = est.ST[i]!;
    }
  }
  const lo = (1 - level) / 2;
  const hi = (1 + level) / 2;
  const interval = (values: Float64Array, value: number): Estimate => {
    const sorted = Array.from(values).sort((a, b) => a - b);
    return { value, low: quantileSorted(sorted, lo), high: quantileSorted(sorted, hi) };
  };
  return {
    S1: point.S1.map((v, i) => interval(s1[i]!, v)),
    ST: point.ST.map((v, i) => interval(st[i]!, v)),
    variance: point.variance,
    n,
    resamples,
    level,
  };
}
