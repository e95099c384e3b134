import type { ResolvedModel, ResolvedTie } from '../../model/types.js';
import { createRng, deriveSeed, weightedSampler } from '../../random/index.js';
import type { Populations } from '../populations.js';
import { emptyStats, type TieStats } from './types.js';

/**
 * Multi-centre hub-and-spoke networks within one sector: each node joins its group's network
 * with probability `share` (one uniform per node, always drawn). In each group the participating
 * nodes with the centre attribute value are the centres (without one, the participant with the
 * most respondents); every other participant joins one centre, chosen in proportion to the
 * centre's respondents; the centres link to the group's largest centre.
 */
export function drawHubAndSpoke(model: ResolvedModel, tie: ResolvedTie, pop: Populations, seed: number): { pairs: [number, number][]; stats: TieStats } {
  const s = tie.structure!;
  const sectorId = tie.ends[0];
  const sector = model.sectors.find((x) => x.id === sectorId)!;
  const nodes = pop[sectorId]!;
  const groupIndex = sector.attributes.findIndex((a) => a.name === s.groupBy);
  const centreIndex = sector.attributes.findIndex((a) => a.name === s.centres.attribute);
  const stats = emptyStats();
  const rng = createRng(deriveSeed(seed, tie.stream));
  const byGroup = new Map<number, number[]>();
  nodes.forEach((node, i) => {
    const u = rng.next();
    if (u < s.share) {
      const g = node.keys[groupIndex]!;
      let list = byGroup.get(g);
      if (!list) byGroup.set(g, (list = []));
      list.push(i);
    }
  });
  const pairs: [number, number][] = [];
  let wanted = 0;
  const size = (i: number) => nodes[i]!.respondents;
  for (const g of [...byGroup.keys()].sort((a, b) => a - b)) {
    const members = byGroup.get(g)!;
    wanted += members.length;
    if (members.length < 2) continue;
    let centres = members.filter((i) => String(nodes[i]!.values[centreIndex]) === s.centres.value);
    if (centres.length === 0) centres = [members.reduce((best, i) => (size(i) > size(best) ? i : best))];
    const largest = centres.reduce((best, i) => (size(i) > size(best) ? i : best));
    const isCentre = new Set(centres);
    const pick = weightedSampler(centres.map(size));
    for (const i of members) {
      const centre = isCentre.has(i) ? largest : centres[pick.draw(rng)]!;
      if (centre !== i) pairs.push([Math.min(i, centre), Math.max(i, centre)]);
    }
  }
  stats.wanted = { [sectorId]: wanted };
  pairs.sort((x, y) => x[0] - y[0] || x[1] - y[1]);
  return { pairs, stats };
}
