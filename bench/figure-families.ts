/**
 * What an ensemble pays per network for each figure family (src/metrics/figure-registry.ts):
 * generation alone, then each family alone on the generated network (its CSR and sector codes
 * included, so every row is what a sweep of that family alone pays beyond generation), and
 * generation + connectivity together, the cheapest useful sweep. Medians over `runs` networks.
 */
import { median } from 'simple-statistics';
import { generateNetwork } from '../src/generator/index.js';
import { ALL_FIGURE_FAMILIES, computeFigures, FIGURE_FAMILIES, type FigureFamily } from '../src/metrics/index.js';
import { metricsOptionsFor, SWEEP_BETWEENNESS_SAMPLES } from '../src/scenarios/index.js';
import type { ResolvedModel } from '../src/model/index.js';

export interface FamilyCost {
  readonly family: FigureFamily | 'all';
  readonly needs: readonly string[];
  readonly medianMs: number;
}

export interface FigureCosts {
  readonly runs: number;
  readonly generateMs: number;
  /** Generation + the connectivity figures, per network. */
  readonly generateConnectivityMs: number;
  readonly families: readonly FamilyCost[];
}

/** Per-network costs on `runs` networks of `model` (seeds 1…runs), sweeps' betweenness pivots. */
export function figureFamilyCosts(model: ResolvedModel, runs: number): FigureCosts {
  const tieTypes = model.ties.map((t) => t.id);
  const options = (seed: number) => ({ seed, betweennessSamples: SWEEP_BETWEENNESS_SAMPLES, tieTypes, ...metricsOptionsFor(model) });
  const gen: number[] = [];
  const genConn: number[] = [];
  const per = new Map<FigureFamily | 'all', number[]>([...ALL_FIGURE_FAMILIES, 'all' as const].map((f) => [f, []]));
  // One warm-up network (compilation), not counted.
  computeFigures(generateNetwork(model, { seed: 0 }).graph, ALL_FIGURE_FAMILIES, options(0));
  for (let seed = 1; seed <= runs; seed++) {
    let t = performance.now();
    const { graph } = generateNetwork(model, { seed });
    const g = performance.now() - t;
    gen.push(g);
    t = performance.now();
    computeFigures(graph, ['connectivity'], options(seed));
    genConn.push(g + performance.now() - t);
    for (const family of [...ALL_FIGURE_FAMILIES, 'all' as const]) {
      t = performance.now();
      computeFigures(graph, family === 'all' ? ALL_FIGURE_FAMILIES : [family], options(seed));
      per.get(family)!.push(performance.now() - t);
    }
  }
  return {
    runs,
    generateMs: median(gen),
    generateConnectivityMs: median(genConn),
    families: [...per].map(([family, ms]) => ({ family, needs: family === 'all' ? ['everything'] : [...FIGURE_FAMILIES[family]], medianMs: median(ms) })),
  };
}
