import type { Csr } from './csr.js';

/**
 * Weighted modularity of a partition (Newman & Girvan 2004), as NetworkX's
 * `modularity(G, communities, weight="weight", resolution=γ)`:
 * Q = Σ_c [ L_c / m − γ (d_c / 2m)² ], with m the total weight, L_c the weight inside c and d_c
 * the total strength of c. 0 for a graph without ties.
 */
export function modularity(csr: Csr, community: Int32Array, resolution = 1): number {
  let total = 0;
  for (let i = 0; i < csr.n; i++) total += csr.strength[i]!;
  const m = total / 2;
  if (m === 0) return 0;
  const inside = new Map<number, number>();
  const degree = new Map<number, number>();
  for (let i = 0; i < csr.n; i++) {
    const c = community[i]!;
    degree.set(c, (degree.get(c) ?? 0) + csr.strength[i]!);
    for (let k = csr.offsets[i]!; k < csr.offsets[i + 1]!; k++) if (community[csr.targets[k]!] === c) inside.set(c, (inside.get(c) ?? 0) + csr.weights[k]! / 2);
  }
  let q = 0;
  for (const [c, d] of degree) q += (inside.get(c) ?? 0) / m - resolution * (d / (2 * m)) ** 2;
  return q;
}
