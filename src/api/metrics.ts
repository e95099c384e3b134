import type Graph from 'graphology';
import { z } from 'zod';
import { OptionError } from '../errors.js';
import { ALL_FIGURE_FAMILIES, computeFigures, computeMetrics, FIGURE_FAMILIES, type FigureFamily, type Figures, type MetricsOptions, type MetricsReport, type PageRankOptions, type EigenvectorOptions } from '../metrics/index.js';
import { metricsOptionsFor } from '../scenarios/index.js';
import { expected, parseWith } from '../schemas/index.js';
import { SeedSchema } from './generate.js';
import type { Model } from './model.js';
import { checkGraph, checkModel, checkObject, readOptions } from './guards.js';

/** What `metrics` takes: `computeMetrics`'s options, and the model whose sectors and reach to use. */
export type MetricsInput = Partial<Omit<MetricsOptions, 'pagerank' | 'eigenvector'>> & {
  pagerank?: Partial<PageRankOptions>;
  eigenvector?: Partial<EigenvectorOptions>;
  /** Sector order and reach origin from this model's spec (otherwise `sectorOrder`/`reachFrom`, or none). */
  model?: Model;
};

/**
 * Every metric of a graph (what `collabnet metrics --format json` prints): per node (degree,
 * strength, betweenness, harmonic closeness, PageRank, eigenvector, Burt's constraint and
 * effective size, component, community, hops to each sector), per sector and for the network.
 * Weight is collaboration strength; path length is 1/weight (as NetworkX with distance=1/weight).
 *
 * @example
 * ```ts
 * import { metrics } from 'collabnet';
 * const report = metrics(graph, { model, seed: 1 });
 * console.log(report.network.giantShare, report.nodes[0]?.betweenness);
 * ```
 */
export function metrics(graph: Graph, options: MetricsInput = {}): MetricsReport {
  checkGraph(graph, 'metrics');
  checkObject(options, 'metrics', 'options', 'an object of options');
  const { model, ...rest } = readOptions(options, 'metrics');
  if (model !== undefined) checkModel(model, 'metrics', 'model');
  return computeMetrics(graph, { ...(model ? metricsOptionsFor(model.baseline) : {}), ...rest });
}

/** What `figures` takes. */
export interface FiguresInput {
  /** Figure families to compute (all by default); only what they need is computed. */
  readonly families?: readonly FigureFamily[];
  /** Seeds Louvain and the betweenness pivots (default 1). */
  readonly seed?: number;
  /** Betweenness pivot sources (default null: exact). */
  readonly betweennessSamples?: number | null;
  /** Tie types, sector order and reach origin from this model (else none: no ties.* or reach figures). */
  readonly model?: Model;
}

export const FamiliesSchema = z.array(z.enum(Object.keys(FIGURE_FAMILIES) as [FigureFamily, ...FigureFamily[]])).min(1, expected('at least one figure family'));
const FiguresOptions = z.strictObject({ families: FamiliesSchema.optional(), seed: SeedSchema, betweennessSamples: z.number().int(expected('an integer')).min(1, expected('an integer ≥ 1')).nullable().optional(), model: z.unknown().optional() });

/**
 * The network figures of a graph as a flat record (`giant_share`, `reach_2.company`,
 * `mean_betweenness.hospital`, …): the unit sweeps and comparisons summarize. Only the families
 * asked for are computed (`size`, `degree`, `connectivity`, `cuts`, `communities`, `mixing`,
 * `betweenness`, `harmonic`, `constraint`).
 *
 * @example
 * ```ts
 * import { figures } from 'collabnet';
 * const f = figures(graph, { model, families: ['connectivity'] });
 * console.log(f['reach_2.company']);
 * ```
 */
export function figures(graph: Graph, options: FiguresInput = {}): Figures {
  checkGraph(graph, 'figures');
  const o = parseWith(FiguresOptions, options, 'figures');
  const model = o.model as Model | undefined;
  if (model !== undefined && (model === null || typeof model !== 'object' || !('baseline' in model))) throw new OptionError('figures', 'model', 'a Model (from createModel or loadModel)', model);
  const fromModel = model ? { tieTypes: model.baseline.ties.map((t) => t.id), ...metricsOptionsFor(model.baseline) } : { tieTypes: [], sectorOrder: [], reachFrom: null };
  return computeFigures(graph, o.families ?? ALL_FIGURE_FAMILIES, { seed: o.seed ?? 1, betweennessSamples: o.betweennessSamples ?? null, ...fromModel });
}
