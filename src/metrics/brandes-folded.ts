import type { PathCentralities } from './brandes.js';
import type { Csr } from './csr.js';
import { foldFinish } from './fold-finish.js';
import { foldPlan, type FoldPlan } from './fold-plan.js';
import { foldSearch, type FoldPartial } from './fold-search.js';

/**
 * Exact betweenness by Brandes (2001) with degree-1 folding, after Sariyüce, Saule, Kaya &
 * Çatalyürek (2013), "Shattering and compressing networks for betweenness centrality"
 * (also Baglioni et al. 2012): every pendant tree is folded into its core root, which carries
 * the tree's size as a reach weight, and Dijkstra runs from the 2-core's nodes only, on the
 * 2-core. Path length = 1/weight; path counts are float64; ties by exact float equality of
 * `dist + length`, as NetworkX and `pathCentralities`, whose normalized values this returns.
 *
 * Ordered pairs (s, t) of one component of size K split in two kinds:
 * - Tree part. A node x outside the core is a cut vertex: removing it leaves its child subtrees
 *   (sizes c_i) and the rest (K − sub(x)), and x is inner to every pair split by it:
 *   (K−1)² − Σ c_i² − (K − sub(x))². For a core node r the same count, with sub(r) = |T_r| its
 *   tree's size, counts the pairs with at least one end in its own tree T_r.
 * - Core part. s ∈ T_a, t ∈ T_b, a ≠ b core nodes: the path climbs to a, follows a shortest core
 *   path a–b, descends to t, so an inner core node v ∉ {a, b} gets |T_a|·|T_b|·σ_ab(v)/σ_ab.
 *   Brandes' accumulation with target weights: δ_a(v) = Σ_{w: v ∈ P_a(w)} σ_av/σ_aw (|T_w| + δ_a(w)),
 *   credited |T_a|·δ_a(v). A search from a tree node reaches the core at its root with its own
 *   float distance, and with lengths like 1/3 the ties found by float equality depend on that
 *   offset; so one core search runs per root and distinct offset, weighted by the nodes sharing
 *   it, and the ties are exactly those of NetworkX's search from each node.
 * Harmonic closeness comes from the same searches (the one from each root at offset 0), as
 * `harmonicCloseness` computes it: d(v, x) = d(v, r) + d(r, q) + d(q, x) for v in r's tree and x
 * in another tree q, and a walk of each tree from each of its nodes inside it.
 * Cost: one Dijkstra on the core per (core root, offset) — 617 on a 332-node core for the baseline's
 * 2,482 nodes — instead of one per node on the whole graph.
 *
 * Three steps, so the searches can run on several threads (src/cli/ does; this file stays
 * single-threaded): `foldPlan` (fold-plan.ts: forest, tree part, core graph, source groups cut
 * into fixed chunks), `foldSearch` per chunk (fold-search.ts) and `foldFinish` (fold-finish.ts:
 * partials added in chunk order). The chunks do not depend on the number of threads, so neither
 * do the bits of the result.
 */
export function foldedPathCentralities(csr: Csr): PathCentralities {
  return fold(csr, true);
}

/** Exact betweenness alone, as `foldedPathCentralities` computes it. */
export function foldedBetweenness(csr: Csr): Float64Array {
  return fold(csr, false).betweenness;
}

function fold(csr: Csr, withHarmonic: boolean): PathCentralities {
  const plan = foldPlan(csr, withHarmonic);
  return foldFinish(plan, chunkPartials(plan));
}

/** The partials of the plan's chunks in order, one at a time (one partial held at a time). */
function* chunkPartials(plan: FoldPlan): Generator<FoldPartial> {
  for (const { from, to } of plan.chunks) yield foldSearch(plan.search!, from, to);
}
