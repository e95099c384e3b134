import type { Rng } from '../random/index.js';

/** The Saltelli sampling design: base matrices A and B, and A_B^i = A with column i from B. */
export interface SaltelliDesign {
  readonly n: number;
  readonly k: number;
  readonly A: number[][];
  readonly B: number[][];
  /** `AB[i]` is A with column i taken from B. */
  readonly AB: number[][][];
}

/**
 * The design of Saltelli (2002) / Saltelli et al. (2010) in [0, 1)^k: two independent
 * N × k matrices A and B and k matrices A_B^i, n(k + 2) model runs in all. The base
 * matrices are seeded pseudo-random uniforms (no maintained npm package offers a Sobol'
 * low-discrepancy sequence), so estimates converge as 1/√N and their bootstrap intervals
 * are honest Monte Carlo intervals.
 */
export function saltelliDesign(n: number, k: number, rng: Rng): SaltelliDesign {
  if (!Number.isInteger(n) || n < 2) throw new RangeError(`saltelli: N is ${n}; expected an integer ≥ 2`);
  if (!Number.isInteger(k) || k < 1) throw new RangeError(`saltelli: k is ${k}; expected an integer ≥ 1`);
  const A: number[][] = [];
  const B: number[][] = [];
  for (let r = 0; r < n; r++) {
    const row = Array.from({ length: 2 * k }, () => rng.next());
    A.push(row.slice(0, k));
    B.push(row.slice(k));
  }
  const AB = Array.from({ length: k }, (_, i) => A.map((a, r) => a.map((x, j) => (j === i ? B[r]![j]! : x))));
  return { n, k, A, B, AB };
}

/**
 * Every point of a design in evaluation order, each with its row: row r's points are
 * A_r, B_r, A_B^1_r … A_B^k_r, contiguous, so a caller can give them one common seed
 * (common random numbers per row).
 */
export function saltelliPoints(design: SaltelliDesign): { row: number; point: number[] }[] {
  const out: { row: number; point: number[] }[] = [];
  for (let r = 0; r < design.n; r++) {
    out.push({ row: r, point: design.A[r]! }, { row: r, point: design.B[r]! });
    for (let i = 0; i < design.k; i++) out.push({ row: r, point: design.AB[i]![r]! });
  }
  return out;
}

/** Splits outputs in `saltelliPoints` order back into f(A), f(B) and f(A_B^i). */
export function splitSaltelliOutputs(n: number, k: number, y: readonly number[]): SaltelliOutputs {
  if (y.length !== n * (k + 2)) throw new RangeError(`saltelli: got ${y.length} outputs; expected N(k + 2) = ${n * (k + 2)}`);
  const fA: number[] = [];
  const fB: number[] = [];
  const fAB = Array.from({ length: k }, () => [] as number[]);
  for (let r = 0; r < n; r++) {
    const base = r * (k + 2);
    fA.push(y[base]!);
    fB.push(y[base + 1]!);
    for (let i = 0; i < k; i++) fAB[i]!.push(y[base + 2 + i]!);
  }
  return { fA, fB, fAB };
}

/** Model outputs on a Saltelli design. */
export interface SaltelliOutputs {
  readonly fA: readonly number[];
  readonly fB: readonly number[];
  readonly fAB: readonly (readonly number[])[];
}

/**
 * Leaves out the rows where any output is not finite (a sample point the model could not be
 * resolved at, or a figure the network does not have), so the estimators see whole rows only.
 * Returns the remaining outputs and how many rows were left out.
 */
export function finiteRows(out: SaltelliOutputs): { outputs: SaltelliOutputs; dropped: number } {
  const keep: number[] = [];
  for (let r = 0; r < out.fA.length; r++) if (Number.isFinite(out.fA[r]) && Number.isFinite(out.fB[r]) && out.fAB.every((f) => Number.isFinite(f[r]))) keep.push(r);
  const pick = (xs: readonly number[]) => keep.map((r) => xs[r]!);
  return { outputs: { fA: pick(out.fA), fB: pick(out.fB), fAB: out.fAB.map(pick) }, dropped: out.fA.length - keep.length };
}
