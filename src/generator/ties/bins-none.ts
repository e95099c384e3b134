import type { ResolvedModel, ResolvedTie } from '../../model/types.js';
import { createRng, deriveSeed, sampleDistinct } from '../../random/index.js';
import type { Populations } from '../populations.js';
import { choiceSampler } from './choice.js';
import { emptyStats, type TieStats } from './types.js';

/**
 * A tie type only one side reports, as a binned partner count: that side is kept. Each node gets
 * its drawn number of distinct partners, chosen at the other end by the tie type's partner choice
 * (successive sampling without replacement; draws beyond the other population are dropped and
 * counted). Returns pairs [bins index, other index].
 */
export function drawBinsNone(model: ResolvedModel, tie: ResolvedTie, binsSide: string, otherSide: string, pop: Populations, seed: number): { pairs: [number, number][]; stats: TieStats } {
  const rng = createRng(deriveSeed(seed, tie.stream));
  const other = model.sectors.find((s) => s.id === otherSide)!;
  const byChoice = choiceSampler(tie.choice[otherSide], other, pop[otherSide]!);
  const stats = emptyStats();
  const pairs: [number, number][] = [];
  let wanted = 0;
  pop[binsSide]!.forEach((node, r) => {
    const want = node.target[tie.id]!;
    wanted += want;
    const picked = sampleDistinct(byChoice, want, rng).sort((x, y) => x - y);
    stats.dropped += want - picked.length;
    for (const c of picked) pairs.push([r, c]);
  });
  stats.wanted = { [binsSide]: wanted };
  return { pairs, stats };
}
