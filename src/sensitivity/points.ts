/**
 * How a sensitivity sample point becomes models: the one place `collabnet sensitivity`, the
 * explorer's sensitivity panel (and `--uncertainty`) touch the model format. Inputs are the spec's assumptions with their
 * plausible ranges (numbers: `range`; words: every value) plus the survey's sampling error; a
 * point sets assumptions (overrides, like `--set`) and may redraw the survey; a threshold
 * figure needs the models along a lever's sweep.
 */
import { InputError } from '../errors.js';
import type { AssumptionValue, ResolvedModel } from '../model/index.js';
import { resolveModel } from '../model/index.js';
import { createRng } from '../random/index.js';
import { leverCatalog, scenarioModel, type ScenarioBase } from '../scenarios/index.js';
import type { Spec } from '../schemas/index.js';
import type { InputRange } from './input-ranges.js';
import { drawSurvey, type SurveyDrawOptions } from './survey-draw.js';

/** One uncertain input: an assumption with its plausible range, or the survey's sampling error. */
export interface UncertainInput {
  readonly name: string;
  readonly range: InputRange;
  readonly why: string;
}

/** The input that stands for the survey's sampling error: u picks one redraw of every reported distribution. */
export const SURVEY_SAMPLING = 'survey-sampling';

const SURVEY_INPUT: UncertainInput = { name: SURVEY_SAMPLING, range: { kind: 'interval', low: 0, high: 1 }, why: 'one redraw of every reported distribution from its sampling distribution (Dirichlet for single-choice blocks, Beta for shares; respondent counts from the survey, clustered groups by their design effect)' };

/** Assumption names a spec uses as lever ceilings (`{"assumption": NAME}` in a move's ceiling), by lever. */
function ceilingAssumptions(spec: Spec): Map<string, string> {
  const out = new Map<string, string>();
  for (const lever of spec.levers) for (const move of lever.moves) {
    const c = move.ceiling as unknown;
    if (c && typeof c === 'object' && 'assumption' in c && typeof (c as { assumption: unknown }).assumption === 'string') out.set((c as { assumption: string }).assumption, lever.id);
  }
  return out;
}

/** Sector populations a reconciliation solves for (`{"assumption": NAME}` populations with default "auto"). */
function solvedPopulations(spec: Spec): Set<string> {
  const out = new Set<string>();
  for (const s of spec.sectors) {
    const p = s.population as unknown;
    if (p && typeof p === 'object' && 'assumption' in p) {
      const name = (p as { assumption: string }).assumption;
      if (spec.assumptions[name]?.default === 'auto') out.add(name);
    }
  }
  return out;
}

/**
 * The spec's uncertain assumptions: numbers with a range of positive width, words with two or
 * more values. Left out by default: a population the reconciliation solves (varying it would
 * replace the solve; its spread comes from the inputs it is solved from) and lever ceilings of
 * levers not in play (they change nothing at the baseline).
 */
export function specInputs(spec: Spec, lever: string | null): UncertainInput[] {
  const ceilings = ceilingAssumptions(spec);
  const solved = solvedPopulations(spec);
  const out: UncertainInput[] = [];
  for (const [name, def] of Object.entries(spec.assumptions)) {
    if (solved.has(name)) continue;
    if (ceilings.has(name) && ceilings.get(name) !== lever) continue;
    if (def.type === 'enum') {
      const values = Object.keys(def.values);
      if (values.length >= 2) out.push({ name, range: { kind: 'set', values }, why: def.justification });
    } else if (def.range[1] > def.range[0]) {
      out.push({ name, range: { kind: 'interval', low: def.range[0], high: def.range[1], integer: def.type === 'integer' }, why: def.justification });
    }
  }
  return out;
}

/**
 * The inputs to vary: the named ones (any assumption of the spec, or `survey-sampling`), or by
 * default every uncertain assumption and/or the survey's sampling error.
 */
export function selectInputs(spec: Spec, lever: string | null, names: readonly string[], sampling: boolean, assumptions: boolean): UncertainInput[] {
  const defaults = specInputs(spec, lever);
  if (names.length) {
    const everything = [...specInputs(spec, null), ...[...ceilingAssumptions(spec).keys()].flatMap((n) => specInputsFor(spec, n)), ...[...solvedPopulations(spec)].flatMap((n) => specInputsFor(spec, n)), SURVEY_INPUT];
    const known = new Map(everything.map((i) => [i.name, i]));
    for (const n of names) if (!known.has(n)) throw new InputError(`--inputs ${names.join(',')}: unknown input "${n}"; expected assumptions of the spec with a range (e.g. ${defaults.slice(0, 3).map((i) => i.name).join(', ')}) or ${SURVEY_SAMPLING}`);
    return names.map((n) => known.get(n)!);
  }
  return [...(assumptions ? defaults : []), ...(sampling ? [SURVEY_INPUT] : [])];
}

function specInputsFor(spec: Spec, name: string): UncertainInput[] {
  const def = spec.assumptions[name];
  if (!def || def.type === 'enum' || !(def.range[1] > def.range[0])) return [];
  return [{ name, range: { kind: 'interval', low: def.range[0], high: def.range[1], integer: def.type === 'integer' }, why: def.justification }];
}

/** A sample point in model terms: assumption values, and the survey redraw (null: the survey as printed). */
export interface PointSetting {
  readonly values: Readonly<Record<string, number | string>>;
  readonly surveyDraw: number | null;
}

/** Clusters per respondent group: a sector whose respondents sit many to a node clusters them in its nodes. */
export function respondentClusters(model: ResolvedModel, spec: Spec): Record<string, number> {
  const out: Record<string, number> = {};
  for (const s of spec.sectors) {
    const r = s.respondents;
    const count = r?.count as unknown;
    if (!r || r.nesting !== 'many-per-node' || !count || typeof count !== 'object' || !('survey' in count)) continue;
    const m = /^groups\.([^.]+)\.responses$/.exec(String((count as { survey: unknown }).survey));
    const sector = model.sectors.find((x) => x.id === s.id);
    if (m && sector) out[m[1]!] = sector.count / model.scale;
  }
  return out;
}

/** Survey-draw options for a base: the spec's clustering at the given intra-cluster correlation. */
export function surveyDrawOptions(base: ScenarioBase, icc: number): SurveyDrawOptions {
  return { icc, clusters: respondentClusters(base.baseline, base.spec) };
}

/**
 * The scenario base of one sample point: the point's assumptions over the base's own overrides,
 * the survey redrawn when asked, resolved. Throws InputError when the point cannot be resolved.
 */
export function baseFor(base: ScenarioBase, point: PointSetting, draw: SurveyDrawOptions): ScenarioBase {
  const overrides: Record<string, { value: AssumptionValue; origin: string }> = { ...(base.options.overrides ?? {}) };
  for (const [name, value] of Object.entries(point.values)) overrides[name] = { value, origin: 'sensitivity' };
  const survey = point.surveyDraw === null ? base.survey : drawSurvey(base.survey, createRng(point.surveyDraw), draw);
  const options = { ...base.options, overrides };
  return { survey, spec: base.spec, options, baseline: resolveModel(survey, base.spec, options) };
}

/**
 * The models of one sample point: the figure at the baseline needs one model; a threshold needs
 * one per t of the lever's sweep (populations held at the point's own baseline).
 */
export function modelsFor(base: ScenarioBase, point: PointSetting, lever: string | null, ts: readonly number[], draw: SurveyDrawOptions): ResolvedModel[] {
  const b = baseFor(base, point, draw);
  if (!lever) return [b.baseline];
  const catalog = leverCatalog(b.survey, b.spec, b.baseline);
  return ts.map((t) => scenarioModel(b, catalog, [{ lever }], t));
}
