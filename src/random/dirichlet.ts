import { gammaDraw } from './gamma.js';
import type { Rng } from './prng.js';

/**
 * A Dirichlet(alpha) draw: independent Gamma(alpha_i, 1) draws normalised to sum 1.
 * Components with alpha_i = 0 stay 0. At least one alpha must be positive.
 */
export function dirichletDraw(alpha: readonly number[], rng: Rng): number[] {
  const g = alpha.map((a) => gammaDraw(a, rng));
  const total = g.reduce((s, x) => s + x, 0);
  if (!(total > 0)) throw new RangeError('dirichlet: every alpha is 0; expected at least one positive');
  return g.map((x) => x / total);
}
