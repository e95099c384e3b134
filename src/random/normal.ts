import type { Rng } from './prng.js';

/**
 * A standard normal draw by the Box–Muller transform (1958), using two uniforms from `rng`.
 * The second value of the pair is discarded so each call consumes exactly two draws.
 */
export function standardNormal(rng: Rng): number {
  let u = rng.next();
  while (u <= 0) u = rng.next();
  const v = rng.next();
  return Math.sqrt(-2 * Math.log(u)) * Math.cos(2 * Math.PI * v);
}
