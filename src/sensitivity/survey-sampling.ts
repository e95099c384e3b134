import { betaDraw, dirichletDraw, type Rng } from '../random/index.js';

/**
 * One draw of a single-choice block's shares from their sampling distribution: Dirichlet with
 * mean equal to the reported shares and concentration n − 1, whose covariance
 * p_i(δ_ij − p_j)/n is exactly that of multinomial proportions from n respondents. `n` is the
 * (effective) respondent count. The reported shares are normalised for the draw and the result
 * rescaled to their reported total, so rounding in the paper (e.g. 101%) is kept. Zero shares
 * stay zero.
 */
export function drawBlockShares(shares: readonly number[], n: number, rng: Rng): number[] {
  if (!(n > 1)) throw new RangeError(`survey sampling: n is ${n}; expected more than 1 respondent`);
  const total = shares.reduce((s, p) => s + p, 0);
  if (!(total > 0) || shares.some((p) => !(p >= 0))) throw new RangeError('survey sampling: expected shares ≥ 0 with a positive total');
  return dirichletDraw(shares.map((p) => (p / total) * (n - 1)), rng).map((p) => p * total);
}

/**
 * One draw of a single reported share p from Beta(p(n − 1), (1 − p)(n − 1)): mean p,
 * variance p(1 − p)/n, the binomial proportion's. p = 0 or 1 is returned unchanged.
 */
export function drawShare(p: number, n: number, rng: Rng): number {
  if (!(p >= 0 && p <= 1)) throw new RangeError(`survey sampling: share is ${p}; expected a number in [0, 1]`);
  if (!(n > 1)) throw new RangeError(`survey sampling: n is ${n}; expected more than 1 respondent`);
  if (p === 0 || p === 1) return p;
  return betaDraw(p * (n - 1), (1 - p) * (n - 1), rng);
}
