import type { Csr } from './csr.js';

/**
 * Bridges (edges whose removal disconnects their component) and articulation points (nodes whose
 * removal does), by one iterative depth-first search with low-links (Hopcroft & Tarjan 1973;
 * Tarjan 1974). The graph is simple, so the edge back to a node's DFS parent is its tree edge.
 */
export function bridgesAndArticulationPoints(csr: Csr): { bridges: [number, number][]; articulation: Int32Array } {
  const { n, offsets, targets } = csr;
  const disc = new Int32Array(n).fill(-1);
  const low = new Int32Array(n);
  const parent = new Int32Array(n).fill(-1);
  const next = new Int32Array(n);
  const stack = new Int32Array(n);
  const isCut = new Uint8Array(n);
  const bridges: [number, number][] = [];
  let time = 0;
  for (let root = 0; root < n; root++) {
    if (disc[root] !== -1) continue;
    let top = 0;
    stack[top++] = root;
    disc[root] = low[root] = time++;
    next[root] = offsets[root]!;
    let rootChildren = 0;
    while (top > 0) {
      const v = stack[top - 1]!;
      if (next[v]! < offsets[v + 1]!) {
        const w = targets[next[v]!++]!;
        if (disc[w] === -1) {
          parent[w] = v;
          disc[w] = low[w] = time++;
          next[w] = offsets[w]!;
          stack[top++] = w;
          if (v === root) rootChildren++;
        } else if (w !== parent[v]) {
          low[v] = Math.min(low[v]!, disc[w]!);
        }
      } else {
        top--;
        if (top > 0) {
          const u = stack[top - 1]!;
          low[u] = Math.min(low[u]!, low[v]!);
          if (low[v]! > disc[u]!) bridges.push([u, v]);
          if (u !== root && low[v]! >= disc[u]!) isCut[u] = 1;
        }
      }
    }
    if (rootChildren > 1) isCut[root] = 1;
  }
  const cut: number[] = [];
  for (let i = 0; i < n; i++) if (isCut[i]) cut.push(i);
  return { bridges, articulation: Int32Array.from(cut) };
}
