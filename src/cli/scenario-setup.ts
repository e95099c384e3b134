import { describeValue, InputError } from '../errors.js';
import { checkAssumptionValue, unknownAssumption } from '../model/assumptions.js';
import type { ResolvedModel } from '../model/index.js';
import { checkLeverName, leverCatalog, type Lever, type LeverSetting, type ScenarioBase } from '../scenarios/index.js';
import { parseJsonText, parseWith, scenarioFileSchema, type ScenarioFile, type Spec, type Survey } from '../schemas/index.js';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { builtInPath, readTextFile } from './files.js';
import { decimalNumber } from './flags.js';
import { chooseSpec, resolveFromFlags, type SpecFlags } from './spec-load.js';

/** Parses `--lever NAME[=T]` against the spec's levers, with a did-you-mean for unknown names. */
export function parseLever(spec: Spec, text: string): LeverSetting {
  const [name, t] = text.split('=', 2) as [string, string | undefined];
  checkLeverName(spec, name, `--lever ${text}`);
  if (t === undefined) return { lever: name };
  const v = decimalNumber(t);
  if (v === null || !(v >= 0 && v <= 1)) throw new InputError(`--lever ${text}: expected t in [0, 1], got ${JSON.stringify(t)}`);
  return { lever: name, t: v };
}

/**
 * Parses `--ceiling KEY=NUMBER` flags into an object without a prototype, so every key —
 * `__proto__` included — is an own key the lever catalog checks (and refuses when unknown).
 */
export function parseCeilings(list: readonly string[]): Record<string, number> {
  const out: Record<string, number> = Object.create(null);
  for (const text of list) {
    const eq = text.indexOf('=');
    const key = eq < 0 ? text : text.slice(0, eq);
    const value = eq < 0 ? null : decimalNumber(text.slice(eq + 1));
    if (key === '' || value === null) throw new InputError(`--ceiling ${text}: expected KEY=NUMBER (a plain decimal number), e.g. --ceiling LEVER.KEY=0.6 with a key 'collabnet scenario --list' prints`);
    if (Object.prototype.hasOwnProperty.call(out, key)) throw new InputError(`--ceiling ${text}: "${key}" is already given; expected each ceiling once`);
    Object.defineProperty(out, key, { value, enumerable: true, writable: true, configurable: true });
  }
  return out;
}

/**
 * The lever catalog with ceiling overrides from a scenario file (named `FILE: ceilings.KEY`) and
 * `--ceiling` flags (named `--ceiling KEY=V`), each checked against the catalog's keys and range.
 */
export function catalogWith(survey: Survey, spec: Spec, model: ResolvedModel, fileCeilings: Record<string, number>, file: string | undefined, flagCeilings: readonly string[]): Lever[] {
  const fromFlags = parseCeilings(flagCeilings);
  const label = (key: string) => (Object.prototype.hasOwnProperty.call(fromFlags, key) ? `--ceiling ${flagCeilings.find((t) => t.startsWith(`${key}=`)) ?? key}` : `${file}: ceilings.${key}`);
  const merged: Record<string, number> = Object.assign(Object.create(null), fileCeilings);
  for (const key of Object.keys(fromFlags)) Object.defineProperty(merged, key, { value: fromFlags[key], enumerable: true, writable: true, configurable: true });
  const problems: string[] = [];
  for (const key of Object.keys(merged)) {
    try {
      leverCatalog(survey, spec, model, Object.defineProperty(Object.create(null), key, { value: merged[key], enumerable: true }));
    } catch (err) {
      if (!(err instanceof InputError)) throw err;
      problems.push(`${label(key)}: ${err.message.replace(/^ceiling "[^"]*": /, '').replace(/^unknown;/, 'unknown ceiling;')}`);
    }
  }
  if (problems.length) throw new InputError(problems);
  return leverCatalog(survey, spec, model, merged);
}

/**
 * When `--scenario NAME` names no file but a scenario shipped in data/scenarios/ has that name
 * (`matchmaking-platform`, `matchmaking-platform.json`), the path of that file; otherwise undefined.
 */
export function builtInScenarioHint(path: string): string | undefined {
  if (path.includes('/') || path.includes('\\') || existsSync(path)) return undefined;
  const bundled = builtInPath(join('scenarios', `${path.replace(/\.json$/, '')}.json`));
  return existsSync(bundled) ? bundled : undefined;
}

/** Reads a scenario file; its `set` and lever names are checked against the spec, so problems name the file and the place. */
function loadScenario(path: string, spec: Spec): ScenarioFile {
  const hint = builtInScenarioHint(path);
  if (hint) throw new InputError(`--scenario ${path}: no such file here; the built-in scenario of that name is ${hint} (give its path: --scenario ${hint})`);
  const file = parseWith(scenarioFileSchema(spec.levers.map((l) => l.id)), parseJsonText(readTextFile(path), path), path);
  const problems: string[] = [];
  for (const [name, value] of Object.entries(file.set ?? {})) {
    const def = Object.hasOwn(spec.assumptions, name) ? spec.assumptions[name] : undefined;
    if (!def) {
      problems.push(`${path}: set.${name}: ${unknownAssumption(spec, name)}; run 'collabnet fit' to list them`);
      continue;
    }
    const problem = checkAssumptionValue(def, value);
    if (problem) problems.push(`${path}: set.${name}: ${problem}, got ${describeValue(value)}`);
  }
  file.levers.forEach((l, i) => {
    try {
      checkLeverName(spec, l.lever, `${path}: levers.${i}.lever`);
    } catch (err) {
      if (!(err instanceof InputError)) throw err;
      problems.push(...err.problems);
    }
  });
  if (problems.length) throw new InputError(problems);
  return file;
}

/** A scenario ready to run: its name, levers, lever catalog, and the base it starts from. */
export interface PreparedScenario {
  readonly name: string;
  readonly levers: LeverSetting[];
  readonly catalog: Lever[];
  readonly base: ScenarioBase;
}

/**
 * Builds a scenario's name, levers, ceilings and base model from `--lever`s or a scenario file
 * (its `set` applies before the command's own `--set`). Without either: the baseline, no levers.
 */
export function prepareScenario(flags: SpecFlags, scenario: string | undefined, leverFlags: readonly string[], ceilingFlags: readonly string[]): PreparedScenario {
  if (scenario && leverFlags.length > 0) throw new InputError('give either --lever … or --scenario FILE, not both');
  const file = scenario ? loadScenario(scenario, chooseSpec(flags).spec) : undefined;
  const set = [...Object.entries(file?.set ?? {}).map(([k, v]) => `${k}=${v}`), ...flags.set];
  const resolved = resolveFromFlags({ ...flags, set });
  const { survey, spec } = resolved;
  // Assumptions the file set (and no --set overrode) say they came from the file.
  const fromFile = new Set(Object.keys(file?.set ?? {}));
  for (const text of flags.set) fromFile.delete(text.slice(0, text.indexOf('=')).trim());
  const model = { ...resolved.model, assumptions: resolved.model.assumptions.map((a) => (fromFile.has(a.name) ? { ...a, origin: scenario! } : a)) };
  const catalog = catalogWith(survey, spec, model, file?.ceilings ?? {}, scenario, ceilingFlags);
  const levers: LeverSetting[] = file
    ? file.levers.map((l) => ({ lever: l.lever, ...(l.strength !== undefined ? { strength: l.strength } : {}), ...(l.t !== undefined ? { t: l.t } : {}) }))
    : leverFlags.map((text) => parseLever(spec, text));
  // Like a scenario file: each lever once (twice would sweep it as two levers).
  levers.forEach((l, i) => {
    const j = levers.findIndex((o) => o.lever === l.lever);
    if (j < i) throw new InputError(`--lever ${leverFlags[i]}: "${l.lever}" is already given (--lever ${leverFlags[j]}); expected each lever once`);
  });
  const name = file?.name ?? (levers.length ? levers.map((l) => l.lever).join('+') : 'baseline');
  return { name, levers, catalog, base: { ...resolved.base, baseline: model } };
}
