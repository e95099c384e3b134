import type { Csr } from './csr.js';

/**
 * Hops (unweighted) from every node to the nearest node in `targets`, by one multi-source
 * breadth-first search. Unreachable: -1. A node in the target set is at 0.
 */
export function hopsToNearest(csr: Csr, inTarget: (i: number) => boolean): Int32Array {
  const { n, offsets, targets } = csr;
  const hops = new Int32Array(n).fill(-1);
  const queue = new Int32Array(n);
  let head = 0;
  let tail = 0;
  for (let i = 0; i < n; i++)
    if (inTarget(i)) {
      hops[i] = 0;
      queue[tail++] = i;
    }
  while (head < tail) {
    const v = queue[head++]!;
    for (let k = offsets[v]!; k < offsets[v + 1]!; k++) {
      const w = targets[k]!;
      if (hops[w] === -1) {
        hops[w] = hops[v]! + 1;
        queue[tail++] = w;
      }
    }
  }
  return hops;
}
