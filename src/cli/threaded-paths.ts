import type Graph from 'graphology';
import { exactPathMethod, resolveMetricsOptions, toCsr, type PathMetrics } from '../metrics/index.js';
import { parallelFoldedPathCentralities, SPREAD_MIN_STEPS } from './fold-parallel.js';
import { workerCount } from './pool.js';

/**
 * Betweenness and harmonic closeness for `computeMetrics(graph, options, paths)` computed on
 * worker threads, or undefined to let it compute them in-process: when the options sample
 * (sampled betweenness stays on one thread), when one worker is asked for, or, with no setting
 * (the CLI's default), when the exact search is too short to pay for starting threads
 * (`SPREAD_MIN_STEPS`). Same bits as the in-process result for every worker count.
 */
export async function threadedPathMetrics(graph: Graph, options: Parameters<typeof resolveMetricsOptions>[0], setting: number | 'auto' | undefined): Promise<PathMetrics | undefined> {
  const workers = workerCount(setting ?? 'auto');
  if (workers <= 1) return undefined;
  const opts = resolveMetricsOptions(options);
  const csr = toCsr(graph, { weightAttribute: opts.weightAttribute });
  const method = exactPathMethod(csr, opts);
  if (!method) return undefined;
  const r = await parallelFoldedPathCentralities(csr, workers, { minSteps: spreadMinSteps(setting) });
  return { betweenness: r.betweenness, harmonic: r.harmonic, method };
}

/**
 * The fewest search steps worth spreading over threads for a `--workers` setting: none given or
 * `auto` spreads only searches long enough to pay for starting threads; an explicit count always
 * spreads (a user asking for N threads gets N).
 */
export function spreadMinSteps(setting: number | 'auto' | undefined): number {
  return setting === undefined || setting === 'auto' ? SPREAD_MIN_STEPS : 0;
}
