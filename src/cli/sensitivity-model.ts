/**
 * How a sensitivity sample point becomes models: the one place `collabnet sensitivity` touches
 * the model format. A point sets assumptions (overrides, like `--set`) and, under survey sampling,
 * redraws the survey; a threshold figure needs the models along a lever's sweep.
 */
import { InputError } from '../errors.js';
import { resolveModel, type AssumptionValue, type ResolvedModel } from '../model/index.js';
import { createRng } from '../random/index.js';
import { leverCatalog, scenarioModel, type LeverName } from '../scenarios/index.js';
import type { ModelSpec, Survey } from '../schemas/index.js';
import { drawSurvey, type InputRange } from '../sensitivity/index.js';
import { resolveFromFlags, type GenerationFlags } from './load.js';

/** One uncertain input: an assumption with its plausible range, or the survey's sampling error. */
export interface UncertainInput {
  readonly name: string;
  readonly range: InputRange;
  readonly why: string;
}

/** The input that stands for the survey's sampling error: u picks one redraw of every reported distribution. */
export const SURVEY_SAMPLING = 'survey-sampling';

/**
 * Plausible ranges of the assumptions the paper does not identify (data/model.json gives each
 * assumption one value; the spec format gives ranges in the spec itself).
 */
export const ASSUMPTION_RANGES: readonly UncertainInput[] = [
  { name: 'clinician-institution-engagement', range: { kind: 'interval', low: 0.08, high: 0.16 }, why: "Table 1: 84% collaborate with no enterprise or institution, 92% with no imaging-device company; the share with an institution lies between 1 − 0.84/0.92 = 8.7% (independence; 8% if all overlap) and 16% (no overlap)" },
  { name: 'companies', range: { kind: 'interval', low: 50, high: 300, integer: true }, why: 'no company count is reported; about a hundred imaging-AI firms (default 100)' },
  { name: 'company-popularity-exponent', range: { kind: 'interval', low: 0.5, high: 1.5 }, why: 'Zipf exponent of partner choice among companies; heavy-tailed, not identified (default 1)' },
  { name: 'tertiary-share', range: { kind: 'interval', low: 0.15, high: 0.35 }, why: 'no tier split of the 2,135 hospitals is given (default 25%)' },
  { name: 'open-bin-extra-mean', range: { kind: 'interval', low: 1, high: 4 }, why: "open bins such as '> 5': mean above the bin minimum (default 2; the text reads '6–10 or beyond')" },
  { name: 'ai-department-engagement-ratio', range: { kind: 'interval', low: 1, high: 4 }, why: 'engagement in hospitals with an AI department relative to those without (default 2)' },
  { name: 'reconciliation', range: { kind: 'set', values: ['balance', 'keep-institutions', 'keep-hospitals'] }, why: "the two sides' implied research–hospital tie totals disagree; which side is kept" },
];

/** What every sample point starts from. */
export interface SensitivityBase {
  readonly survey: Survey;
  readonly spec: ModelSpec;
  readonly scale: number;
  /** Overrides from `--set` / `--model` that are not varied. */
  readonly fixed: Readonly<Record<string, { value: AssumptionValue; origin: string }>>;
  readonly baseline: ResolvedModel;
}

/** Loads the survey and model as every generating command does (`--survey`, `--model`, `--set`). */
export function loadBase(flags: GenerationFlags): SensitivityBase {
  const { survey, spec, model } = resolveFromFlags(flags);
  const fixed: Record<string, { value: AssumptionValue; origin: string }> = {};
  for (const a of model.assumptions) if (a.origin !== 'model.json' && a.origin !== 'auto') fixed[a.name] = { value: a.setting, origin: a.origin };
  return { survey, spec, scale: flags.scale, fixed, baseline: model };
}

/** The inputs to vary: every ranged assumption (or the ones named), plus survey sampling when asked. */
export function selectInputs(names: readonly string[], sampling: boolean, assumptions: boolean): UncertainInput[] {
  const all = [...ASSUMPTION_RANGES, { name: SURVEY_SAMPLING, range: { kind: 'interval', low: 0, high: 1 }, why: 'one redraw of every reported distribution from its sampling distribution (Dirichlet / Beta)' } as UncertainInput];
  if (names.length) {
    for (const n of names) if (!all.some((i) => i.name === n)) throw new InputError(`--inputs ${names.join(',')}: unknown input "${n}"; expected some of ${all.map((i) => i.name).join(', ')}`);
    return all.filter((i) => names.includes(i.name));
  }
  return all.filter((i) => (i.name === SURVEY_SAMPLING ? sampling : assumptions));
}

/** A sample point in model terms: assumption values, and the survey redraw (null: the survey as printed). */
export interface PointSetting {
  readonly values: Readonly<Record<string, number | string>>;
  readonly surveyDraw: number | null;
}

/**
 * The models of one sample point: the baseline figure needs one model; a threshold needs one per
 * t of the lever's sweep (populations held at the point's own baseline). Throws InputError when
 * the point's assumptions cannot be resolved.
 */
export function modelsFor(base: SensitivityBase, point: PointSetting, lever: LeverName | null, ts: readonly number[], icc: number): ResolvedModel[] {
  const overrides: Record<string, { value: AssumptionValue; origin: string }> = { ...base.fixed };
  for (const [name, value] of Object.entries(point.values)) overrides[name] = { value, origin: 'sensitivity' };
  const survey = point.surveyDraw === null ? base.survey : drawSurvey(base.survey, createRng(point.surveyDraw), { clinicianIcc: icc });
  const model = resolveModel(survey, base.spec, { scale: base.scale, overrides });
  if (!lever) return [model];
  const catalog = leverCatalog(survey, model);
  return ts.map((t) => scenarioModel(model, catalog, [{ lever }], t));
}
