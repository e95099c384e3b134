import type { Csr } from './csr.js';

/** Ties between and within sectors, with the figures read off them. */
export interface SectorMixing {
  /** ties[a][b]: undirected ties between sector a and sector b (a ≤ b filled symmetrically). */
  readonly ties: number[][];
  /** Density of each sector pair: ties / possible ties (n_a(n_a−1)/2 within, n_a·n_b between). */
  readonly density: number[][];
  /** E-I index per sector (Krackhardt & Stern 1988): (external − internal) / (external + internal). */
  readonly eiIndex: number[];
}

/**
 * Counts ties per sector pair from sector codes (−1 = no sector, left out) and derives
 * densities and E-I indices. NaN where a figure is undefined (no ties, no possible ties).
 */
export function sectorMixing(csr: Csr, sector: Int32Array, sectors: number): SectorMixing {
  const ties = Array.from({ length: sectors }, () => new Array<number>(sectors).fill(0));
  const size = new Array<number>(sectors).fill(0);
  for (let i = 0; i < csr.n; i++) {
    const a = sector[i]!;
    if (a >= 0) size[a]!++;
    for (let k = csr.offsets[i]!; k < csr.offsets[i + 1]!; k++) {
      const j = csr.targets[k]!;
      const b = sector[j]!;
      if (i < j && a >= 0 && b >= 0) {
        ties[a]![b]!++;
        if (a !== b) ties[b]![a]!++;
      }
    }
  }
  const density = ties.map((row, a) =>
    row.map((t, b) => {
      const possible = a === b ? (size[a]! * (size[a]! - 1)) / 2 : size[a]! * size[b]!;
      return possible > 0 ? t / possible : NaN;
    }),
  );
  const eiIndex = ties.map((row, a) => {
    const internal = row[a]!;
    const external = row.reduce((s, t, b) => (b === a ? s : s + t), 0);
    return internal + external > 0 ? (external - internal) / (external + internal) : NaN;
  });
  return { ties, density, eiIndex };
}
