import { fitReportOfDrawn } from '../fit/fit-drawn.js';
import { fitFigures } from '../fit/fit-report.js';
import { drawnNodes } from '../generator/drawn-nodes.js';
import type { CollabGraph } from '../generator/generate.js';
import { generateDrawn } from '../generator/generate.js';
import { networkArrays } from '../generator/network-arrays.js';
import { ALL_FIGURE_FAMILIES, computeFiguresOfArrays, type FigureFamily, type MetricsReport } from '../metrics/index.js';
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
 * Generates the network of `model` with `seed` and returns the figures of `families` (all by
 * default), computing only what they need (src/metrics/figure-registry.ts), and its fit to the
 * survey per tie type and side (`fit.tvd.…`, `fit.requested.…`, `fit.realized.…`; always, it
 * needs no metric). Louvain and the betweenness pivots are seeded with the same seed, so a figure
 * depends on (model, seed) only. No graph is built: the figures and the fit are read off the drawn
 * arrays (the same values as on the generated graph: tests/metrics/figure-arrays.test.ts).
 */
export function networkFiguresFor(
  model: ResolvedModel,
  seed: number,
  betweennessSamples: number | null = SWEEP_BETWEENNESS_SAMPLES,
  families: readonly FigureFamily[] = ALL_FIGURE_FAMILIES,
): Figures {
  const drawn = generateDrawn(model, { seed });
  const nodes = drawnNodes(model, drawn);
  const figures = computeFiguresOfArrays(networkArrays(model, drawn, nodes), families, { seed, betweennessSamples, tieTypes: model.ties.map((t) => t.id), ...metricsOptionsFor(model) });
  return { ...figures, ...fitFigures(fitReportOfDrawn(model, drawn, nodes)) };
}
