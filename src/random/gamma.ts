import { standardNormal } from './normal.js';
import type { Rng } from './prng.js';

/**
 * A Gamma(shape, 1) draw by Marsaglia & Tsang (2000); for shape < 1 the boost
 * Gamma(shape) = Gamma(shape + 1) · U^(1/shape). Shape 0 returns 0 (a point mass), so a
 * Dirichlet with a zero component keeps that component at zero.
 */
export function gammaDraw(shape: number, rng: Rng): number {
  if (!(shape >= 0) || !Number.isFinite(shape)) throw new RangeError(`gamma shape is ${shape}; expected a finite number ≥ 0`);
  if (shape === 0) return 0;
  if (shape < 1) {
    let u = rng.next();
    while (u <= 0) u = rng.next();
    return gammaDraw(shape + 1, rng) * Math.pow(u, 1 / shape);
  }
  const d = shape - 1 / 3;
  const c = 1 / Math.sqrt(9 * d);
  for (;;) {
    let x: number;
    let v: number;
    do {
      x = standardNormal(rng);
      v = 1 + c * x;
    } while (v <= 0);
    v = v * v * v;
    const u = rng.next();
    if (u < 1 - 0.0331 * x * x * x * x) return d * v;
    if (u > 0 && Math.log(u) < 0.5 * x * x + d * (1 - v + Math.log(v))) return d * v;
  }
}
