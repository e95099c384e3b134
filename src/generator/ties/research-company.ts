import type { ResolvedModel } from '../../model/resolve.js';
import { createRng, deriveSeed, sampleDistinct, weightedSampler } from '../../random/index.js';
import type { Populations } from '../populations.js';
import { emptyStats, type DraftTie, type TieStats } from './types.js';

/**
 * Research–company ties. Only institutions report this tie type (Table 6), so their side is
 * kept: each institution gets its drawn number of distinct companies, chosen by popularity
 * (successive sampling without replacement). Weight: the `institution-company-weight` assumption.
 */
export function drawResearchCompanyTies(model: ResolvedModel, pop: Populations, seed: number): { ties: DraftTie[]; stats: TieStats } {
  const rng = createRng(deriveSeed(seed, 'research-company'));
  const byPopularity = weightedSampler(pop.companies.map((c) => c.popularity));
  const stats = emptyStats();
  const ties: DraftTie[] = [];
  let wanted = 0;
  pop.institutions.forEach((inst, r) => {
    wanted += inst.targetCompanies;
    const picked = sampleDistinct(byPopularity, inst.targetCompanies, rng).sort((x, y) => x - y);
    stats.dropped += inst.targetCompanies - picked.length;
    for (const c of picked) ties.push({ a: r, b: c, weight: model.institutionCompanyWeight });
  });
  stats.wanted = { institutions: wanted };
  return { ties, stats };
}
