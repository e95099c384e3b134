/** One tie between two node indices, before the graph is built: `a` in the first end's sector, `b` in the second's. */
export interface DraftTie {
  a: number;
  b: number;
  weight: number;
}

/** What it took to draw one tie type: how far the realized graph is from the raw draws. */
export interface TieStats {
  /** Stubs (wanted tie ends) that could not become a distinct edge and were dropped. */
  dropped: number;
  /** Repeat ties merged into the weight of an existing edge. */
  merged: number;
  /** Stub swaps made to avoid repeat ties (configuration model). */
  swaps: number;
  /** Target degrees redrawn, or stubs added, so the two sides' totals match (balance). */
  redrawn: number;
  /** Tie ends wanted by each side (by sector id) before matching. */
  wanted: { [sector: string]: number };
}

/** Stats with nothing recorded yet. */
export function emptyStats(): TieStats {
  return { dropped: 0, merged: 0, swaps: 0, redrawn: 0, wanted: {} };
}

/** Σ of a list. */
export function sum(xs: readonly number[]): number {
  let s = 0;
  for (const x of xs) s += x;
  return s;
}
