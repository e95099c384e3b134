/**
 * Attribute assortativity (Newman 2003) of a categorical node attribute, as NetworkX's
 * `attribute_assortativity_coefficient`: from the symmetric mixing matrix e of edge ends,
 * r = (Σ e_ii − Σ a_i²) / (1 − Σ a_i²). Unweighted (each tie counts once). NaN when undefined
 * (no ties, or every tie inside one category).
 */
export function attributeAssortativity(edges: Iterable<[number, number]>, category: ArrayLike<number>, categories: number): number {
  const e = new Float64Array(categories * categories);
  let total = 0;
  for (const [u, v] of edges) {
    const a = category[u]!;
    const b = category[v]!;
    if (a < 0 || b < 0) continue;
    e[a * categories + b] += 1;
    e[b * categories + a] += 1;
    total += 2;
  }
  if (total === 0) return NaN;
  let trace = 0;
  let sumA2 = 0;
  for (let i = 0; i < categories; i++) {
    trace += e[i * categories + i]! / total;
    let a = 0;
    for (let j = 0; j < categories; j++) a += e[i * categories + j]! / total;
    sumA2 += a * a;
  }
  return sumA2 === 1 ? NaN : (trace - sumA2) / (1 - sumA2);
}
