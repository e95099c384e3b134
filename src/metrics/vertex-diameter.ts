import type { Csr } from './csr.js';
import { MinHeap } from './min-heap.js';
import type { PendantForest } from './pendant-forest.js';

/**
 * An upper bound on the vertex diameter (most nodes on any shortest path) of a weighted graph,
 * the quantity Riondato & Kornaropoulos' sample size depends on. Per component:
 * - a tree: exact, its hop diameter + 1, by two breadth-first sweeps;
 * - otherwise: from one Dijkstra run at a node x, any shortest path u–v has length
 *   d(u,v) ≤ d(u,x) + d(x,v) ≤ e₁ + e₂ (the two largest distances from x), hence at most
 *   ⌊(e₁ + e₂) / ℓmin⌋ edges, ℓmin the shortest edge length in the component; and never more
 *   nodes than the component has.
 * The bound for the graph is the largest over its components.
 */
export function vertexDiameterBound(csr: Csr, componentId: Int32Array, componentSizes: readonly number[], forest: PendantForest): number {
  const { n, offsets, targets, lengths } = csr;
  const c = componentSizes.length;
  const hasCore = new Uint8Array(c);
  const start = new Int32Array(c).fill(-1);
  const minLength = new Float64Array(c).fill(Infinity);
  for (let i = 0; i < n; i++) {
    const id = componentId[i]!;
    if (forest.core[i]) hasCore[id] = 1;
    // Start at the node of highest degree: central, so e₁ + e₂ stays small.
    if (start[id] === -1 || offsets[i + 1]! - offsets[i]! > offsets[start[id]! + 1]! - offsets[start[id]!]!) start[id] = i;
    for (let k = offsets[i]!; k < offsets[i + 1]!; k++) if (lengths[k]! < minLength[id]!) minLength[id] = lengths[k]!;
  }

  const hops = new Int32Array(n).fill(-1);
  const queue = new Int32Array(n);
  const touched: number[] = [];
  const bfsFarthest = (s: number): { node: number; hops: number } => {
    let head = 0;
    let tail = 0;
    queue[tail++] = s;
    hops[s] = 0;
    touched.push(s);
    let far = s;
    while (head < tail) {
      const v = queue[head++]!;
      if (hops[v]! > hops[far]!) far = v;
      for (let k = offsets[v]!; k < offsets[v + 1]!; k++) {
        const w = targets[k]!;
        if (hops[w] === -1) {
          hops[w] = hops[v]! + 1;
          touched.push(w);
          queue[tail++] = w;
        }
      }
    }
    const result = { node: far, hops: hops[far]! };
    for (const v of touched) hops[v] = -1;
    touched.length = 0;
    return result;
  };

  const dist = new Float64Array(n).fill(Infinity);
  const heap = new MinHeap(offsets[n]! + 1);
  const twoLargest = (s: number): number => {
    let e1 = 0;
    let e2 = 0;
    heap.clear();
    dist[s] = 0;
    heap.push(0, s);
    touched.push(s);
    while (heap.size > 0) {
      const d = heap.topKey();
      const v = heap.pop();
      if (d > dist[v]!) continue;
      if (d > e1) {
        e2 = e1;
        e1 = d;
      } else if (d > e2) e2 = d;
      for (let k = offsets[v]!; k < offsets[v + 1]!; k++) {
        const w = targets[k]!;
        const alt = d + lengths[k]!;
        if (alt < dist[w]!) {
          if (dist[w] === Infinity) touched.push(w);
          dist[w] = alt;
          heap.push(alt, w);
        }
      }
    }
    for (const v of touched) dist[v] = Infinity;
    touched.length = 0;
    return e1 + e2;
  };

  let bound = n > 0 ? 1 : 0;
  for (let id = 0; id < c; id++) {
    const size = componentSizes[id]!;
    if (size <= bound) break; // sizes are non-increasing and bound every component's diameter
    let vd: number;
    if (!hasCore[id]) vd = bfsFarthest(bfsFarthest(start[id]!).node).hops + 1;
    else {
      // Rounding guard: never let float error shave an edge off the bound.
      const edges = Math.floor(((twoLargest(start[id]!) / minLength[id]!) * (1 + 1e-9)));
      vd = Math.min(size, edges + 1);
    }
    if (vd > bound) bound = vd;
  }
  return bound;
}
