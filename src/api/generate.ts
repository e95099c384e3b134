import { z } from 'zod';
import { generateNetwork, type CollabGraph, type GenerationRecord } from '../generator/index.js';
import type { ResolvedModel } from '../model/index.js';
import { scenarioModel } from '../scenarios/index.js';
import { expected, parseWith } from '../schemas/index.js';
import { leverSettings, LeversSchema, TSchema, type LeverInput } from './levers.js';
import type { Model } from './model.js';
import { checkModel } from './guards.js';

/** What `generate` takes. */
export interface GenerateInput {
  /** Seed of the network (an integer; default 1). The same model and seed give the same network. */
  readonly seed?: number;
  /** Levers moved (names, or settings with a strength or fixed t); none: the baseline. */
  readonly levers?: readonly LeverInput[];
  /** Where the levers stand, 0–1 (default 1). */
  readonly t?: number;
}

/** Integer seed as the CLI's `--seed` takes it. */
export const SeedSchema = z.number().int(expected('an integer')).min(-(2 ** 31), expected('an integer ≥ -2147483648')).max(2 ** 32 - 1, expected('an integer ≤ 4294967295')).optional();

const Options = z.strictObject({ seed: SeedSchema, levers: LeversSchema, t: TSchema });

/**
 * Generates one network of a model (with levers at `t` when given): a graphology graph whose
 * nodes carry `sector` and `label`, edges `weight` and `type`, plus what the generator did (the
 * record the fit report reads) and the resolved model it drew from.
 *
 * @example
 * ```ts
 * import { generate } from 'collabnet';
 * const { graph } = generate(model, { seed: 42, levers: ['clinician-engagement'], t: 0.5 });
 * console.log(graph.order, graph.size);
 * ```
 */
export function generate(model: Model, options: GenerateInput = {}): { graph: CollabGraph; record: GenerationRecord; model: ResolvedModel } {
  checkModel(model, 'generate');
  const o = parseWith(Options, options, 'generate');
  const resolved = scenarioModel(model, model.levers, leverSettings(model, o.levers, 'generate'), o.t ?? 1);
  const { graph, record } = generateNetwork(resolved, { seed: o.seed ?? 1 });
  return { graph, record, model: resolved };
}
