import { z } from 'zod';
import type { FigureFamily } from '../metrics/index.js';
import { compareFigures, evaluateInline, runSweep, type CompareRow } from '../scenarios/index.js';
import { parseWith } from '../schemas/index.js';
import { SeedSchema } from './generate.js';
import { leverSettings, LeversSchema, TSchema, type LeverInput } from './levers.js';
import { FamiliesSchema } from './metrics.js';
import type { Model } from './model.js';
import { checkModel } from './guards.js';

/** What `compare` takes. */
export interface CompareInput {
  /** The scenario's levers. */
  readonly levers: readonly LeverInput[];
  /** The other side's levers (default none: the survey baseline). */
  readonly against?: readonly LeverInput[];
  /** Where both sides' levers stand (default 1). */
  readonly t?: number;
  /** Networks each side; run i uses seed + i on both (default 100). */
  readonly runs?: number;
  /** Seed of run 0 (default 1). */
  readonly seed?: number;
  /** Figure families (all by default). */
  readonly families?: readonly FigureFamily[];
  /** Betweenness pivot sources per network (default 256; null: exact). */
  readonly betweennessSamples?: number | null;
}

const Options = z.strictObject({ levers: LeversSchema.unwrap(), against: LeversSchema, t: TSchema, runs: z.number().optional(), seed: SeedSchema, families: FamiliesSchema.optional(), betweennessSamples: z.number().nullable().optional() });

/**
 * A scenario against the baseline (or another set of levers), paired run by run on the same
 * seeds (`collabnet compare`): every figure's mean and 95% interval on each side and of the
 * paired difference scenario − baseline.
 *
 * @example
 * ```ts
 * import { compare } from 'collabnet';
 * const rows = compare(model, { levers: ['clinician-engagement'], runs: 30 });
 * const reach = (await rows).find((r) => r.metric === 'reach_2.company');
 * console.log(reach?.difference); // { mean, lo, hi, runs }
 * ```
 */
export async function compare(model: Model, options: CompareInput): Promise<CompareRow[]> {
  checkModel(model, 'compare');
  const o = parseWith(Options, options, 'compare');
  const t = o.t ?? 1;
  const common = { from: t, to: t, steps: 1, ...(o.runs !== undefined ? { runs: o.runs } : {}), ...(o.seed !== undefined ? { seed: o.seed } : {}), ...(o.families ? { figures: o.families } : {}), ...(o.betweennessSamples !== undefined ? { betweennessSamples: o.betweennessSamples } : {}), evaluate: evaluateInline };
  const side = async (levers: readonly LeverInput[] | undefined, where: string) => (await runSweep(model, model.levers, where, leverSettings(model, levers, `compare: ${where}`), common)).figures[0]!;
  const a = await side(o.against, 'against');
  const b = await side(o.levers, 'levers');
  return compareFigures(a, b);
}
