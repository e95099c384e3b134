import { fitFigures, fitReport } from '../fit/fit-report.js';
import type { CollabGraph } from '../generator/generate.js';
import { generateNetwork } from '../generator/generate.js';
import { computeMetrics, type MetricsReport } from '../metrics/index.js';
import type { ResolvedModel } from '../model/types.js';

/** Every network metric of one network as a flat record, the unit a sweep summarizes. */
export type Figures = Record<string, number>;

const n = (x: number | null | undefined) => (x === null || x === undefined ? NaN : x);

/** Flattens a metrics report (plus tie counts per tie type of the model) into named figures; NaN where undefined. */
export function figuresOf(report: MetricsReport, graph: CollabGraph, tieTypes: readonly string[]): Figures {
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
  const ties = Object.fromEntries(tieTypes.map((t) => [t, 0]));
  graph.forEachEdge((_e, a) => (ties[a.type] = (ties[a.type] ?? 0) + 1));
  for (const t of tieTypes) f[`ties.${t}`] = ties[t]!;
  if (net.reach)
    for (const [s, r] of Object.entries(net.reach.to)) {
      f[`reach_2.${s}`] = r.within2;
      f[`reach_3.${s}`] = r.within3;
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

/** The metrics options a model's outcomes ask for: its sectors' order and where reach is measured from. */
export function metricsOptionsFor(model: ResolvedModel): { sectorOrder: string[]; reachFrom: string | null } {
  return { sectorOrder: model.sectors.map((s) => s.id), reachFrom: model.outcomes.reachFrom ?? null };
}

/**
 * Generates the network of `model` with `seed` and returns its figures: metrics, tie counts and
 * its fit to the survey per tie type and side (`fit.tvd.…`, `fit.requested.…`, `fit.realized.…`).
 * Louvain and the betweenness pivots are seeded with the same seed, so a figure depends on (model, seed) only.
 */
export function networkFiguresFor(model: ResolvedModel, seed: number, betweennessSamples: number | null = SWEEP_BETWEENNESS_SAMPLES): Figures {
  const { graph, record } = generateNetwork(model, { seed });
  const figures = figuresOf(computeMetrics(graph, { seed, betweennessSamples, ...metricsOptionsFor(model) }), graph, model.ties.map((t) => t.id));
  return { ...figures, ...fitFigures(fitReport(graph, model, record)) };
}
