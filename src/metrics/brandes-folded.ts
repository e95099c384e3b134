import type { PathCentralities } from './brandes.js';
import { components } from './components.js';
import type { Csr } from './csr.js';
import { MinHeap } from './min-heap.js';
import { coreGraph, pendantForest, type PendantForest } from './pendant-forest.js';
import { treeMembers } from './tree-members.js';

/**
 * Exact betweenness by Brandes (2001) with degree-1 folding, after Sariyüce, Saule, Kaya &
 * Çatalyürek (2013), "Shattering and compressing networks for betweenness centrality"
 * (also Baglioni et al. 2012): every pendant tree is folded into its core root, which carries
 * the tree's size as a reach weight, and Dijkstra runs from the 2-core's nodes only, on the
 * 2-core. Path length = 1/weight; path counts are float64; ties by exact float equality of
 * `dist + length`, as NetworkX and `pathCentralities`, whose normalized values this returns.
 *
 * Ordered pairs (s, t) of one component of size K split in two kinds:
 * - Tree part. A node x outside the core is a cut vertex: removing it leaves its child subtrees
 *   (sizes c_i) and the rest (K − sub(x)), and x is inner to every pair split by it:
 *   (K−1)² − Σ c_i² − (K − sub(x))². For a core node r the same count, with sub(r) = |T_r| its
 *   tree's size, counts the pairs with at least one end in its own tree T_r.
 * - Core part. s ∈ T_a, t ∈ T_b, a ≠ b core nodes: the path climbs to a, follows a shortest core
 *   path a–b, descends to t, so an inner core node v ∉ {a, b} gets |T_a|·|T_b|·σ_ab(v)/σ_ab.
 *   Brandes' accumulation with target weights: δ_a(v) = Σ_{w: v ∈ P_a(w)} σ_av/σ_aw (|T_w| + δ_a(w)),
 *   credited |T_a|·δ_a(v). A search from a tree node reaches the core at its root with its own
 *   float distance, and with lengths like 1/3 the ties found by float equality depend on that
 *   offset; so one core search runs per root and distinct offset, weighted by the nodes sharing
 *   it, and the ties are exactly those of NetworkX's search from each node.
 * Harmonic closeness comes from the same searches (the one from each root at offset 0), as
 * `harmonicCloseness` computes it: d(v, x) = d(v, r) + d(r, q) + d(q, x) for v in r's tree and x
 * in another tree q, and a walk of each tree from each of its nodes inside it.
 * Cost: one Dijkstra on the core per (core root, offset) — 617 on a 332-node core for the baseline's
 * 2,482 nodes — instead of one per node on the whole graph.
 */
export function foldedPathCentralities(csr: Csr): PathCentralities {
  return fold(csr, true);
}

/** Exact betweenness alone, as `foldedPathCentralities` computes it. */
export function foldedBetweenness(csr: Csr): Float64Array {
  return fold(csr, false).betweenness;
}

function fold(csr: Csr, withHarmonic: boolean): PathCentralities {
  const { n } = csr;
  const betweenness = new Float64Array(n);
  const harmonic = new Float64Array(n);
  const forest = pendantForest(csr);
  const { parent, depth } = forest;
  const comp = components(csr);

  // Subtree sizes (a core node's is its whole tree), children first: by decreasing depth.
  let maxDepth = 0;
  for (let i = 0; i < n; i++) if (depth[i]! > maxDepth) maxDepth = depth[i]!;
  const byDepth = new Int32Array(maxDepth + 2);
  for (let i = 0; i < n; i++) byDepth[depth[i]! + 1]!++;
  for (let d = 0; d <= maxDepth; d++) byDepth[d + 1]! += byDepth[d]!;
  const order = new Int32Array(n);
  for (let i = 0; i < n; i++) order[byDepth[depth[i]!]!++] = i;
  const sub = new Float64Array(n).fill(1);
  const childSquares = new Float64Array(n);
  for (let j = n - 1; j >= 0; j--) {
    const x = order[j]!;
    const p = parent[x]!;
    if (p < 0) continue;
    sub[p]! += sub[x]!;
    childSquares[p]! += sub[x]! * sub[x]!;
  }
  for (let x = 0; x < n; x++) {
    const k = comp.sizes[comp.id[x]!]!;
    const rest = k - sub[x]!;
    betweenness[x] = (k - 1) * (k - 1) - childSquares[x]! - rest * rest;
  }

  const trees = withHarmonic ? treeMembers(csr, forest, harmonic) : null;

  // Core part: weighted Brandes on the 2-core, one search per core root and distinct offset.
  if (forest.coreSize > 0) {
    const cg = coreGraph(csr, forest);
    const c = forest.coreSize;
    const reach = new Float64Array(c);
    for (let j = 0; j < c; j++) reach[j] = sub[cg.global[j]!]!;
    const groups = sourceGroups(forest, cg.local, c);
    const dist = new Float64Array(c).fill(Infinity);
    const sigma = new Float64Array(c);
    const delta = new Float64Array(c);
    const settled = new Uint8Array(c);
    const visited = new Int32Array(c);
    const coreBetweenness = new Float64Array(c);
    const heap = new MinHeap(cg.offsets[c]! + 1);
    const { offsets, targets, lengths } = cg;
    for (let g = 0; g < groups.root.length; g++) {
      const s = groups.root[g]!;
      let reached = 0;
      dist[s] = groups.offset[g]!;
      sigma[s] = 1;
      heap.clear();
      heap.push(dist[s]!, s);
      while (heap.size > 0) {
        const d = heap.topKey();
        const v = heap.pop();
        if (settled[v] || d > dist[v]!) continue;
        settled[v] = 1;
        visited[reached++] = v;
        for (let k = offsets[v]!; k < offsets[v + 1]!; k++) {
          const w = targets[k]!;
          if (settled[w]) continue;
          const alt = d + lengths[k]!;
          if (alt < dist[w]!) {
            dist[w] = alt;
            sigma[w] = sigma[v]!;
            heap.push(alt, w);
          } else if (alt === dist[w]) {
            sigma[w]! += sigma[v]!;
          }
        }
      }
      if (trees && groups.offset[g] === 0) {
        // Harmonic closeness across trees, for every node of the root's tree.
        const { start, members, memberDistance } = trees;
        const r = cg.global[s]!;
        for (let j = start[r]!; j < start[r + 1]!; j++) {
          const a = memberDistance[j]!;
          let sum = 0;
          for (let i = 1; i < reached; i++) {
            const qLocal = visited[i]!;
            const q = cg.global[qLocal]!;
            const base = a + dist[qLocal]!;
            for (let m = start[q]!; m < start[q + 1]!; m++) sum += 1 / (base + memberDistance[m]!);
          }
          harmonic[members[j]!]! += sum;
        }
      }
      const weight = groups.sources[g]!;
      for (let i = reached - 1; i > 0; i--) {
        const w = visited[i]!;
        const coeff = (reach[w]! + delta[w]!) / sigma[w]!;
        for (let k = offsets[w]!; k < offsets[w + 1]!; k++) {
          const v = targets[k]!;
          if (dist[v]! + lengths[k]! === dist[w]) delta[v]! += sigma[v]! * coeff;
        }
        coreBetweenness[w]! += weight * delta[w]!;
      }
      for (let i = 0; i < reached; i++) {
        const v = visited[i]!;
        dist[v] = Infinity;
        sigma[v] = 0;
        delta[v] = 0;
        settled[v] = 0;
      }
    }
    for (let j = 0; j < c; j++) betweenness[cg.global[j]!]! += coreBetweenness[j]!;
  }

  const scale = n > 2 ? 1 / ((n - 1) * (n - 2)) : 1;
  for (let i = 0; i < n; i++) betweenness[i]! *= scale;
  return { betweenness, harmonic };
}

/** Sources of the core searches: a core root, a distance offset, and how many graph nodes share them. */
interface SourceGroups {
  /** Core index of the root. */
  readonly root: Int32Array;
  /** Distance from the sources to the root. */
  readonly offset: Float64Array;
  readonly sources: Float64Array;
}

/**
 * Groups the nodes of the trees hanging from core nodes by root and by their distance to it,
 * summed from the node up, as a Dijkstra search from the node adds it. The searches from all
 * nodes of a group meet the core at the same root with the same float distance, so they find
 * the same ties there (with lengths like 1/3, ties found by float equality depend on that
 * offset), and one core search with the group's size as multiplicity stands for all of them.
 */
function sourceGroups(forest: PendantForest, local: Int32Array, coreSize: number): SourceGroups {
  const { root, parent, parentLength, core } = forest;
  const n = root.length;
  const count = new Int32Array(coreSize + 1);
  for (let x = 0; x < n; x++) if (core[root[x]!]) count[local[root[x]!]! + 1]!++;
  for (let j = 0; j < coreSize; j++) count[j + 1]! += count[j]!;
  const fill = count.slice(0, coreSize);
  const offsets = new Float64Array(count[coreSize]!);
  for (let x = 0; x < n; x++) {
    const r = root[x]!;
    if (!core[r]) continue;
    let d = 0;
    for (let y = x; y !== r; y = parent[y]!) d += parentLength[y]!;
    offsets[fill[local[r]!]!++] = d;
  }
  const groupRoot: number[] = [];
  const groupOffset: number[] = [];
  const groupSources: number[] = [];
  for (let j = 0; j < coreSize; j++) {
    const slice = offsets.subarray(count[j]!, count[j + 1]!).sort();
    for (let i = 0; i < slice.length; ) {
      let e = i + 1;
      while (e < slice.length && slice[e] === slice[i]) e++;
      groupRoot.push(j);
      groupOffset.push(slice[i]!);
      groupSources.push(e - i);
      i = e;
    }
  }
  return { root: Int32Array.from(groupRoot), offset: Float64Array.from(groupOffset), sources: Float64Array.from(groupSources) };
}
