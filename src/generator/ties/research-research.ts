import type { ResolvedModel } from '../../model/resolve.js';
import { createRng, deriveSeed, shuffleInPlace } from '../../random/index.js';
import type { Populations } from '../populations.js';
import { emptyStats, type DraftTie, type TieStats } from './types.js';

/**
 * Institution–institution ties (none at baseline). Each institution is willing with probability
 * `institutionInstitution.willing` (one uniform per institution, always drawn, so a higher share
 * only adds institutions); each willing institution brings `partnersWhenWilling` stubs, matched at
 * random among the willing; self-pairs and repeats are dropped and counted. Weight 1.
 */
export function drawResearchResearchTies(model: ResolvedModel, pop: Populations, seed: number): { ties: DraftTie[]; stats: TieStats } {
  const stats = emptyStats();
  const { willing, partnersWhenWilling } = model.institutionInstitution;
  const rng = createRng(deriveSeed(seed, 'research-research'));
  const stubs: number[] = [];
  for (let r = 0; r < pop.institutions.length; r++) {
    const u = rng.next();
    if (u < willing) for (let k = 0; k < partnersWhenWilling; k++) stubs.push(r);
  }
  stats.wanted = { institutions: stubs.length };
  if (stubs.length < 2) {
    stats.dropped = stubs.length;
    return { ties: [], stats };
  }
  shuffleInPlace(stubs, rng);
  const seen = new Set<number>();
  const n = pop.institutions.length;
  const ties: DraftTie[] = [];
  if (stubs.length % 2 === 1) stats.dropped++;
  for (let i = 0; i + 1 < stubs.length; i += 2) {
    const a = Math.min(stubs[i]!, stubs[i + 1]!);
    const b = Math.max(stubs[i]!, stubs[i + 1]!);
    if (a === b || seen.has(a * n + b)) {
      stats.dropped += 2;
      continue;
    }
    seen.add(a * n + b);
    ties.push({ a, b, weight: 1 });
  }
  ties.sort((x, y) => x.a - y.a || x.b - y.b);
  return { ties, stats };
}
