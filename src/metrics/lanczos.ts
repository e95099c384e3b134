import type { Csr } from './csr.js';
import { largestSymmetricEigenpair } from './symmetric-eigen.js';

/** Lanczos vectors built before each restart. */
const KRYLOV = 24;

// Small top-level kernels: each is optimized on its own after a few calls, where loops inlined in
// one long function waited for on-stack replacement (the first calls on a small graph ran ~8× slower).

/** to = A·from. */
function multiply(csr: Csr, from: Float64Array, to: Float64Array): void {
  const { n, offsets, targets, weights } = csr;
  for (let i = 0; i < n; i++) {
    let s = 0;
    for (let k = offsets[i]!; k < offsets[i + 1]!; k++) s += weights[k]! * from[targets[k]!]!;
    to[i] = s;
  }
}

/** a·b. */
function dot(a: Float64Array, b: Float64Array): number {
  let s = 0;
  for (let i = 0; i < a.length; i++) s += a[i]! * b[i]!;
  return s;
}

/** y += c·x. */
function axpy(c: number, x: Float64Array, y: Float64Array): void {
  for (let i = 0; i < y.length; i++) y[i] = y[i]! + c * x[i]!;
}

/** ‖a − θ·b‖. */
function residualNorm(a: Float64Array, theta: number, b: Float64Array): number {
  let s = 0;
  for (let i = 0; i < a.length; i++) {
    const d = a[i]! - theta * b[i]!;
    s += d * d;
  }
  return Math.sqrt(s);
}

/**
 * The eigenvector of the largest eigenvalue of a graph's weighted adjacency matrix A, by
 * explicitly restarted Lanczos (Golub & Van Loan §10.1): from the unit vector `start`, up to 24
 * Krylov vectors (one pass of full reorthogonalization each), then the Ritz vector of the largest
 * Ritz value is the next start, until the measured residual ‖Ax − θx‖ < threshold·(|θ| + 1) or
 * `maxProducts` products with A are spent. Converges in about 1/√gap products where power
 * iteration needs 1/gap. The vector is unit length, its sign chosen so it sums ≥ 0, and rounding
 * noise below 0 is set to 0.
 */
export function lanczosTopEigenvector(csr: Csr, start: Float64Array, threshold: number, maxProducts: number): { vector: Float64Array; products: number; converged: boolean } {
  const { n } = csr;
  const x = Float64Array.from(start);
  const krylov = Math.min(KRYLOV, n);
  const basis = Array.from({ length: krylov }, () => new Float64Array(n));
  const w = new Float64Array(n);
  const alpha = new Float64Array(krylov);
  const beta = new Float64Array(krylov);
  let products = 0;
  for (;;) {
    // x is a unit vector. Lanczos: A V = V T + β v_{m+1} e_mᵀ.
    basis[0]!.set(x);
    let size = 0;
    for (let j = 0; j < krylov; j++) {
      const v = basis[j]!;
      multiply(csr, v, w);
      products++;
      alpha[j] = dot(v, w);
      size = j + 1;
      for (let i = 0; i <= j; i++) axpy(-dot(basis[i]!, w), basis[i]!, w);
      const b = Math.sqrt(dot(w, w));
      beta[j] = b;
      if (j + 1 === krylov || products >= maxProducts || b <= 1e-14 * Math.abs(alpha[j]!)) break;
      const next = basis[j + 1]!;
      next.set(w);
      for (let t = 0; t < n; t++) next[t] = next[t]! / b;
    }
    const tri = new Float64Array(size * size);
    for (let j = 0; j < size; j++) {
      tri[j * size + j] = alpha[j]!;
      if (j + 1 < size) tri[j * size + j + 1] = tri[(j + 1) * size + j] = beta[j]!;
    }
    const { value: theta, vector: y } = largestSymmetricEigenpair(tri, size);
    x.fill(0);
    for (let j = 0; j < size; j++) axpy(y[j]!, basis[j]!, x);
    const norm = Math.sqrt(dot(x, x));
    for (let t = 0; t < n; t++) x[t] = x[t]! / norm;
    // The residual, measured (not taken from the recurrence, which rounding can flatter).
    multiply(csr, x, w);
    products++;
    const converged = residualNorm(w, theta, x) < threshold * (Math.abs(theta) + 1);
    if (converged || products >= maxProducts) {
      const sign = x.reduce((a, v) => a + v, 0) < 0 ? -1 : 1;
      for (let t = 0; t < n; t++) x[t] = Math.max(0, sign * x[t]!);
      return { vector: x, products, converged };
    }
  }
}
