import type { ResolvedModel, ResolvedTie } from '../../model/types.js';
import { createRng, deriveSeed } from '../../random/index.js';
import type { Populations } from '../populations.js';
import { choiceSampler } from './choice.js';
import { emptyStats, type TieStats } from './types.js';

/**
 * A tie type only one side reports, as a share of respondents who collaborate: each engaged
 * respondent brings `partners` ties, the other end chosen by the tie type's partner choice with
 * replacement; repeats at one node merge into one edge whose multiplicity (respondent ties) is
 * returned with it. Returns pairs [share index, other index] and multiplicities.
 */
export function drawShareNone(model: ResolvedModel, tie: ResolvedTie, shareSide: string, otherSide: string, pop: Populations, seed: number): { pairs: [number, number][]; counts: number[]; stats: TieStats } {
  const rng = createRng(deriveSeed(seed, tie.stream));
  const other = model.sectors.find((s) => s.id === otherSide)!;
  const byChoice = choiceSampler(tie.choice[otherSide], other, pop[otherSide]!);
  const partners = (tie.reports[shareSide] as { partners: number }).partners;
  const stats = emptyStats();
  const pairs: [number, number][] = [];
  const counts: number[] = [];
  let wanted = 0;
  pop[shareSide]!.forEach((node, i) => {
    const draws = (node.engaged[tie.id] ?? 0) * partners;
    if (draws === 0) return;
    wanted += draws;
    const byPartner = new Map<number, number>();
    for (let k = 0; k < draws; k++) {
      const c = byChoice.draw(rng);
      byPartner.set(c, (byPartner.get(c) ?? 0) + 1);
    }
    stats.merged += draws - byPartner.size;
    for (const c of [...byPartner.keys()].sort((x, y) => x - y)) {
      pairs.push([i, c]);
      counts.push(byPartner.get(c)!);
    }
  });
  stats.wanted = { [shareSide]: wanted };
  return { pairs, counts, stats };
}
