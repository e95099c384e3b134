import { statSync } from 'node:fs';
import { dirname, isAbsolute, join, resolve } from 'node:path';
import { describeValue, InputError } from '../errors.js';
import { checkAssumptionValue, unknownAssumption } from '../model/assumptions.js';
import { parseOverride, resolveModel, type AssumptionValue, type ResolvedModel } from '../model/index.js';
import { checkSpec, type ScenarioBase } from '../scenarios/index.js';
import { ModelOverrideSchema, parseJsonText, parseWith, SpecSchema, SurveySchema, type Spec, type Survey } from '../schemas/index.js';
import { memoSpec, memoSurvey } from './checked-memo.js';
import { builtInPath, readTextFile } from './files.js';

/** The built-in spec: the paper's network. */
export const BUILT_IN_SPEC = 'model.json';
/** Names a spec sitting next to its survey may have (looked for when only `--survey` is given). */
const NEIGHBOUR_SPECS = ['spec.json', 'model.json'];

/** A spec read from a file, with where its survey lives. */
export interface LoadedSpec {
  readonly spec: Spec;
  readonly path: string;
  readonly label: string;
}

/** Specs and surveys taken from the build's memo of the built-in data (already checked together). */
const fromMemo = new WeakSet<object>();

/** Reads and validates a spec file (the built-in data/model.json by default): schema only (see `checkedSpec`). */
export function loadSpec(path?: string): LoadedSpec {
  const file = path ?? builtInPath(BUILT_IN_SPEC);
  const label = path ?? BUILT_IN_SPEC;
  const text = readTextFile(file, label);
  const checked = memoSpec(text);
  if (checked) {
    fromMemo.add(checked);
    return { spec: checked, path: file, label };
  }
  return parseSpec(parseJsonText(text, label), file, label);
}

function parseSpec(raw: unknown, file: string, label: string): LoadedSpec {
  if (raw !== null && typeof raw === 'object' && 'ingredients' in raw)
    throw new InputError(`${label}: a version 1 model file (ingredients/assumptions); expected a version 2 spec (sectors, tieTypes, assumptions, levers, outcomes) — see data/model.json and README "Your own survey"`);
  return { spec: parseWith(SpecSchema, raw, label), path: file, label };
}

/** Where a spec's survey is (relative to the spec file), or `surveyPath` when given, with the name errors use. */
export function surveyFileFor(loaded: LoadedSpec, surveyPath?: string): { file: string; label: string } {
  const file = surveyPath ?? (isAbsolute(loaded.spec.survey) ? loaded.spec.survey : join(dirname(loaded.path), loaded.spec.survey));
  return { file, label: surveyPath ?? (loaded.label === BUILT_IN_SPEC ? loaded.spec.survey : file) };
}

/** Reads and validates the survey a spec names (relative to the spec file), or `surveyPath` when given. */
export function loadSurveyFor(loaded: LoadedSpec, surveyPath?: string): Survey {
  const { file, label } = surveyFileFor(loaded, surveyPath);
  const text = readTextFile(file, label);
  const checked = memoSurvey(text);
  if (checked) {
    fromMemo.add(checked);
    return checked;
  }
  return parseWith(SurveySchema, parseJsonText(text, label), label);
}

/** Neighbour specs already announced on stderr (a command may choose its spec twice). */
const said = new Set<string>();

const isFile = (path: string) => {
  try {
    return statSync(path).isFile();
  } catch {
    return false;
  }
};

/** The `source` of the built-in survey: a survey with the same title and URL is the paper's (a copy or an edit of it). */
function isPapersSurvey(raw: unknown): boolean {
  const paper = (parseJsonText(readTextFile(builtInPath('survey.json'), 'survey.json'), 'survey.json') as { source: { title: string; url: string } }).source;
  const source = raw !== null && typeof raw === 'object' ? (raw as { source?: unknown }).source : undefined;
  if (source === null || typeof source !== 'object') return true; // no source to tell: the schema will say what is missing
  const s = source as { title?: unknown; url?: unknown };
  return s.title === paper.title || s.url === paper.url;
}

/**
 * The spec a command runs, and the one rule for choosing it: `--spec FILE`; else a `--model FILE`
 * that is a whole spec; else, when `--survey FILE` is given, the spec next to that survey that
 * names it (`spec.json` or `model.json` in its folder, said on stderr), or the paper's spec if the
 * survey is the paper's (same source title or URL); any other survey is refused — a survey is
 * never read silently with a spec written for another.
 */
export function chooseSpec(flags: { spec?: string | undefined; model?: string | undefined; survey?: string | undefined }): LoadedSpec {
  if (flags.spec) return loadSpec(flags.spec);
  if (flags.model) {
    const raw = parseJsonText(readTextFile(flags.model), flags.model);
    if (raw !== null && typeof raw === 'object' && ('sectors' in raw || 'ingredients' in raw)) return parseSpec(raw, flags.model, flags.model);
  }
  if (!flags.survey) return loadSpec();
  const survey = resolve(flags.survey);
  for (const name of NEIGHBOUR_SPECS) {
    const candidate = join(dirname(survey), name);
    if (candidate === builtInPath(BUILT_IN_SPEC)) continue;
    if (!isFile(candidate)) continue;
    let named: unknown;
    try {
      named = (JSON.parse(readTextFile(candidate)) as { survey?: unknown }).survey;
    } catch {
      continue;
    }
    if (typeof named === 'string' && resolve(dirname(candidate), named) === survey) {
      const loaded = loadSpec(candidate);
      if (!said.has(candidate)) process.stderr.write(`collabnet: --survey ${flags.survey}: read with the spec next to it, ${join(dirname(flags.survey), name)} (it names this survey; pass --spec FILE to choose another)\n`);
      said.add(candidate);
      return loaded;
    }
  }
  const raw = parseJsonText(readTextFile(flags.survey), flags.survey);
  if (!isPapersSurvey(raw)) {
    const title = (raw as { source: { title?: unknown } }).source.title;
    throw new InputError(
      `${flags.survey}: not the paper's survey (its source: ${describeValue(title)}) and no spec next to it names it; expected --spec FILE, a spec whose "survey" is this file (README "Your own survey") — the built-in spec reads the paper's questions only`,
    );
  }
  return loadSpec();
}

/**
 * The one validation path every command takes: the spec's schema (on loading), then its survey,
 * then every semantic check `collabnet spec check` runs (`checkSpec`: questions and options,
 * generators, enum words, outcomes, populations, open-bin ranges), naming the files as given.
 */
export function checkedSpec(flags: { spec?: string | undefined; model?: string | undefined; survey?: string | undefined }): { loaded: LoadedSpec; survey: Survey; surveyLabel: string } {
  const loaded = chooseSpec(flags);
  const survey = loadSurveyFor(loaded, flags.survey);
  const surveyLabel = surveyFileFor(loaded, flags.survey).label;
  // The built-in pair, byte for byte as checked when the CLI was built, passed these checks then.
  if (!(fromMemo.has(loaded.spec) && fromMemo.has(survey))) checkSpec(survey, loaded.spec, loaded.label, { surveyFile: surveyLabel });
  return { loaded, survey, surveyLabel };
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
 * Resolves the model the way every generating command does: the spec (`chooseSpec`) and its
 * survey, checked as `spec check` checks them (`checkedSpec`), then a `--model FILE` of just
 * `{"assumptions": {…}}`, then each `--set name=value`.
 */
export function resolveFromFlags(flags: SpecFlags): { survey: Survey; spec: Spec; model: ResolvedModel; base: ScenarioBase; loaded: LoadedSpec } {
  const { loaded, survey, surveyLabel } = checkedSpec(flags);
  const overrides: Record<string, { value: AssumptionValue; origin: string }> = {};
  if (flags.model && loaded.label !== flags.model) {
    const raw = parseJsonText(readTextFile(flags.model), flags.model);
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
  for (const text of flags.set) {
    const { name, value } = parseOverride(loaded.spec, text);
    overrides[name] = { value, origin: '--set' };
  }
  const options = { scale: flags.scale, overrides, file: loaded.label, surveyFile: surveyLabel };
  const model = resolveModel(survey, loaded.spec, options);
  return { survey, spec: loaded.spec, model, base: { survey, spec: loaded.spec, options, baseline: model }, loaded };
}
