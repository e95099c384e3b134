/**
 * The largest eigenvalue of a small dense symmetric matrix and its unit eigenvector, by cyclic
 * Jacobi rotations (Golub & Van Loan §8.5). For the Lanczos tridiagonal (a few dozen rows), where
 * its O(m³) per sweep costs nothing next to one product with the graph.
 * `a` is row-major m×m and is overwritten.
 */
export function largestSymmetricEigenpair(a: Float64Array, m: number): { value: number; vector: Float64Array } {
  const v = new Float64Array(m * m);
  for (let i = 0; i < m; i++) v[i * m + i] = 1;
  for (let sweep = 0; sweep < 100; sweep++) {
    let off = 0;
    let diag = 0;
    for (let p = 0; p < m; p++) {
      diag += a[p * m + p]! * a[p * m + p]!;
      for (let q = p + 1; q < m; q++) off += a[p * m + q]! * a[p * m + q]!;
    }
    if (off <= 1e-28 * diag) break; // off-diagonal below 1e-14 of the diagonal, relative
    for (let p = 0; p < m - 1; p++)
      for (let q = p + 1; q < m; q++) {
        const apq = a[p * m + q]!;
        if (apq === 0) continue;
        const theta = (a[q * m + q]! - a[p * m + p]!) / (2 * apq);
        const t = (theta >= 0 ? 1 : -1) / (Math.abs(theta) + Math.sqrt(theta * theta + 1));
        const c = 1 / Math.sqrt(t * t + 1);
        const s = t * c;
        for (let k = 0; k < m; k++) {
          // Columns p and q.
          const akp = a[k * m + p]!;
          const akq = a[k * m + q]!;
          a[k * m + p] = c * akp - s * akq;
          a[k * m + q] = s * akp + c * akq;
        }
        for (let k = 0; k < m; k++) {
          // Rows p and q.
          const apk = a[p * m + k]!;
          const aqk = a[q * m + k]!;
          a[p * m + k] = c * apk - s * aqk;
          a[q * m + k] = s * apk + c * aqk;
        }
        for (let k = 0; k < m; k++) {
          const vkp = v[k * m + p]!;
          const vkq = v[k * m + q]!;
          v[k * m + p] = c * vkp - s * vkq;
          v[k * m + q] = s * vkp + c * vkq;
        }
      }
  }
  let best = 0;
  for (let i = 1; i < m; i++) if (a[i * m + i]! > a[best * m + best]!) best = i;
  const vector = new Float64Array(m);
  for (let k = 0; k < m; k++) vector[k] = v[k * m + best]!;
  return { value: a[best * m + best]!, vector };
}
