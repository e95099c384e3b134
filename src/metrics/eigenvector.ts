import { checkNumberOption, checkOptionKeys } from '../options.js';
import type { Csr } from './csr.js';

export interface EigenvectorOptions {
  maxIterations: number;
  /**
   * Stops when the L2 change of the unit vector falls below tolerance·√n. Scaling with √n keeps
   * the test above the rounding floor (a converged vector still moves by about 1e-15·√n), which a
   * fixed threshold would never reach on large graphs.
   */
  tolerance: number;
}

export const DEFAULT_EIGENVECTOR_OPTIONS: EigenvectorOptions = { maxIterations: 100_000, tolerance: 1e-13 };

/** Merges partial options over the defaults; an `OptionError` names any option outside its range (maxIterations an integer ≥ 1, tolerance > 0). */
export function resolveEigenvectorOptions(options: Partial<EigenvectorOptions> = {}, fn = 'eigenvectorCentrality'): EigenvectorOptions {
  checkOptionKeys(fn, options, Object.keys(DEFAULT_EIGENVECTOR_OPTIONS));
  const o = { ...DEFAULT_EIGENVECTOR_OPTIONS, ...options };
  checkNumberOption(fn, 'maxIterations', o.maxIterations, { min: 1, max: 1e9, integer: true });
  checkNumberOption(fn, 'tolerance', o.tolerance, { min: 0, minOpen: true });
  return o;
}

/**
 * Weighted eigenvector centrality (Bonacich 1972): the principal eigenvector of the weighted
 * adjacency matrix, unit L2 norm, positive — what NetworkX's `eigenvector_centrality_numpy(G,
 * weight="weight")` returns. Power iteration on A + I (the shift keeps bipartite graphs from
 * oscillating). On a disconnected graph the principal eigenvector lives on the component with the
 * largest eigenvalue (normally the giant component): every node outside it scores 0.
 */
export function eigenvectorCentrality(csr: Csr, options: Partial<EigenvectorOptions> = {}): { scores: Float64Array; iterations: number; converged: boolean } {
  const { maxIterations, tolerance } = resolveEigenvectorOptions(options);
  const { n, offsets, targets, weights } = csr;
  let x = new Float64Array(n).fill(n ? 1 / Math.sqrt(n) : 0);
  let next = new Float64Array(n);
  if (csr.m === 0) return { scores: x, iterations: 0, converged: true };
  const threshold = tolerance * Math.sqrt(n);
  for (let it = 1; it <= maxIterations; it++) {
    for (let i = 0; i < n; i++) {
      let s = x[i]!;
      for (let k = offsets[i]!; k < offsets[i + 1]!; k++) s += weights[k]! * x[targets[k]!]!;
      next[i] = s;
    }
    let norm = 0;
    for (let i = 0; i < n; i++) norm += next[i]! * next[i]!;
    norm = Math.sqrt(norm);
    let change = 0;
    for (let i = 0; i < n; i++) {
      next[i] = next[i]! / norm;
      const d = next[i]! - x[i]!;
      change += d * d;
    }
    [x, next] = [next, x];
    if (Math.sqrt(change) < threshold) return { scores: x, iterations: it, converged: true };
  }
  return { scores: x, iterations: maxIterations, converged: false };
}
