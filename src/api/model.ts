import { z } from 'zod';
import { describeValue, InputError } from '../errors.js';
import { checkAssumptionValue, resolveModel, unknownAssumption, type AssumptionValue, type ResolvedModel } from '../model/index.js';
import { leverCatalog, type Lever, type ScenarioBase } from '../scenarios/index.js';
import { expected, parseWith, type Spec, type Survey } from '../schemas/index.js';
import { loadSpec, loadSurvey } from './load.js';

/**
 * A resolved model ready to generate from: the survey and spec it came from, how it was
 * resolved, the baseline (no lever moved) and the lever catalog (each lever's quantities with
 * their baseline and ceiling). Plain data: it can be sent to a worker or saved as JSON.
 */
export interface Model extends ScenarioBase {
  /** The spec's levers with their baseline (t = 0) and ceiling (t = 1) levels. */
  readonly levers: readonly Lever[];
}

/** What `createModel` takes. */
export interface ModelInput {
  /** The spec (an object or JSON text, validated; `loadSpecFile()` of `collabnet/node` gives the shipped one). */
  readonly spec: unknown;
  /** The survey the spec reads (an object or JSON text, validated). */
  readonly survey: unknown;
  /** Multiplies every population and respondent count (default 1). */
  readonly scale?: number;
  /** Assumption values by name, as `--set NAME=VALUE` gives them (checked against the spec). */
  readonly overrides?: Readonly<Record<string, AssumptionValue>>;
  /** Lever ceilings by `LEVER.KEY`, as `--ceiling` gives them (checked against the catalog). */
  readonly ceilings?: Readonly<Record<string, number>>;
  /** Names the spec in messages (default `spec`). */
  readonly specLabel?: string;
  /** Names the survey in messages (default `survey`). */
  readonly surveyLabel?: string;
}

const Options = z.strictObject({
  spec: z.unknown(),
  survey: z.unknown(),
  scale: z.number().positive(expected('a number > 0')).max(1000, expected('a number ≤ 1000')).optional(),
  overrides: z.record(z.string(), z.union([z.number(), z.string()])).optional(),
  ceilings: z.record(z.string(), z.number()).optional(),
  specLabel: z.string().optional(),
  surveyLabel: z.string().optional(),
});

/** Overrides with where each came from, checked against the spec's assumptions (every problem listed). */
export function checkOverrides(spec: Spec, overrides: Readonly<Record<string, unknown>>, origin: string): Record<string, { value: AssumptionValue; origin: string }> {
  const out: Record<string, { value: AssumptionValue; origin: string }> = {};
  const problems: string[] = [];
  for (const [name, value] of Object.entries(overrides)) {
    const def = Object.hasOwn(spec.assumptions, name) ? spec.assumptions[name] : undefined;
    if (!def) problems.push(`${origin}: ${name}: ${unknownAssumption(spec, name)}`);
    else {
      const problem = checkAssumptionValue(def, value);
      if (problem) problems.push(`${origin}: ${name}: ${problem}, got ${describeValue(value)}`);
      else out[name] = { value: value as AssumptionValue, origin };
    }
  }
  if (problems.length) throw new InputError(problems);
  return out;
}

/** The lever catalog with ceiling overrides, each checked against the catalog's keys and ranges (every problem listed). */
export function catalogFor(survey: Survey, spec: Spec, baseline: ResolvedModel, ceilings: Readonly<Record<string, number>>, origin: string): Lever[] {
  const problems: string[] = [];
  for (const [key, value] of Object.entries(ceilings)) {
    try {
      leverCatalog(survey, spec, baseline, Object.defineProperty(Object.create(null), key, { value, enumerable: true }));
    } catch (err) {
      if (!(err instanceof InputError)) throw err;
      problems.push(`${origin}: ${key}: ${err.message.replace(/^ceiling "[^"]*": /, '')}`);
    }
  }
  if (problems.length) throw new InputError(problems);
  return leverCatalog(survey, spec, baseline, ceilings);
}

/** Builds a `Model` from validated parts and overrides that already carry their origin. */
export function modelFrom(survey: Survey, spec: Spec, options: { scale: number; overrides: Record<string, { value: AssumptionValue; origin: string }>; file: string }, ceilings: Readonly<Record<string, number>> = {}, ceilingOrigin = 'ceilings'): Model {
  const baseline = resolveModel(survey, spec, options);
  return { survey, spec, options, baseline, levers: catalogFor(survey, spec, baseline, ceilings, ceilingOrigin) };
}

/**
 * Resolves a spec against its survey into a `Model`: populations, degree distributions, tie
 * types and the lever catalog, as every generating command does. Survey and spec are validated
 * (objects passed by a script too); overrides and ceilings are checked against the spec.
 *
 * @example
 * ```ts
 * import { createModel, generate } from 'collabnet';
 * const model = createModel({ spec, survey, scale: 1, overrides: { institutions: 300 } });
 * const { graph } = generate(model, { seed: 7 });
 * ```
 */
export function createModel(input: ModelInput): Model {
  const o = parseWith(Options, input, 'createModel');
  const spec = loadSpec(o.spec, o.specLabel ?? 'spec');
  const survey = loadSurvey(o.survey, o.surveyLabel ?? 'survey');
  const overrides = checkOverrides(spec, o.overrides ?? {}, 'createModel: overrides');
  return modelFrom(survey, spec, { scale: o.scale ?? 1, overrides, file: o.specLabel ?? 'spec' }, o.ceilings ?? {}, 'createModel: ceilings');
}
