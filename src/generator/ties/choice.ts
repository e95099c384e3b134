import type { ResolvedChoice, ResolvedSector } from '../../model/types.js';
import { weightedSampler, type WeightedSampler } from '../../random/index.js';
import type { NodeDraft } from '../populations.js';

/**
 * How partners at an end are picked when the other side draws: by a popularity attribute (Zipf
 * rank), by respondents × engagement multiplier, or uniformly.
 */
export function choiceSampler(choice: ResolvedChoice | undefined, sector: ResolvedSector, nodes: readonly NodeDraft[]): WeightedSampler {
  if (choice === 'respondents') return weightedSampler(nodes.map((n) => n.respondents * n.multiplier));
  if (choice !== undefined && choice !== 'uniform') {
    const attr = sector.attributes.find((a) => a.name === choice.attribute);
    if (attr?.kind === 'zipf-rank') return weightedSampler(nodes.map((n) => n.popularity));
    const k = sector.attributes.findIndex((a) => a.name === choice.attribute);
    return weightedSampler(nodes.map((n) => Number(n.values[k] ?? 1)));
  }
  return weightedSampler(nodes.map(() => 1));
}
