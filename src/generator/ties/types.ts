/** One tie between two node indices of the generator's arrays, before the graph is built. */
export interface DraftTie {
  /** Index in the first population (institution, or hospital for hospital–company). */
  a: number;
  /** Index in the second population (hospital, or company). */
  b: number;
  weight: number;
}

/** What it took to draw one tie type: how far the realized graph is from the raw draws. */
export interface TieStats {
  /** Stubs (wanted tie ends) that could not become a distinct edge and were dropped. */
  dropped: number;
  /** Repeat ties merged into the weight of an existing edge. */
  merged: number;
  /** Stub swaps made to avoid repeat ties (balance mode). */
  swaps: number;
  /** Institutions whose target degree was redrawn so the two sides' totals match (balance). */
  redrawn: number;
  /** Tie ends wanted by each side before matching. */
  wanted: { readonly [side: string]: number };
}

export function emptyStats(): TieStats {
  return { dropped: 0, merged: 0, swaps: 0, redrawn: 0, wanted: {} };
}
