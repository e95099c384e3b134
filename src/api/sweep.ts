import { z } from 'zod';
import type { FigureFamily } from '../metrics/index.js';
import { evaluateInline, firstCrossing, runSweep, type SweepResult, type Threshold, type Interval } from '../scenarios/index.js';
import { expected, parseWith } from '../schemas/index.js';
import { SeedSchema } from './generate.js';
import { leverSettings, LeversSchema, type LeverInput } from './levers.js';
import { FamiliesSchema } from './metrics.js';
import type { Model } from './model.js';
import { checkArray, checkModel, checkString } from './guards.js';
import { OptionError } from '../errors.js';

/** What `sweep` takes. */
export interface SweepInput {
  /** The levers swept (names, or settings with a strength or a fixed t). At least one. */
  readonly levers: readonly LeverInput[];
  /** Names the scenario in the result (default: the lever names joined by `+`). */
  readonly name?: string;
  /** First t (default 0). */
  readonly from?: number;
  /** Last t (default 1). */
  readonly to?: number;
  /** Grid points from `from` to `to` (default 11). */
  readonly steps?: number;
  /** Networks per step; run i uses seed + i at every step (paired; default 100). */
  readonly runs?: number;
  /** Seed of run 0 (default 1). */
  readonly seed?: number;
  /** Figure families (all by default; the spec's thresholds are then checked too). */
  readonly families?: readonly FigureFamily[];
  /** Betweenness pivot sources per network (default 256; null: exact). */
  readonly betweennessSamples?: number | null;
  /** Called as networks are done. */
  readonly onProgress?: (done: number, total: number) => void;
}

const Options = z.strictObject({
  levers: LeversSchema.unwrap().min(1, expected('at least one lever')),
  name: z.string().min(1, expected('a name')).optional(),
  from: z.number().optional(),
  to: z.number().optional(),
  steps: z.number().optional(),
  runs: z.number().optional(),
  seed: SeedSchema,
  families: FamiliesSchema.optional(),
  betweennessSamples: z.number().nullable().optional(),
  onProgress: z.function().optional(),
});

/**
 * What happens when collaboration increases (`collabnet scenario`): levers swept from the
 * baseline (t = 0) toward their ceilings (t = 1); at each step `runs` networks, every figure as
 * mean with a 95% interval, and where each threshold of the spec's outcomes is first met. Runs in
 * the calling thread.
 *
 * @example
 * ```ts
 * import { sweep } from 'collabnet';
 * const result = await sweep(model, { levers: ['clinician-engagement'], steps: 5, runs: 20 });
 * for (const step of result.steps) console.log(step.t, step.metrics['reach_2.company']?.mean);
 * ```
 */
export async function sweep(model: Model, options: SweepInput): Promise<SweepResult> {
  checkModel(model, 'sweep');
  const o = parseWith(Options, options, 'sweep');
  const levers = leverSettings(model, o.levers, 'sweep');
  const { levers: _l, name, families, onProgress, ...rest } = o;
  return runSweep(model, model.levers, name ?? levers.map((l) => l.lever).join('+'), levers, {
    ...rest,
    ...(families ? { figures: families } : {}),
    ...(onProgress ? { onProgress: onProgress as (done: number, total: number) => void } : {}),
    evaluate: evaluateInline,
  });
}

/**
 * The smallest t at which a figure's mean first reaches `value` (`rises`) or falls below it
 * (`falls`) along a sweep's steps: the grid point and the linear interpolation before it; null
 * when the swept range never gets there.
 *
 * @example
 * ```ts
 * import { sweep, threshold } from 'collabnet';
 * const result = await sweep(model, { levers: ['clinician-engagement'], runs: 20 });
 * console.log(threshold(result.steps, 'giant_share.hospital', 0.4, 'rises').t);
 * ```
 */
export function threshold(steps: readonly { t: number; metrics: Readonly<Record<string, Interval>> }[], metric: string, value: number, direction: 'rises' | 'falls'): Threshold {
  checkArray(steps, 'threshold', 'steps', 'an array of sweep steps ({ t, metrics })');
  checkString(metric, 'threshold', 'metric', 'a figure name');
  if (typeof value !== 'number' || !Number.isFinite(value)) throw new OptionError('threshold', 'value', 'a finite number', value);
  if (direction !== 'rises' && direction !== 'falls') throw new OptionError('threshold', 'direction', '"rises" or "falls"', direction);
  return firstCrossing(steps, metric, value, direction);
}
