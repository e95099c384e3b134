import type { SaltelliOutputs } from './saltelli-design.js';

/** First-order and total-order Sobol' indices, one per input, and the output variance. */
export interface SobolIndices {
  readonly S1: number[];
  readonly ST: number[];
  readonly variance: number;
}

/**
 * Sobol' indices from outputs on a Saltelli design, over the rows `rows` (all rows when
 * omitted; the bootstrap passes resampled rows):
 * - first order, Saltelli et al. (2010): S_i = mean((f(B) − f̄) · (f(A_B^i) − f(A))) / V;
 *   centring f(B) on the pooled mean f̄ leaves the estimator's expectation unchanged (the mean
 *   of f(A_B^i) − f(A) is 0) and removes the variance a large mean adds (as SALib does by
 *   standardising the outputs);
 * - total order, Jansen (1999): S_Ti = mean((f(A) − f(A_B^i))²) / (2V);
 * with V the variance of f(A) and f(B) pooled. A constant output (V = 0) gives zeros.
 */
export function sobolIndices(out: SaltelliOutputs, rows?: readonly number[]): SobolIndices {
  const n = out.fA.length;
  const idx = rows ?? Array.from({ length: n }, (_, r) => r);
  const m = idx.length;
  let sum = 0;
  for (const r of idx) sum += out.fA[r]! + out.fB[r]!;
  const mean = sum / (2 * m);
  let ss = 0;
  for (const r of idx) ss += (out.fA[r]! - mean) ** 2 + (out.fB[r]! - mean) ** 2;
  const variance = ss / (2 * m - 1);
  const S1: number[] = [];
  const ST: number[] = [];
  for (const fABi of out.fAB) {
    let first = 0;
    let total = 0;
    for (const r of idx) {
      const a = out.fA[r]!;
      const ab = fABi[r]!;
      first += (out.fB[r]! - mean) * (ab - a);
      total += (a - ab) ** 2;
    }
    S1.push(variance > 0 ? first / m / variance : 0);
    ST.push(variance > 0 ? total / (2 * m) / variance : 0);
  }
  return { S1, ST, variance };
}
