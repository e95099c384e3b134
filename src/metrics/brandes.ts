import { OptionError } from '../errors.js';
import { checkNumberOption, checkOptionKeys } from '../options.js';
import type { Csr } from './csr.js';
import { MinHeap } from './min-heap.js';

/** Betweenness and harmonic closeness from one sweep of single-source shortest paths. */
export interface PathCentralities {
  /** Normalized betweenness: pairs through the node over (n−1)(n−2), as NetworkX's `normalized=True`. */
  readonly betweenness: Float64Array;
  /** Harmonic closeness Σ 1/d(v, u) over reachable u ≠ v (Marchiori & Latora 2000), unnormalized. */
  readonly harmonic: Float64Array;
}

export interface BrandesOptions {
  /**
   * Source nodes to sweep from (default: all). With a subset (uniform random pivots, Brandes &
   * Pich 2007) betweenness is multiplied by `sourceScale` (eligible sources / pivots) to stay
   * unbiased, and harmonic closeness is known for the pivots only (NaN elsewhere).
   */
  sources?: Int32Array | null;
  sourceScale?: number;
}

/** Checks `pathCentralities` options against the graph: sources distinct node indices of it, sourceScale a number > 0. */
export function resolveBrandesOptions(csr: Csr, options: BrandesOptions = {}, fn = 'pathCentralities'): BrandesOptions {
  checkOptionKeys(fn, options, ['sources', 'sourceScale']);
  const { sources, sourceScale } = options;
  if (sources !== undefined && sources !== null) {
    if (!(sources instanceof Int32Array)) throw new OptionError(fn, 'sources', 'an Int32Array of node indices, or null', sources);
    const seen = new Uint8Array(csr.n);
    for (const s of sources) {
      if (!(s >= 0 && s < csr.n)) throw new OptionError(fn, 'sources', `node indices in [0, ${csr.n - 1}]`, s);
      if (seen[s]) throw new OptionError(fn, 'sources', 'distinct node indices', s, `${fn}: sources: expected distinct node indices, got ${s} twice`);
      seen[s] = 1;
    }
  }
  if (sourceScale !== undefined) checkNumberOption(fn, 'sourceScale', sourceScale, { min: 0, minOpen: true });
  return options;
}

/**
 * Brandes (2001) betweenness on a weighted graph, path length = 1/weight, with Dijkstra per
 * source; harmonic closeness is summed in the same sweep. Path counts are float64 (never
 * overflow like a Uint32 counter on graphs with many tied shortest paths). Tied paths are
 * detected by exact float equality of `dist[v] + length`, the same operation NetworkX performs,
 * so both agree to rounding. Predecessors are recomputed from distances instead of stored.
 */
export function pathCentralities(csr: Csr, options: BrandesOptions = {}): PathCentralities {
  resolveBrandesOptions(csr, options);
  const { n, offsets, targets, lengths } = csr;
  const sources = options.sources ?? null;
  const betweenness = new Float64Array(n);
  const harmonic = new Float64Array(n);
  const dist = new Float64Array(n).fill(Infinity);
  const sigma = new Float64Array(n);
  const delta = new Float64Array(n);
  const settled = new Uint8Array(n);
  const order = new Int32Array(n);
  const heap = new MinHeap(offsets[n]! + n);
  const count = sources ? sources.length : n;
  if (sources) harmonic.fill(NaN);

  for (let si = 0; si < count; si++) {
    const s = sources ? sources[si]! : si;
    if (offsets[s + 1] === offsets[s]) {
      harmonic[s] = 0; // isolate: no paths
      continue;
    }
    harmonic[s] = 0;
    let reached = 0;
    dist[s] = 0;
    sigma[s] = 1;
    heap.clear();
    heap.push(0, s);
    while (heap.size > 0) {
      const d = heap.topKey();
      const v = heap.pop();
      if (settled[v] || d > dist[v]!) continue;
      settled[v] = 1;
      order[reached++] = v;
      if (v !== s) harmonic[s] += 1 / d;
      for (let k = offsets[v]!; k < offsets[v + 1]!; k++) {
        const w = targets[k]!;
        if (settled[w]) continue;
        const alt = d + lengths[k]!;
        if (alt < dist[w]!) {
          dist[w] = alt;
          sigma[w] = sigma[v]!;
          heap.push(alt, w);
        } else if (alt === dist[w]) {
          sigma[w] += sigma[v]!;
        }
      }
    }
    // Accumulate dependencies in order of non-increasing distance.
    for (let i = reached - 1; i > 0; i--) {
      const w = order[i]!;
      const coeff = (1 + delta[w]!) / sigma[w]!;
      for (let k = offsets[w]!; k < offsets[w + 1]!; k++) {
        const v = targets[k]!;
        if (dist[v]! + lengths[k]! === dist[w]) delta[v] += sigma[v]! * coeff;
      }
      betweenness[w] += delta[w]!;
    }
    for (let i = 0; i < reached; i++) {
      const v = order[i]!;
      dist[v] = Infinity;
      sigma[v] = 0;
      delta[v] = 0;
      settled[v] = 0;
    }
  }

  const scale = n > 2 ? (1 / ((n - 1) * (n - 2))) * (sources ? (options.sourceScale ?? n / Math.max(1, count)) : 1) : 1;
  for (let i = 0; i < n; i++) betweenness[i] *= scale;
  return { betweenness, harmonic };
}
