import type { Csr } from './csr.js';

/**
 * Burt's (1992) structural-hole measures on a weighted graph, as NetworkX's
 * `constraint(G, weight="weight")` and `effective_size(G, weight="weight")`:
 * p_ij = w_ij / Σ_k w_ik;  constraint(i) = Σ_j (p_ij + Σ_q p_iq p_qj)²;
 * effective size(i) = Σ_j (1 − Σ_q p_iq · w_jq / max_k w_jk).
 * Isolated nodes get NaN (undefined).
 */
export function burt(csr: Csr): { constraint: Float64Array; effectiveSize: Float64Array } {
  const { n, offsets, targets, weights, strength } = csr;
  const maxWeight = new Float64Array(n);
  for (let i = 0; i < n; i++) for (let k = offsets[i]!; k < offsets[i + 1]!; k++) maxWeight[i] = Math.max(maxWeight[i]!, weights[k]!);
  const constraint = new Float64Array(n);
  const effectiveSize = new Float64Array(n);
  const p = new Float64Array(n); // p[q] = p_iq for the current i, 0 elsewhere
  for (let i = 0; i < n; i++) {
    if (offsets[i] === offsets[i + 1]) {
      constraint[i] = NaN;
      effectiveSize[i] = NaN;
      continue;
    }
    for (let k = offsets[i]!; k < offsets[i + 1]!; k++) p[targets[k]!] = weights[k]! / strength[i]!;
    let c = 0;
    let e = 0;
    for (let k = offsets[i]!; k < offsets[i + 1]!; k++) {
      const j = targets[k]!;
      let indirect = 0;
      let redundancy = 0;
      for (let l = offsets[j]!; l < offsets[j + 1]!; l++) {
        const q = targets[l]!;
        const piq = p[q]!;
        if (piq === 0 || q === i) continue;
        indirect += piq * (weights[l]! / strength[q]!);
        redundancy += piq * (weights[l]! / maxWeight[j]!);
      }
      c += (p[j]! + indirect) ** 2;
      e += 1 - redundancy;
    }
    constraint[i] = c;
    effectiveSize[i] = e;
    for (let k = offsets[i]!; k < offsets[i + 1]!; k++) p[targets[k]!] = 0;
  }
  return { constraint, effectiveSize };
}
