/** Test functions with analytical Sobol' indices, on inputs in [0, 1]^k. */

/** Ishigami & Homma (1990), inputs mapped from [0, 1] to [−π, π]. */
export function ishigami(u: readonly number[], a = 7, b = 0.1): number {
  const [x1, x2, x3] = u.map((v) => -Math.PI + 2 * Math.PI * v) as [number, number, number];
  return Math.sin(x1) + a * Math.sin(x2) ** 2 + b * x3 ** 4 * Math.sin(x1);
}

/** Analytical Ishigami indices (a = 7, b = 0.1), as published: S1 and ST. */
export const ISHIGAMI = { S1: [0.3139, 0.4424, 0], ST: [0.5576, 0.4424, 0.2437] };

/** Sobol' G function: Π (|4x − 2| + a_i) / (1 + a_i). */
export function sobolG(u: readonly number[], a: readonly number[]): number {
  let p = 1;
  for (let i = 0; i < a.length; i++) p *= (Math.abs(4 * u[i]! - 2) + a[i]!) / (1 + a[i]!);
  return p;
}

/** Analytical G-function indices: V_i = 1/(3(1 + a_i)²), V = Π(1 + V_i) − 1. */
export function sobolGIndices(a: readonly number[]): { S1: number[]; ST: number[] } {
  const vi = a.map((ai) => 1 / (3 * (1 + ai) ** 2));
  const prod = vi.reduce((p, v) => p * (1 + v), 1);
  const V = prod - 1;
  return { S1: vi.map((v) => v / V), ST: vi.map((v) => (v * prod) / (1 + v) / V) };
}
