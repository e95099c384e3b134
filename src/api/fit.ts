import { z } from 'zod';
import { fitEnsemble, summarizeRuns, type FitRun, type Summarized as SummarizedOf } from '../fit/index.js';
import { scenarioModel } from '../scenarios/index.js';
import { expected, parseWith } from '../schemas/index.js';
import { SeedSchema } from './generate.js';
import { leverSettings, LeversSchema, TSchema, type LeverInput } from './levers.js';
import type { Model } from './model.js';
import { checkModel } from './guards.js';

/** What `fit` takes. */
export interface FitInput {
  /** Seed of run 0; run i uses seed + i (default 1). */
  readonly seed?: number;
  /** Networks (default 1). */
  readonly runs?: number;
  readonly levers?: readonly LeverInput[];
  /** Where the levers stand, 0–1 (default 1). */
  readonly t?: number;
}

const Options = z.strictObject({ seed: SeedSchema, runs: z.number().int(expected('an integer')).min(1, expected('an integer in [1, 10000]')).max(10_000, expected('an integer in [1, 10000]')).optional(), levers: LeversSchema, t: TSchema });

/**
 * How well generated networks reproduce the survey (what `collabnet fit --format json` reports):
 * every run's fit (bin shares against the survey per tie type and side, implied against realized
 * totals, ties dropped to keep the graph simple) and their summary, mean with a 95% interval.
 *
 * @example
 * ```ts
 * import { fit } from 'collabnet';
 * const { summary } = fit(model, { runs: 20 });
 * for (const side of summary.sides) console.log(side.tieType, side.side, side.tvd.mean);
 * ```
 */
export function fit(model: Model, options: FitInput = {}): { runs: FitRun[]; summary: SummarizedOf<FitRun> } {
  checkModel(model, 'fit');
  const o = parseWith(Options, options, 'fit');
  const resolved = scenarioModel(model, model.levers, leverSettings(model, o.levers, 'fit'), o.t ?? 1);
  const runs = fitEnsemble(resolved, { seed: o.seed ?? 1, runs: o.runs ?? 1 });
  return { runs, summary: summarizeRuns(runs) };
}
