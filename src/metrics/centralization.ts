/**
 * Freeman (1979) centralization: Σ (max − c_i) divided by its largest possible value, that of a
 * star on the same number of nodes. Degree (raw counts): (n−1)(n−2). Normalized betweenness
 * (values in [0, 1]): n − 1. 1 for a star, 0 when every node scores the same; NaN for n < 3.
 */
export function freemanCentralization(values: ArrayLike<number>, kind: 'degree' | 'betweenness'): number {
  const n = values.length;
  if (n < 3) return NaN;
  let max = -Infinity;
  for (let i = 0; i < n; i++) max = Math.max(max, values[i]!);
  let sum = 0;
  for (let i = 0; i < n; i++) sum += max - values[i]!;
  return sum / (kind === 'degree' ? (n - 1) * (n - 2) : n - 1);
}
