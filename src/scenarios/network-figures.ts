import type { CollabGraph } from '../generator/generate.js';
import { generateNetwork } from '../generator/generate.js';
import { TIE_TYPES } from '../generator/sectors.js';
import { ALL_FIGURE_FAMILIES, computeFigures, type FigureFamily, type MetricsReport } from '../metrics/index.js';
import type { ResolvedModel } from '../model/resolve.js';

/** Every network metric of one network as a flat record, the unit a sweep summarizes. */
export type Figures = Record<string, number>;

const n = (x: number | null | undefined) => (x === null || x === undefined ? NaN : x);

/** Flattens a metrics report (plus tie counts) into named figures; NaN where undefined. */
export function figuresOf(report: MetricsReport, graph: CollabGraph): Figures {
  const net = report.network;
  const f: Figures = {
    nodes: net.nodes,
    edges: net.edges,
    total_weight: net.totalWeight,
    density: net.density,
    components: net.components,
    giant_share: net.giantShare,
    isolate_share: net.isolateShare,
    bridges: net.bridges.length,
    articulation_points: net.articulationPoints.length,
    communities: net.louvain.communities,
    modularity: net.louvain.modularity,
    sector_assortativity: n(net.sectorAssortativity),
    centralization_degree: n(net.centralization.degree),
    centralization_betweenness: n(net.centralization.betweenness),
  };
  const ties = Object.fromEntries(TIE_TYPES.map((t) => [t, 0]));
  graph.forEachEdge((_e, a) => ties[a.type]!++);
  for (const t of TIE_TYPES) f[`ties.${t}`] = ties[t]!;
  if (net.hospitalReach)
    for (const [s, r] of Object.entries(net.hospitalReach)) {
      f[`hospital_reach_${s}_2`] = r.within2;
      f[`hospital_reach_${s}_3`] = r.within3;
    }
  for (const [s, x] of Object.entries(report.sectors ?? {})) {
    f[`giant_share.${s}`] = x.giantShare;
    f[`isolate_share.${s}`] = x.isolateShare;
    f[`ei_index.${s}`] = n(x.eiIndex);
    f[`mean_degree.${s}`] = x.metrics.degree.mean;
    f[`mean_strength.${s}`] = x.metrics.strength.mean;
    f[`gini_strength.${s}`] = x.metrics.strength.gini;
    f[`mean_betweenness.${s}`] = x.metrics.betweenness.mean;
    f[`mean_harmonic.${s}`] = x.metrics.harmonic.mean;
    f[`mean_constraint.${s}`] = x.metrics.constraint.mean;
  }
  return f;
}

/** Pivot sources for betweenness in sweeps (null = exact). */
export const SWEEP_BETWEENNESS_SAMPLES = 256;

/**
 * Generates the network of `model` with `seed` and returns the figures of `families` (all by
 * default), computing only what they need (src/metrics/figure-registry.ts). Louvain and the
 * betweenness pivots are seeded with the same seed, so a figure depends on (model, seed) only.
 */
export function networkFiguresFor(
  model: ResolvedModel,
  seed: number,
  betweennessSamples: number | null = SWEEP_BETWEENNESS_SAMPLES,
  families: readonly FigureFamily[] = ALL_FIGURE_FAMILIES,
): Figures {
  const { graph } = generateNetwork(model, { seed });
  return computeFigures(graph, families, { seed, betweennessSamples, tieTypes: TIE_TYPES });
}
