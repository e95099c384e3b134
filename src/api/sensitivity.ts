import { z } from 'zod';
import { OptionError } from '../errors.js';
import { checkNumberOption } from '../options.js';
import { createRng } from '../random/index.js';
import { expected, parseWith } from '../schemas/index.js';
import { saltelliDesign, saltelliPoints, sobolWithBootstrap, splitSaltelliOutputs, type SobolResult } from '../sensitivity/index.js';
import { SeedSchema } from './generate.js';

/** What `sobol` takes. */
export interface SobolInput {
  /** Base sample size N (default 64): the function is evaluated N·(k + 2) times. */
  readonly n?: number;
  /** Seeds the design and the bootstrap (default 1). */
  readonly seed?: number;
  /** Bootstrap resamples for the intervals (default 1000). */
  readonly resamples?: number;
}

const Options = z.strictObject({
  n: z.number().int(expected('an integer')).min(2, expected('an integer in [2, 100000]')).max(100_000, expected('an integer in [2, 100000]')).optional(),
  seed: SeedSchema,
  resamples: z.number().int(expected('an integer')).min(10, expected('an integer ≥ 10')).max(100_000, expected('an integer ≤ 100000')).optional(),
});

/** The largest Saltelli design `sobol` builds, in numbers ((k + 2) × n points of k numbers; about 1 GB of memory). */
const MAX_DESIGN_NUMBERS = 50_000_000;

/**
 * Sobol' sensitivity indices (first order S1 and total ST, with 95% bootstrap intervals) of a
 * function of `k` inputs in [0, 1): the Saltelli design `collabnet sensitivity` uses, with the
 * function the script supplies — typically: map the point to assumption overrides, build the
 * model, generate, and return one figure.
 *
 * @example
 * ```ts
 * import { sobol } from 'collabnet';
 * const result = sobol(2, ([a, b]) => a! + 0.1 * b!, { n: 256 });
 * console.log(result.S1.map((e) => e.value)); // ≈ [0.99, 0.01]
 * ```
 */
export function sobol(k: number, evaluate: (point: readonly number[]) => number, options: SobolInput = {}): SobolResult {
  const o = parseWith(Options, options, 'sobol');
  checkNumberOption('sobol', 'k', k, { min: 1, max: 1000, integer: true });
  if (typeof evaluate !== 'function') throw new OptionError('sobol', 'evaluate', 'a function of a point (an array of k numbers in [0, 1]) returning a number', evaluate);
  const n = o.n ?? 64;
  // The design holds (k + 2) × n points of k numbers: past this size it is an out-of-memory crash, not an answer.
  const numbers = (k + 2) * n * k;
  if (numbers > MAX_DESIGN_NUMBERS) throw new OptionError('sobol', 'n', `(k + 2) × n × k ≤ ${MAX_DESIGN_NUMBERS.toLocaleString('en-US')} numbers in the design (lower n or k)`, n, `sobol: n: ${n} with k = ${k} makes a design of ${numbers.toLocaleString('en-US')} numbers; expected at most ${MAX_DESIGN_NUMBERS.toLocaleString('en-US')} (lower n or k)`);
  const rng = createRng(o.seed ?? 1);
  const design = saltelliDesign(n, k, rng);
  const y = saltelliPoints(design).map(({ point }) => evaluate(point));
  return sobolWithBootstrap(splitSaltelliOutputs(n, k, y), rng, o.resamples ?? 1000);
}
