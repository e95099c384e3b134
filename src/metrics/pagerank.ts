import { checkNumberOption, checkOptionKeys } from '../options.js';
import type { Csr } from './csr.js';

export interface PageRankOptions {
  alpha: number;
  maxIterations: number;
  /** Stops when Σ|x − x_prev| < n · tolerance (NetworkX's rule). */
  tolerance: number;
}

export const DEFAULT_PAGERANK_OPTIONS: PageRankOptions = { alpha: 0.85, maxIterations: 100, tolerance: 1e-6 };

/** Merges partial options over the defaults; an `OptionError` names any option outside its range (alpha in [0, 1), maxIterations an integer ≥ 1, tolerance > 0). */
export function resolvePageRankOptions(options: Partial<PageRankOptions> = {}, fn = 'pagerank'): PageRankOptions {
  checkOptionKeys(fn, options, Object.keys(DEFAULT_PAGERANK_OPTIONS));
  const o = { ...DEFAULT_PAGERANK_OPTIONS, ...options };
  checkNumberOption(fn, 'alpha', o.alpha, { min: 0, max: 1, maxOpen: true });
  checkNumberOption(fn, 'maxIterations', o.maxIterations, { min: 1, max: 1e7, integer: true });
  checkNumberOption(fn, 'tolerance', o.tolerance, { min: 0, minOpen: true });
  return o;
}

/**
 * Weighted PageRank (Brin & Page 1998) by power iteration, step for step as NetworkX's
 * `pagerank(G, alpha, weight="weight")`: uniform start and teleport; each undirected edge is a
 * pair of arcs; a node without ties (dangling) spreads its score uniformly over all nodes, which
 * is how a disconnected graph is handled. `converged` is false if `maxIterations` ran out.
 */
export function pagerank(csr: Csr, options: Partial<PageRankOptions> = {}): { scores: Float64Array; iterations: number; converged: boolean } {
  const { alpha, maxIterations, tolerance } = resolvePageRankOptions(options);
  const { n, offsets, targets, weights, strength } = csr;
  let x = new Float64Array(n).fill(1 / n);
  let next = new Float64Array(n);
  for (let it = 1; it <= maxIterations; it++) {
    let dangling = 0;
    for (let i = 0; i < n; i++) if (strength[i] === 0) dangling += x[i]!;
    const base = alpha * (dangling / n) + (1 - alpha) / n;
    next.fill(0);
    for (let i = 0; i < n; i++) {
      const s = strength[i]!;
      if (s === 0) continue;
      const share = x[i]! / s;
      for (let k = offsets[i]!; k < offsets[i + 1]!; k++) next[targets[k]!] += share * weights[k]!;
    }
    let err = 0;
    for (let j = 0; j < n; j++) {
      next[j] = alpha * next[j]! + base;
      err += Math.abs(next[j]! - x[j]!);
    }
    [x, next] = [next, x];
    if (err < n * tolerance) return { scores: x, iterations: it, converged: true };
  }
  return { scores: x, iterations: maxIterations, converged: false };
}
