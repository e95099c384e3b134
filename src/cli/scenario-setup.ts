import { InputError } from '../errors.js';
import { checkLeverName, leverCatalog, type Lever, type LeverSetting, type ScenarioBase } from '../scenarios/index.js';
import { parseJsonText, parseWith, ScenarioFileSchema, type ScenarioFile, type Spec } from '../schemas/index.js';
import { readTextFile } from './files.js';
import { resolveFromFlags, type SpecFlags } from './spec-load.js';

/** Parses `--lever NAME[=T]` against the spec's levers, with a did-you-mean for unknown names. */
export function parseLever(spec: Spec, text: string): LeverSetting {
  const [name, t] = text.split('=', 2) as [string, string | undefined];
  checkLeverName(spec, name, `--lever ${text}`);
  if (t === undefined) return { lever: name };
  const v = Number(t);
  if (t.trim() === '' || !(v >= 0 && v <= 1)) throw new InputError(`--lever ${text}: expected t in [0, 1], got ${JSON.stringify(t)}`);
  return { lever: name, t: v };
}

/** Parses `--ceiling KEY=NUMBER` flags. */
export function parseCeilings(list: readonly string[]): Record<string, number> {
  const out: Record<string, number> = {};
  for (const text of list) {
    const [key, v] = text.split('=', 2) as [string, string | undefined];
    const value = Number(v);
    if (v === undefined || v.trim() === '' || !Number.isFinite(value)) throw new InputError(`--ceiling ${text}: expected LEVER.KEY=NUMBER (the keys 'collabnet scenario --list' prints), e.g. --ceiling my-lever.share=0.6`);
    out[key] = value;
  }
  return out;
}

function loadScenario(path: string): ScenarioFile {
  return parseWith(ScenarioFileSchema, parseJsonText(readTextFile(path), path), path);
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
  const file = scenario ? loadScenario(scenario) : undefined;
  const set = [...Object.entries(file?.set ?? {}).map(([k, v]) => `${k}=${v}`), ...flags.set];
  const { survey, spec, model, base } = resolveFromFlags({ ...flags, set });
  const ceilings = { ...(file?.ceilings ?? {}), ...parseCeilings(ceilingFlags) };
  const catalog = leverCatalog(survey, spec, model, ceilings);
  const levers: LeverSetting[] = file
    ? file.levers.map((l, i) => {
        checkLeverName(spec, l.lever, `${scenario}: levers.${i}.lever`);
        return { lever: l.lever, ...(l.strength !== undefined ? { strength: l.strength } : {}), ...(l.t !== undefined ? { t: l.t } : {}) };
      })
    : leverFlags.map((text) => parseLever(spec, text));
  const name = file?.name ?? (levers.length ? levers.map((l) => l.lever).join('+') : 'baseline');
  return { name, levers, catalog, base };
}
