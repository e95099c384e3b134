import { z } from 'zod';
import { OptionError } from '../errors.js';
import { loadSpec as loadSpecAt, loadSurveyFor, resolveFromFlags } from '../cli/spec-load.js';
import { prepareScenario } from '../cli/scenario-setup.js';
import { readTextFile } from '../cli/files.js';
import { checkOverrides, modelFrom, type Model } from '../api/model.js';
import type { LeverSetting } from '../scenarios/index.js';
import { parseJsonText, expected, parseWith, SurveySchema, type Spec, type Survey } from '../schemas/index.js';
import type { AssumptionValue } from '../model/index.js';
import { checkPath } from '../api/guards.js';

/**
 * Reads and validates a spec file, as `--spec FILE` does (the shipped data/model.json, the
 * paper's network, when no path is given). Errors name the file and the place inside it.
 *
 * @example
 * ```ts
 * import { loadSpecFile } from 'collabnet/node';
 * const spec = loadSpecFile(); // the shipped spec
 * console.log(spec.levers.map((l) => l.id));
 * ```
 */
export function loadSpecFile(path?: string): Spec {
  checkPath(path, 'loadSpecFile', true);
  return loadSpecAt(path).spec;
}

/**
 * Reads and validates a survey file, as `--survey FILE` does (the spec's survey when no path is
 * given: the shipped data/survey.json for the shipped spec).
 *
 * @example
 * ```ts
 * import { loadSurveyFile } from 'collabnet/node';
 * const survey = loadSurveyFile('my-survey.json');
 * ```
 */
export function loadSurveyFile(path?: string): Survey {
  checkPath(path, 'loadSurveyFile', true);
  if (path === undefined) return loadSurveyFor(loadSpecAt());
  return parseWith(SurveySchema, parseJsonText(readTextFile(path), path), path);
}

/** Files (and settings) a model is loaded from, as the generating commands' flags name them. */
export interface ModelFiles {
  /** A spec file (`--spec`; default: the shipped data/model.json). */
  readonly spec?: string;
  /** A survey file (`--survey`; default: the one the spec names, relative to it). */
  readonly survey?: string;
  /** A model file (`--model`): a full spec, or `{"assumptions": {…}}` overrides. */
  readonly model?: string;
  /** Multiplies every population (`--scale`, default 1). */
  readonly scale?: number;
  /** Assumption values by name (like `--set NAME=VALUE`, applied last). */
  readonly overrides?: Readonly<Record<string, AssumptionValue>>;
  /** Lever ceilings by `LEVER.KEY` (like `--ceiling`). */
  readonly ceilings?: Readonly<Record<string, number>>;
}

const Files = z.strictObject({
  spec: z.string().min(1, expected('a file name')).optional(),
  survey: z.string().min(1, expected('a file name')).optional(),
  model: z.string().min(1, expected('a file name')).optional(),
  scale: z.number().positive(expected('a number > 0')).max(1000, expected('a number ≤ 1000')).optional(),
  overrides: z.record(z.string(), z.union([z.number(), z.string()])).optional(),
  ceilings: z.record(z.string(), z.number()).optional(),
});

/**
 * Loads a model from files as every generating command does (`--spec`, `--survey`, `--model`,
 * `--scale`, then overrides like `--set`), with the CLI's checks and messages. With no argument:
 * the paper's network from the shipped data.
 *
 * @example
 * ```ts
 * import { loadModel } from 'collabnet/node';
 * import { generate } from 'collabnet';
 * const model = loadModel({ overrides: { companies: 400 } });
 * const { graph } = generate(model, { seed: 1 });
 * ```
 */
export function loadModel(files: ModelFiles = {}): Model {
  const f = parseWith(Files, files, 'loadModel');
  const { survey, spec, base, loaded } = resolveFromFlags({ scale: f.scale ?? 1, set: [], spec: f.spec, survey: f.survey, model: f.model });
  const overrides = { ...base.options.overrides, ...checkOverrides(spec, f.overrides ?? {}, 'loadModel: overrides') };
  return modelFrom(survey, spec, { scale: f.scale ?? 1, overrides, file: loaded.label }, f.ceilings ?? {}, 'loadModel: ceilings');
}

/** A scenario file applied: the model (with the file's `set` and `ceilings`), its name and levers. */
export interface LoadedScenario {
  readonly name: string;
  readonly levers: LeverSetting[];
  readonly model: Model;
}

/**
 * Reads a scenario file (data/scenarios/*.json, or one of your own) as `--scenario FILE` does:
 * its `set` applies to the model, its `ceilings` to the lever catalog, its levers are checked
 * against the spec. Pass the result's `model` and `levers` to `sweep`, `compare` or `generate`.
 *
 * @example
 * ```ts
 * import { loadScenario } from 'collabnet/node';
 * import { sweep } from 'collabnet';
 * const s = loadScenario('data/scenarios/matchmaking-platform.json');
 * const result = await sweep(s.model, { levers: s.levers, name: s.name, runs: 20 });
 * ```
 */
export function loadScenario(path: string, files: Omit<ModelFiles, 'overrides' | 'ceilings'> = {}): LoadedScenario {
  if (typeof path !== 'string' || path === '') throw new OptionError('loadScenario', 'path', 'a file name', path);
  const f = parseWith(Files.omit({ overrides: true, ceilings: true }), files, 'loadScenario');
  const prepared = prepareScenario({ scale: f.scale ?? 1, set: [], spec: f.spec, survey: f.survey, model: f.model }, path, [], []);
  return { name: prepared.name, levers: prepared.levers, model: { ...prepared.base, levers: prepared.catalog } };
}
