import { gammaDraw } from './gamma.js';
import type { Rng } from './prng.js';

/** A Beta(a, b) draw as X / (X + Y) with X ~ Gamma(a), Y ~ Gamma(b); a, b ≥ 0, not both 0. */
export function betaDraw(a: number, b: number, rng: Rng): number {
  const x = gammaDraw(a, rng);
  const y = gammaDraw(b, rng);
  if (!(x + y > 0)) throw new RangeError('beta: both shapes are 0; expected at least one positive');
  return x / (x + y);
}
