import Graph from 'graphology';
import louvainImpl from 'graphology-communities-louvain';
import type { Rng } from '../random/index.js';
import type { Csr } from './csr.js';

/**
 * Louvain communities (Blondel et al. 2008) through graphology-communities-louvain, weighted,
 * with the injected seeded PRNG (its default would be the global unseeded one). Communities are renumbered
 * by size, largest first. Isolates are communities of their own.
 */
export function louvainCommunities(csr: Csr, rng: Rng, resolution = 1): Int32Array {
  const g = new Graph({ type: 'undirected', multi: false, allowSelfLoops: false });
  for (let i = 0; i < csr.n; i++) g.addNode(String(i));
  for (let i = 0; i < csr.n; i++)
    for (let k = csr.offsets[i]!; k < csr.offsets[i + 1]!; k++) {
      const j = csr.targets[k]!;
      if (i < j) g.addEdge(String(i), String(j), { weight: csr.weights[k]! });
    }
  const raw = csr.m === 0 ? {} : louvainImpl(g, { getEdgeWeight: 'weight', resolution, rng: () => rng.next() });
  const label = new Int32Array(csr.n);
  let fresh = 1 << 30;
  for (let i = 0; i < csr.n; i++) label[i] = raw[String(i)] ?? fresh++;
  const size = new Map<number, number>();
  for (const c of label) size.set(c, (size.get(c) ?? 0) + 1);
  const firstSeen = new Map<number, number>();
  label.forEach((c, i) => {
    if (!firstSeen.has(c)) firstSeen.set(c, i);
  });
  const ranked = [...size.keys()].sort((a, b) => size.get(b)! - size.get(a)! || firstSeen.get(a)! - firstSeen.get(b)!);
  const rank = new Map(ranked.map((c, r) => [c, r]));
  return label.map((c) => rank.get(c)!);
}
