import type { FoldSearchInput } from './fold-plan.js';
import { distanceQueue } from './bucket-queue.js';

/** What the core searches of one range of source groups add (see `foldSearch`). */
export interface FoldPartial {
  /** The range of source groups searched, `[from, to)`. */
  readonly from: number;
  readonly to: number;
  /** Core part of betweenness by core index, not normalized. */
  readonly coreBetweenness: Float64Array;
  /** Harmonic closeness across trees by node (non-zero only for the trees of roots searched at offset 0); null without harmonic closeness. */
  readonly harmonic: Float64Array | null;
}

/**
 * Second step of folded exact betweenness (see brandes-folded.ts): weighted Brandes on the 2-core,
 * one Dijkstra per source group in `[from, to)`, and harmonic closeness across trees from the
 * search of each root at offset 0. Pure: depends on the input and the range only, so ranges can
 * run on any thread and `foldFinish` adds them up.
 */
export function foldSearch(input: FoldSearchInput, from: number, to: number): FoldPartial {
  const { cg, reach, groups, trees } = input;
  const c = cg.global.length;
  const harmonic = trees ? new Float64Array(input.n) : null;
  const dist = new Float64Array(c).fill(Infinity);
  const sigma = new Float64Array(c);
  const delta = new Float64Array(c);
  const settled = new Uint8Array(c);
  const visited = new Int32Array(c);
  // Predecessors of each node on its shortest paths, in its own CSR slot range (at most its degree).
  const pred = new Int32Array(cg.offsets[c]!);
  const predEnd = new Int32Array(c);
  const coreBetweenness = new Float64Array(c);
  const { offsets, targets, lengths } = cg;
  let farthest = 0;
  for (let g = from; g < to; g++) if (groups.offset[g]! > farthest) farthest = groups.offset[g]!;
  const queue = distanceQueue(lengths, input.n, farthest);
  for (let g = from; g < to; g++) {
    const s = groups.root[g]!;
    let reached = 0;
    dist[s] = groups.offset[g]!;
    sigma[s] = 1;
    queue.clear(dist[s]!);
    queue.push(dist[s]!, s);
    while (queue.size > 0) {
      const v = queue.pop();
      // A node's first pop comes with its final distance; later ones are stale repeats.
      if (settled[v]) continue;
      settled[v] = 1;
      const d = dist[v]!;
      visited[reached++] = v;
      for (let k = offsets[v]!; k < offsets[v + 1]!; k++) {
        const w = targets[k]!;
        const alt = d + lengths[k]!;
        if (alt < dist[w]!) {
          dist[w] = alt;
          sigma[w] = sigma[v]!;
          const first = offsets[w]!;
          pred[first] = v;
          predEnd[w] = first + 1;
          queue.push(alt, w);
        } else if (alt === dist[w] && !settled[w]) {
          sigma[w]! += sigma[v]!;
          pred[predEnd[w]!++] = v;
        }
      }
    }
    if (trees && harmonic && groups.offset[g] === 0) {
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
      for (let k = offsets[w]!, end = predEnd[w]!; k < end; k++) {
        const v = pred[k]!;
        delta[v]! += sigma[v]! * coeff;
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
  return { from, to, coreBetweenness, harmonic };
}
