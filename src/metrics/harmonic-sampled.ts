import type { Rng } from '../random/index.js';
import type { Csr } from './csr.js';
import { MinHeap } from './min-heap.js';

/** Harmonic closeness estimated from sampled sources, and its guarantee. */
export interface SampledHarmonic {
  /** Estimates of Σ_{u ≠ v} 1/d(u, v) (unnormalized, as NetworkX's harmonic_centrality). */
  readonly harmonic: Float64Array;
  readonly epsilon: number;
  readonly delta: number;
  /** Sources drawn (uniform, with replacement, among all nodes). */
  readonly samples: number;
  /** Largest edge weight w (so 1/d ≤ w): every estimate is within ±ε·w·n of exact with probability ≥ 1 − δ. */
  readonly maxWeight: number;
  /** The guarantee in absolute units: ε · w · n. */
  readonly absoluteError: number;
}

/**
 * Sources needed so that every node's mean inverse distance (1/n)·Σ_u 1/d(u, v), each term in
 * [0, w], is within ±ε·w with probability ≥ 1 − δ: Hoeffding's bound 2·exp(−2kε²) per node,
 * union over n nodes, k = ⌈ln(2n/δ) / (2ε²)⌉.
 */
export function harmonicSamples(n: number, epsilon: number, delta: number): number {
  return Math.ceil(Math.log((2 * Math.max(n, 1)) / delta) / (2 * epsilon * epsilon));
}

/**
 * Harmonic closeness from k uniformly sampled sources (the estimator of Eppstein & Wang 2004 for
 * closeness, here for the sum of inverse distances): one Dijkstra (path length = 1/weight) per
 * source, Ĥ(v) = (n/k) · Σ_i [s_i ≠ v] / d(s_i, v), unbiased for H(v) = Σ_{u ≠ v} 1/d(u, v).
 * Every 1/d lies in [0, w_max], so with k = `harmonicSamples(n, ε, δ)` every node is within
 * ±ε·w_max·n of exact at once with probability ≥ 1 − δ. A source without neighbours reaches no
 * one and costs nothing; a Dijkstra only touches its source's component.
 */
export function sampledHarmonic(csr: Csr, rng: Rng, epsilon: number, delta: number): SampledHarmonic {
  if (!(epsilon > 0 && epsilon < 1)) throw new RangeError(`harmonic closeness: epsilon must be in (0, 1), got ${epsilon}`);
  if (!(delta > 0 && delta < 1)) throw new RangeError(`harmonic closeness: delta must be in (0, 1), got ${delta}`);
  const { n, offsets, targets, lengths } = csr;
  const k = harmonicSamples(n, epsilon, delta);
  const sum = new Float64Array(n);
  const dist = new Float64Array(n).fill(Infinity);
  const settled = new Uint8Array(n);
  const touched = new Int32Array(n);
  const heap = new MinHeap(1024);
  for (let i = 0; i < k; i++) {
    const s = rng.int(n);
    if (offsets[s + 1] === offsets[s]) continue;
    let reached = 0;
    dist[s] = 0;
    touched[reached++] = s;
    heap.clear();
    heap.push(0, s);
    while (heap.size > 0) {
      const d = heap.topKey();
      const v = heap.pop();
      if (settled[v] || d > dist[v]!) continue;
      settled[v] = 1;
      if (v !== s) sum[v] += 1 / d;
      for (let e = offsets[v]!; e < offsets[v + 1]!; e++) {
        const w = targets[e]!;
        const nd = d + lengths[e]!;
        if (nd < dist[w]!) {
          if (dist[w] === Infinity) touched[reached++] = w;
          dist[w] = nd;
          heap.push(nd, w);
        }
      }
    }
    for (let j = 0; j < reached; j++) {
      dist[touched[j]!] = Infinity;
      settled[touched[j]!] = 0;
    }
  }
  let maxWeight = 0;
  for (let e = 0; e < lengths.length; e++) if (1 / lengths[e]! > maxWeight) maxWeight = 1 / lengths[e]!;
  const harmonic = new Float64Array(n);
  for (let v = 0; v < n; v++) harmonic[v] = (sum[v]! * n) / k;
  return { harmonic, epsilon, delta, samples: k, maxWeight, absoluteError: epsilon * maxWeight * n };
}
