/**
 * What an ensemble pays per network for each figure family (src/metrics/figure-registry.ts), on
 * the path ensembles take (src/scenarios/network-figures.ts): generation = drawing the network and
 * laying it out as plain arrays (no graphology graph); then each family alone on those arrays (its
 * CSR and sector codes included, so every row is what a sweep of that family alone pays beyond
 * generation), and generation + connectivity together, the cheapest useful sweep. For reference,
 * `graphMs` is what generating the graphology graph (`generateNetwork`, as `collabnet generate`
 * does) costs. Medians over `runs` networks.
 */
import { median } from 'simple-statistics';
import { generateDrawn, generateNetwork, networkArrays } from '../src/generator/index.js';
import { ALL_FIGURE_FAMILIES, computeFiguresOfArrays, FIGURE_FAMILIES, type FigureFamily } from '../src/metrics/index.js';
import { metricsOptionsFor, SWEEP_BETWEENNESS_SAMPLES } from '../src/scenarios/index.js';
import type { ResolvedModel } from '../src/model/index.js';

export interface FamilyCost {
  readonly family: FigureFamily | 'all';
  readonly needs: readonly string[];
  readonly medianMs: number;
}

export interface FigureCosts {
  readonly runs: number;
  /** Drawing one network as arrays (what an ensemble generates). */
  readonly generateMs: number;
  /** Generation + the connectivity figures, per network. */
  readonly generateConnectivityMs: number;
  /** Generating the graphology graph of one network (`generateNetwork`), for reference. */
  readonly graphMs: number;
  readonly families: readonly FamilyCost[];
}

/** Per-network costs on `runs` networks of `model` (seeds 1…runs), sweeps' betweenness pivots. */
export function figureFamilyCosts(model: ResolvedModel, runs: number): FigureCosts {
  const tieTypes = model.ties.map((t) => t.id);
  const options = (seed: number) => ({ seed, betweennessSamples: SWEEP_BETWEENNESS_SAMPLES, tieTypes, ...metricsOptionsFor(model) });
  const gen: number[] = [];
  const genConn: number[] = [];
  const graph: number[] = [];
  const per = new Map<FigureFamily | 'all', number[]>([...ALL_FIGURE_FAMILIES, 'all' as const].map((f) => [f, []]));
  // One warm-up network (compilation), not counted.
  computeFiguresOfArrays(networkArrays(model, generateDrawn(model, { seed: 0 })), ALL_FIGURE_FAMILIES, options(0));
  generateNetwork(model, { seed: 0 });
  for (let seed = 1; seed <= runs; seed++) {
    let t = performance.now();
    const net = networkArrays(model, generateDrawn(model, { seed }));
    const g = performance.now() - t;
    gen.push(g);
    t = performance.now();
    computeFiguresOfArrays(net, ['connectivity'], options(seed));
    genConn.push(g + performance.now() - t);
    t = performance.now();
    generateNetwork(model, { seed });
    graph.push(performance.now() - t);
    for (const family of [...ALL_FIGURE_FAMILIES, 'all' as const]) {
      t = performance.now();
      computeFiguresOfArrays(net, family === 'all' ? ALL_FIGURE_FAMILIES : [family], options(seed));
      per.get(family)!.push(performance.now() - t);
    }
  }
  return {
    runs,
    generateMs: median(gen),
    generateConnectivityMs: median(genConn),
    graphMs: median(graph),
    families: [...per].map(([family, ms]) => ({ family, needs: family === 'all' ? ['everything'] : [...FIGURE_FAMILIES[family]], medianMs: median(ms) })),
  };
}
