/**
 * Gini coefficient of non-negative values (Gini 1912), from the sorted values:
 * G = 2 Σ i·x_(i) / (n Σ x) − (n + 1)/n. 0 when everyone is equal, → 1 when one holds all;
 * NaN for no values or an all-zero set.
 */
export function gini(values: ArrayLike<number>): number {
  return giniSorted(Array.from(values).sort((a, b) => a - b));
}

/** `gini` of values already sorted ascending (no copy, no sort). */
export function giniSorted(sorted: ArrayLike<number>): number {
  const n = sorted.length;
  let total = 0;
  let weighted = 0;
  for (let i = 0; i < n; i++) {
    total += sorted[i]!;
    weighted += (i + 1) * sorted[i]!;
  }
  if (n === 0 || total === 0) return NaN;
  return (2 * weighted) / (n * total) - (n + 1) / n;
}
