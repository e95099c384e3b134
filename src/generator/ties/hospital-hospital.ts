import type { ResolvedModel } from '../../model/resolve.js';
import { createRng, deriveSeed, weightedSampler } from '../../random/index.js';
import type { Populations } from '../populations.js';
import { emptyStats, type DraftTie, type TieStats } from './types.js';

/**
 * Multi-center hospital networks (none at baseline; the clinicians' recommendation 2). Each
 * hospital joins its province's network with probability `multiCenter.share` (one uniform per
 * hospital, always drawn). In each province the participating tertiary hospitals are the
 * centres (without one, the participant with the most clinicians); every other participant
 * joins one centre, chosen in proportion to the centre's clinicians; the centres link to the
 * province's largest centre. Weight 1.
 */
export function drawHospitalHospitalTies(model: ResolvedModel, pop: Populations, seed: number): { ties: DraftTie[]; stats: TieStats } {
  const stats = emptyStats();
  const rng = createRng(deriveSeed(seed, 'multi-center'));
  const byProvince = new Map<number, number[]>();
  pop.hospitals.forEach((h, i) => {
    const u = rng.next();
    if (u < model.multiCenter.share) {
      let list = byProvince.get(h.province);
      if (!list) byProvince.set(h.province, (list = []));
      list.push(i);
    }
  });
  const ties: DraftTie[] = [];
  let wanted = 0;
  for (const province of [...byProvince.keys()].sort((a, b) => a - b)) {
    const members = byProvince.get(province)!;
    wanted += members.length;
    if (members.length < 2) continue;
    let centres = members.filter((i) => pop.hospitals[i]!.tier === 'tertiary');
    if (centres.length === 0) centres = [members.reduce((best, i) => (pop.hospitals[i]!.clinicians > pop.hospitals[best]!.clinicians ? i : best))];
    const largest = centres.reduce((best, i) => (pop.hospitals[i]!.clinicians > pop.hospitals[best]!.clinicians ? i : best));
    const isCentre = new Set(centres);
    const pick = weightedSampler(centres.map((i) => pop.hospitals[i]!.clinicians));
    for (const i of members) {
      const centre = isCentre.has(i) ? largest : centres[pick.draw(rng)]!;
      if (centre !== i) ties.push({ a: Math.min(i, centre), b: Math.max(i, centre), weight: 1 });
    }
  }
  stats.wanted = { hospitals: wanted };
  ties.sort((x, y) => x.a - y.a || x.b - y.b);
  return { ties, stats };
}
