import type { Spec } from '../schemas/spec.js';

/** Network-wide figures (src/metrics/figure-registry.ts computes them). */
const NETWORK = ['nodes', 'edges', 'total_weight', 'density', 'components', 'giant_share', 'isolate_share', 'bridges', 'articulation_points', 'communities', 'modularity', 'sector_assortativity', 'centralization_degree', 'centralization_betweenness'] as const;
/** Figures by sector: `NAME.<sector>`. */
const BY_SECTOR = ['giant_share', 'isolate_share', 'ei_index', 'mean_degree', 'mean_strength', 'gini_strength', 'mean_betweenness', 'mean_harmonic', 'mean_constraint'] as const;

/**
 * Every figure name a network of this spec has, without generating one: the network-wide
 * figures, `ties.<tie type>`, `NAME.<sector>`, `reach_2|3.<sector>` (sectors other than the
 * one reach is measured from, when it names one) and the fit figures of each reporting side
 * (`fit.tvd|requested|realized.<tie type>.<sector>`). Outcomes are checked against this list.
 */
export function figureNames(spec: Pick<Spec, 'sectors' | 'tieTypes' | 'outcomes'>): Set<string> {
  const names = new Set<string>(NETWORK);
  for (const t of spec.tieTypes) {
    names.add(`ties.${t.id}`);
    for (const end of new Set(t.ends)) {
      const kind = t.reports[end]?.kind;
      if (kind === 'bins' || kind === 'share') for (const f of ['tvd', 'requested', 'realized']) names.add(`fit.${f}.${t.id}.${end}`);
    }
  }
  const from = spec.outcomes.reachFrom;
  for (const s of spec.sectors) {
    for (const f of BY_SECTOR) names.add(`${f}.${s.id}`);
    if (from !== undefined && s.id !== from) for (const f of ['reach_2', 'reach_3']) names.add(`${f}.${s.id}`);
  }
  return names;
}
