import { dirname, isAbsolute, join } from 'node:path';
import { InputError } from '../errors.js';
import { parseOverride, resolveModel, type AssumptionValue, type ResolvedModel } from '../model/index.js';
import { checkAssumptionValue, unknownAssumption } from '../model/assumptions.js';
import type { ScenarioBase } from '../scenarios/index.js';
import { ModelOverrideSchema, parseJsonText, parseWith, SpecSchema, SurveySchema, type Spec, type Survey } from '../schemas/index.js';
import { builtInPath, readTextFile } from './files.js';
import { describeValue } from '../errors.js';

/** The built-in spec: the paper's network. */
export const BUILT_IN_SPEC = 'model.json';

/** A spec read from a file, with where its survey lives. */
export interface LoadedSpec {
  readonly spec: Spec;
  readonly path: string;
  readonly label: string;
}

/** Reads and validates a spec file (the built-in data/model.json by default). */
export function loadSpec(path?: string): LoadedSpec {
  const file = path ?? builtInPath(BUILT_IN_SPEC);
  const label = path ?? BUILT_IN_SPEC;
  const raw = parseJsonText(readTextFile(file, label), label);
  if (raw !== null && typeof raw === 'object' && 'ingredients' in raw)
    throw new InputError(`${label}: a version 1 model file (ingredients/assumptions); expected a version 2 spec (sectors, tieTypes, assumptions, levers, outcomes) — see data/model.json and README "Your own survey"`);
  return { spec: parseWith(SpecSchema, raw, label), path: file, label };
}

/** Reads and validates the survey a spec names (relative to the spec file), or `surveyPath` when given. */
export function loadSurveyFor(loaded: LoadedSpec, surveyPath?: string): Survey {
  const file = surveyPath ?? (isAbsolute(loaded.spec.survey) ? loaded.spec.survey : join(dirname(loaded.path), loaded.spec.survey));
  const label = surveyPath ?? (loaded.label === BUILT_IN_SPEC ? loaded.spec.survey : file);
  return parseWith(SurveySchema, parseJsonText(readTextFile(file, label), label), label);
}

export interface SpecFlags {
  seed?: number;
  scale: number;
  set: string[];
  model?: string | undefined;
  survey?: string | undefined;
  spec?: string | undefined;
}

/**
 * Resolves the model the way every generating command does: the spec (`--spec FILE`, or the
 * built-in one) and its survey (or `--survey FILE`), then a `--model FILE` (a full spec, or just
 * `{"assumptions": {…}}`), then each `--set name=value`.
 */
export function resolveFromFlags(flags: SpecFlags): { survey: Survey; spec: Spec; model: ResolvedModel; base: ScenarioBase; loaded: LoadedSpec } {
  let loaded = loadSpec(flags.spec);
  const overrides: Record<string, { value: AssumptionValue; origin: string }> = {};
  if (flags.model) {
    const raw = parseJsonText(readTextFile(flags.model), flags.model);
    if (raw !== null && typeof raw === 'object' && ('sectors' in raw || 'ingredients' in raw)) loaded = loadSpec(flags.model);
    else {
      const partial = parseWith(ModelOverrideSchema, raw, flags.model);
      const problems: string[] = [];
      for (const [name, v] of Object.entries(partial.assumptions)) {
        const value = v !== null && typeof v === 'object' && 'value' in v ? (v as { value: unknown }).value : v;
        const def = Object.hasOwn(loaded.spec.assumptions, name) ? loaded.spec.assumptions[name] : undefined;
        if (!def) problems.push(`${flags.model}: assumptions.${name}: ${unknownAssumption(loaded.spec, name)}`);
        else {
          const problem = checkAssumptionValue(def, value);
          if (problem) problems.push(`${flags.model}: assumptions.${name}: ${problem}, got ${describeValue(value)}`);
          else overrides[name] = { value: value as AssumptionValue, origin: flags.model };
        }
      }
      if (problems.length) throw new InputError(problems);
    }
  }
  const survey = loadSurveyFor(loaded, flags.survey);
  for (const text of flags.set) {
    const { name, value } = parseOverride(loaded.spec, text);
    overrides[name] = { value, origin: '--set' };
  }
  const options = { scale: flags.scale, overrides, file: loaded.label };
  const model = resolveModel(survey, loaded.spec, options);
  return { survey, spec: loaded.spec, model, base: { survey, spec: loaded.spec, options, baseline: model }, loaded };
}
