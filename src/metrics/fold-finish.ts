import type { PathCentralities } from './brandes.js';
import type { FoldPlan } from './fold-plan.js';
import type { FoldPartial } from './fold-search.js';

/**
 * Last step of folded exact betweenness (see brandes-folded.ts): adds the partials of the plan's
 * chunks, which must come one per chunk and in chunk order (a RangeError otherwise), to the tree
 * part, and normalizes betweenness as NetworkX does. The fixed order makes the result the same
 * bits whichever threads computed the partials. Partials may be produced lazily (a generator), so
 * only one is held at a time.
 */
export function foldFinish(plan: FoldPlan, partials: Iterable<FoldPartial>): PathCentralities {
  const { n, search, chunks } = plan;
  const betweenness = plan.treeBetweenness.slice();
  const harmonic = plan.treeHarmonic ? plan.treeHarmonic.slice() : new Float64Array(n);
  let next = 0;
  if (search) {
    const { global } = search.cg;
    const c = global.length;
    const core = new Float64Array(c);
    for (const p of partials) {
      const chunk = chunks[next];
      if (!chunk || p.from !== chunk.from || p.to !== chunk.to)
        throw new RangeError(`foldFinish: partial ${next}: expected groups [${chunk?.from}, ${chunk?.to}), got [${p.from}, ${p.to})`);
      for (let j = 0; j < c; j++) core[j]! += p.coreBetweenness[j]!;
      if (plan.treeHarmonic) {
        if (!p.harmonic) throw new RangeError(`foldFinish: partial ${next}: expected harmonic closeness`);
        for (let i = 0; i < n; i++) harmonic[i]! += p.harmonic[i]!;
      }
      next++;
    }
    for (let j = 0; j < c; j++) betweenness[global[j]!]! += core[j]!;
  } else next = [...partials].length;
  if (next !== chunks.length) throw new RangeError(`foldFinish: expected ${chunks.length} partials, got ${next}`);

  const scale = n > 2 ? 1 / ((n - 1) * (n - 2)) : 1;
  for (let i = 0; i < n; i++) betweenness[i]! *= scale;
  return { betweenness, harmonic };
}
