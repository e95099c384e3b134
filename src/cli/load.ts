import { parseOverride, resolveModel, type AssumptionValue, type ResolvedModel } from '../model/index.js';
import { ModelOverrideSchema, ModelSpecSchema, parseJsonText, parseWith, SurveySchema, type ModelSpec, type Survey } from '../schemas/index.js';
import { builtInPath, readTextFile } from './files.js';

/** Reads and validates a survey file (the built-in one by default). */
export function loadSurvey(path?: string): Survey {
  const file = path ?? builtInPath('survey.json');
  const label = path ?? 'survey.json';
  return parseWith(SurveySchema, parseJsonText(readTextFile(file, label), label), label);
}

/** Reads and validates a full model spec (the built-in data/model.json by default). */
export function loadModelSpec(path?: string): ModelSpec {
  const file = path ?? builtInPath('model.json');
  const label = path ?? 'model.json';
  return parseWith(ModelSpecSchema, parseJsonText(readTextFile(file, label), label), label);
}

export interface GenerationFlags {
  seed: number;
  scale: number;
  set: string[];
  model?: string;
  survey?: string;
}

/**
 * Resolves the model the way every generating command does: built-in survey and spec, then a
 * `--model FILE` (a full spec, or just `{"assumptions": {…}}`), then each `--set name=value`.
 */
export function resolveFromFlags(flags: GenerationFlags): { survey: Survey; spec: ModelSpec; model: ResolvedModel } {
  const survey = loadSurvey(flags.survey);
  let spec = loadModelSpec();
  const overrides: Record<string, { value: AssumptionValue; origin: string }> = {};
  if (flags.model) {
    const raw = parseJsonText(readTextFile(flags.model), flags.model);
    if (raw !== null && typeof raw === 'object' && 'ingredients' in raw) spec = parseWith(ModelSpecSchema, raw, flags.model);
    else {
      const partial = parseWith(ModelOverrideSchema, raw, flags.model);
      for (const [name, v] of Object.entries(partial.assumptions)) overrides[name] = { value: (v !== null && typeof v === 'object' ? (v as { value: AssumptionValue }).value : v) as AssumptionValue, origin: flags.model };
    }
  }
  for (const text of flags.set) {
    const { name, value } = parseOverride(text);
    overrides[name] = { value, origin: '--set' };
  }
  return { survey, spec, model: resolveModel(survey, spec, { scale: flags.scale, overrides }) };
}
