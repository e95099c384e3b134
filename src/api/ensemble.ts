import { z } from 'zod';
import { OptionError } from '../errors.js';
import { stat } from '../fit/index.js';
import type { FigureFamily, Figures } from '../metrics/index.js';
import { ALL_FIGURE_FAMILIES } from '../metrics/index.js';
import { networkFiguresFor, scenarioModel, summarizeStep, SWEEP_BETWEENNESS_SAMPLES, type Interval } from '../scenarios/index.js';
import { expected, parseWith } from '../schemas/index.js';
import { SeedSchema } from './generate.js';
import { FamiliesSchema } from './metrics.js';
import { leverSettings, LeversSchema, TSchema, type LeverInput } from './levers.js';
import type { Model } from './model.js';
import { checkArray, checkModel } from './guards.js';

/** What `ensemble` takes. */
export interface EnsembleInput {
  /** Networks (default 20); run i uses seed + i. */
  readonly runs?: number;
  /** Seed of run 0 (default 1). */
  readonly seed?: number;
  /** Figure families (all by default). */
  readonly families?: readonly FigureFamily[];
  /** Betweenness pivot sources per network (default 256, as sweeps; null: exact). */
  readonly betweennessSamples?: number | null;
  readonly levers?: readonly LeverInput[];
  /** Where the levers stand, 0–1 (default 1). */
  readonly t?: number;
}

const Options = z.strictObject({
  runs: z.number().int(expected('an integer')).min(1, expected('an integer in [1, 100000]')).max(100_000, expected('an integer in [1, 100000]')).optional(),
  seed: SeedSchema,
  families: FamiliesSchema.optional(),
  betweennessSamples: z.number().int(expected('an integer')).min(1, expected('an integer ≥ 1')).nullable().optional(),
  levers: LeversSchema,
  t: TSchema,
});

/**
 * The figures of `runs` networks of a model (seeds seed … seed+runs−1), each with its fit to the
 * survey (`fit.tvd.…`): an ensemble to summarize with `intervals` or compare with a real network.
 *
 * @example
 * ```ts
 * import { ensemble, intervals } from 'collabnet';
 * const runs = ensemble(model, { runs: 50, families: ['connectivity'] });
 * console.log(intervals(runs)['giant_share']); // { mean, lo, hi, runs }
 * ```
 */
export function ensemble(model: Model, options: EnsembleInput = {}): Figures[] {
  checkModel(model, 'ensemble');
  const o = parseWith(Options, options, 'ensemble');
  const resolved = scenarioModel(model, model.levers, leverSettings(model, o.levers, 'ensemble'), o.t ?? 1);
  const families = (o.families ?? ALL_FIGURE_FAMILIES) as FigureFamily[];
  const samples = o.betweennessSamples === undefined ? SWEEP_BETWEENNESS_SAMPLES : o.betweennessSamples;
  return Array.from({ length: o.runs ?? 20 }, (_, i) => networkFiguresFor(resolved, ((o.seed ?? 1) + i) | 0, samples, families));
}

/** Which interval `intervals` gives: of the mean (`mean`), or where single networks fall (`spread`). */
export type IntervalKind = 'mean' | 'spread';

/**
 * Every figure over runs, with an interval: `mean` (default) gives the 95% confidence interval of
 * the mean (Student t) — for telling two ensembles apart; `spread` gives the 2.5th–97.5th
 * percentile of the runs — where a single network of the model falls, for judging one observed
 * network against it. Values that are not finite are left out (`runs` says how many counted).
 *
 * @example
 * ```ts
 * import { intervals } from 'collabnet';
 * intervals([{ x: 1 }, { x: 2 }, { x: 3 }]).x; // { mean: 2, lo: -0.48…, hi: 4.48…, runs: 3 }
 * intervals([{ x: 1 }, { x: 2 }, { x: 3 }], 'spread').x; // { mean: 2, lo: 1.05, hi: 2.95, runs: 3 }
 * ```
 */
export function intervals(runs: readonly Figures[], kind: IntervalKind = 'mean'): Record<string, Interval> {
  if (kind !== 'mean' && kind !== 'spread') throw new OptionError('intervals', 'kind', '"mean" or "spread"', kind);
  checkArray(runs, 'intervals', 'runs', "an array of figure records (from ensemble or figures)");
  if (kind === 'mean') return { ...summarizeStep(0, runs).metrics };
  const names = new Set<string>();
  for (const r of runs) for (const k of Object.keys(r)) names.add(k);
  const out: Record<string, Interval> = {};
  for (const k of names) {
    const xs = runs.map((r) => r[k] ?? NaN).filter((v) => Number.isFinite(v));
    const s = stat(xs);
    out[k] = { mean: s.mean, lo: s.lo, hi: s.hi, runs: xs.length };
  }
  return out;
}
