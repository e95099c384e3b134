import { z } from 'zod';
import { InputError } from '../errors.js';
import type { ResolvedModel } from '../model/index.js';
import { checkLeverName, scenarioModel, type LeverSetting } from '../scenarios/index.js';
import { expected, parseWith } from '../schemas/index.js';
import type { Model } from './model.js';
import { checkModel } from './guards.js';

/** A lever as a script names it: its id (swept with t), or a setting with a strength or a fixed t. */
export type LeverInput = string | LeverSetting;

/** zod schema of a list of levers (names or settings). */
export const LeversSchema = z
  .array(
    z.union([
      z.string(),
      z.strictObject({
        lever: z.string(),
        strength: z.number().min(0, expected('a strength in [0, 10]')).max(10, expected('a strength in [0, 10]')).optional(),
        t: z.number().min(0, expected('t in [0, 1]')).max(1, expected('t in [0, 1]')).optional(),
      }),
    ]),
  )
  .optional();

/** zod schema of where the levers stand. */
export const TSchema = z.number().min(0, expected('t in [0, 1]')).max(1, expected('t in [0, 1]')).optional();

/** Checks lever names against the model's spec (each once) and returns settings. */
export function leverSettings(model: Model, levers: readonly LeverInput[] | undefined, where: string): LeverSetting[] {
  const settings = (levers ?? []).map((l) => (typeof l === 'string' ? { lever: l } : l));
  const problems: string[] = [];
  settings.forEach((s, i) => {
    try {
      checkLeverName(model.spec, s.lever, `${where}: levers.${i}`);
    } catch (err) {
      if (!(err instanceof InputError)) throw err;
      problems.push(...err.problems);
    }
    const j = settings.findIndex((o) => o.lever === s.lever);
    if (j < i) problems.push(`${where}: levers.${i}: "${s.lever}" is already given (levers.${j}); expected each lever once`);
  });
  if (problems.length) throw new InputError(problems);
  return settings.map((s) => ({ lever: s.lever, ...(s.strength !== undefined ? { strength: s.strength } : {}), ...(s.t !== undefined ? { t: s.t } : {}) }));
}

/**
 * The resolved model with levers moved to `t` (0: the baseline, 1: every lever at its ceiling):
 * each lever's quantities move linearly from baseline to ceiling, populations held at the
 * baseline's. Without levers: the baseline itself.
 *
 * @example
 * ```ts
 * import { modelAt } from 'collabnet';
 * const halfway = modelAt(model, { levers: ['clinician-engagement'], t: 0.5 });
 * console.log(halfway.assumptions.find((a) => a.name === 'clinician-company-engagement')?.value);
 * ```
 */
export function modelAt(model: Model, options: { levers?: readonly LeverInput[]; t?: number } = {}): ResolvedModel {
  checkModel(model, 'modelAt');
  const o = parseLeverOptions(options, 'modelAt');
  return scenarioModel(model, model.levers, leverSettings(model, o.levers, 'modelAt'), o.t ?? 1);
}

function parseLeverOptions(options: unknown, fn: string): { levers?: LeverInput[] | undefined; t?: number | undefined } {
  return parseWith(z.strictObject({ levers: LeversSchema, t: TSchema }), options ?? {}, fn);
}
