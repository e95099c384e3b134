import type { ResolvedTie } from '../../model/types.js';
import { createRng, deriveSeed, shuffleInPlace } from '../../random/index.js';
import type { Populations } from '../populations.js';
import { emptyStats, type TieStats } from './types.js';

/**
 * Ties within one sector among nodes willing to collaborate: each node is willing with
 * probability `share` (one uniform per node, always drawn, so a higher share only adds nodes);
 * each willing node brings `partners` stubs, matched at random among the willing; self-pairs
 * and repeats are dropped and counted.
 */
export function drawWilling(tie: ResolvedTie, sector: string, pop: Populations, seed: number): { pairs: [number, number][]; stats: TieStats } {
  const stats = emptyStats();
  const { share, partners } = tie.reports[sector] as { share: number; partners: number };
  const rng = createRng(deriveSeed(seed, tie.stream));
  const nodes = pop[sector]!;
  const stubs: number[] = [];
  for (let r = 0; r < nodes.length; r++) {
    const u = rng.next();
    if (u < share) for (let k = 0; k < partners; k++) stubs.push(r);
  }
  stats.wanted = { [sector]: stubs.length };
  if (stubs.length < 2) {
    stats.dropped = stubs.length;
    return { pairs: [], stats };
  }
  shuffleInPlace(stubs, rng);
  const seen = new Set<number>();
  const n = nodes.length;
  const pairs: [number, number][] = [];
  if (stubs.length % 2 === 1) stats.dropped++;
  for (let i = 0; i + 1 < stubs.length; i += 2) {
    const a = Math.min(stubs[i]!, stubs[i + 1]!);
    const b = Math.max(stubs[i]!, stubs[i + 1]!);
    if (a === b || seen.has(a * n + b)) {
      stats.dropped += 2;
      continue;
    }
    seen.add(a * n + b);
    pairs.push([a, b]);
  }
  pairs.sort((x, y) => x[0] - y[0] || x[1] - y[1]);
  return { pairs, stats };
}
