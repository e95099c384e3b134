import type { Rng } from '../random/index.js';
import type { Csr } from './csr.js';
import { MinHeap } from './min-heap.js';
import { coreGraph, pendantForest } from './pendant-forest.js';
import { groupByRoot } from './tree-members.js';

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
 * closeness, here for the sum of inverse distances): Ĥ(v) = (n/k) · Σ_i [s_i ≠ v] / d(s_i, v),
 * unbiased for H(v) = Σ_{u ≠ v} 1/d(u, v), path length = 1/weight. Every 1/d lies in [0, w_max],
 * so with k = `harmonicSamples(n, ε, δ)` every node is within ±ε·w_max·n of exact at once with
 * probability ≥ 1 − δ. A source without neighbours reaches no one and costs nothing.
 *
 * Each source's distances come folded (as in harmonic-closeness.ts): a walk of the source's own
 * pendant tree, then one Dijkstra on the 2-core from its root r; a node x of another tree (root q)
 * is at d(s, r) + d_core(r, q) + d(q, x). So the heap only ever holds core nodes, and sources
 * sharing a root share its search; those at the same distance d(s, r) (the leaves of one hub with
 * one tie weight) share the pass over the other trees too, weighted by how many were drawn.
 */
export function sampledHarmonic(csr: Csr, rng: Rng, epsilon: number, delta: number): SampledHarmonic {
  if (!(epsilon > 0 && epsilon < 1)) throw new RangeError(`harmonic closeness: epsilon must be in (0, 1), got ${epsilon}`);
  if (!(delta > 0 && delta < 1)) throw new RangeError(`harmonic closeness: delta must be in (0, 1), got ${delta}`);
  const { n, offsets, targets, lengths } = csr;
  const k = harmonicSamples(n, epsilon, delta);
  const forest = pendantForest(csr);
  const { root, rootDistance } = forest;
  const cg = coreGraph(csr, forest);
  const c = forest.coreSize;

  // Members of each root's tree (the root first), in one flat array, with their distance to it.
  const { start, members, memberDistance } = groupByRoot(n, forest);

  const sum = new Float64Array(n);
  const treeDist = new Float64Array(n);
  const stack = new Int32Array(n);
  const from = new Int32Array(n);
  const dist = new Float64Array(c).fill(Infinity);
  const settled = new Uint8Array(c);
  const reachedCore = new Int32Array(c);
  const heap = new MinHeap(1024);
  // Sources whose core part is the same: same root r and same distance a to it. Keyed by root,
  // then by a (as its exact float), with how many drawn sources share it.
  const groups = new Map<number, Map<number, number>>();
  for (let i = 0; i < k; i++) {
    const s = rng.int(n);
    if (offsets[s + 1] === offsets[s]) continue;
    const r = root[s]!;
    // 1. The source's own tree (the root included): the tree path.
    let top = 0;
    stack[top] = s;
    from[top++] = -1;
    treeDist[s] = 0;
    while (top > 0) {
      const x = stack[--top]!;
      const back = from[top]!;
      for (let e = offsets[x]!; e < offsets[x + 1]!; e++) {
        const y = targets[e]!;
        if (y === back || root[y] !== r) continue;
        treeDist[y] = treeDist[x]! + lengths[e]!;
        sum[y] += 1 / treeDist[y]!;
        stack[top] = y;
        from[top++] = x;
      }
    }
    if (!forest.core[r]) continue; // a tree component: done
    let byDistance = groups.get(r);
    if (!byDistance) groups.set(r, (byDistance = new Map()));
    const a = rootDistance[s]!;
    byDistance.set(a, (byDistance.get(a) ?? 0) + 1);
  }
  // 2. Every other tree of the component, through the core: one search per distinct root, and one
  // pass over the reached trees per distinct distance to it, counted as often as it was drawn.
  for (const [r, byDistance] of groups) {
    const origin = cg.local[r]!;
    let reached = 0;
    dist[origin] = 0;
    heap.clear();
    heap.push(0, origin);
    while (heap.size > 0) {
      const d = heap.topKey();
      const v = heap.pop();
      if (settled[v] || d > dist[v]!) continue;
      settled[v] = 1;
      reachedCore[reached++] = v;
      for (let e = cg.offsets[v]!; e < cg.offsets[v + 1]!; e++) {
        const w = cg.targets[e]!;
        if (settled[w]) continue;
        const alt = d + cg.lengths[e]!;
        if (alt < dist[w]!) {
          dist[w] = alt;
          heap.push(alt, w);
        }
      }
    }
    for (const [a, count] of byDistance) {
      for (let j = 1; j < reached; j++) {
        const qLocal = reachedCore[j]!;
        const q = cg.global[qLocal]!;
        const base = a + dist[qLocal]!;
        if (count === 1) for (let m = start[q]!; m < start[q + 1]!; m++) sum[members[m]!] += 1 / (base + memberDistance[m]!);
        else for (let m = start[q]!; m < start[q + 1]!; m++) sum[members[m]!] += count / (base + memberDistance[m]!);
      }
    }
    for (let j = 0; j < reached; j++) {
      dist[reachedCore[j]!] = Infinity;
      settled[reachedCore[j]!] = 0;
    }
  }
  let maxWeight = 0;
  for (let e = 0; e < lengths.length; e++) if (1 / lengths[e]! > maxWeight) maxWeight = 1 / lengths[e]!;
  const harmonic = new Float64Array(n);
  for (let v = 0; v < n; v++) harmonic[v] = (sum[v]! * n) / k;
  return { harmonic, epsilon, delta, samples: k, maxWeight, absoluteError: epsilon * maxWeight * n };
}
