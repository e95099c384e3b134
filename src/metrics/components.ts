import type { Csr } from './csr.js';

/**
 * Connected components by breadth-first search. Components are numbered by size, largest first
 * (0 is the giant component); ties keep the order of their first node.
 */
export function components(csr: Csr): { id: Int32Array; sizes: number[] } {
  const { n, offsets, targets } = csr;
  const raw = new Int32Array(n).fill(-1);
  const sizes: number[] = [];
  const queue = new Int32Array(n);
  for (let s = 0; s < n; s++) {
    if (raw[s] !== -1) continue;
    const c = sizes.length;
    let head = 0;
    let tail = 0;
    queue[tail++] = s;
    raw[s] = c;
    while (head < tail) {
      const v = queue[head++]!;
      for (let k = offsets[v]!; k < offsets[v + 1]!; k++) {
        const w = targets[k]!;
        if (raw[w] === -1) {
          raw[w] = c;
          queue[tail++] = w;
        }
      }
    }
    sizes.push(tail);
  }
  const byRank = sizes.map((size, c) => ({ size, c })).sort((a, b) => b.size - a.size || a.c - b.c);
  const rank = new Int32Array(sizes.length);
  byRank.forEach((x, r) => (rank[x.c] = r));
  const id = new Int32Array(n);
  for (let i = 0; i < n; i++) id[i] = rank[raw[i]!]!;
  return { id, sizes: byRank.map((x) => x.size) };
}
