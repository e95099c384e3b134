import { createRng, deriveSeed, weightedSampler } from '../../random/index.js';
import type { Populations } from '../populations.js';
import { emptyStats, type DraftTie, type TieStats } from './types.js';

/**
 * Hospital–company ties. Each clinician drawn as collaborating with a company picks one by
 * popularity; a hospital's ties to the same company merge, and the edge weight is the number of
 * its clinicians tied to that company.
 */
export function drawHospitalCompanyTies(pop: Populations, seed: number): { ties: DraftTie[]; stats: TieStats } {
  const rng = createRng(deriveSeed(seed, 'hospital-company'));
  const byPopularity = weightedSampler(pop.companies.map((c) => c.popularity));
  const stats = emptyStats();
  const ties: DraftTie[] = [];
  let wanted = 0;
  pop.hospitals.forEach((h, i) => {
    if (h.engagedCompany === 0) return;
    wanted += h.engagedCompany;
    const counts = new Map<number, number>();
    for (let k = 0; k < h.engagedCompany; k++) {
      const c = byPopularity.draw(rng);
      counts.set(c, (counts.get(c) ?? 0) + 1);
    }
    stats.merged += h.engagedCompany - counts.size;
    for (const c of [...counts.keys()].sort((x, y) => x - y)) ties.push({ a: i, b: c, weight: counts.get(c)! });
  });
  stats.wanted = { hospitals: wanted };
  return { ties, stats };
}
