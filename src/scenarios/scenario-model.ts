import { resolveModel, type ResolveOptions } from '../model/resolve.js';
import type { ResolvedModel } from '../model/types.js';
import type { Spec } from '../schemas/spec.js';
import type { Survey } from '../schemas/survey.js';
import type { Lever } from './levers.js';

/** A lever as a scenario uses it: swept (`t` follows the sweep × strength) or held at a fixed `t`. */
export interface LeverSetting {
  readonly lever: string;
  /** Multiplies the sweep's t (capped at 1). Default 1. */
  readonly strength?: number;
  /** Holds the lever at this t whatever the sweep. */
  readonly t?: number;
}

/** What a scenario starts from: the survey, the spec, how it was resolved, and the baseline model. */
export interface ScenarioBase {
  readonly survey: Survey;
  readonly spec: Spec;
  readonly options: ResolveOptions;
  readonly baseline: ResolvedModel;
}

/** The t at which a lever stands when the sweep is at `t`. */
export function leverT(setting: LeverSetting, t: number): number {
  return setting.t ?? Math.min(1, Math.max(0, (setting.strength ?? 1) * t));
}

/** The spec quantities the levers move at sweep position `t`; where two levers move one quantity, the larger move wins. */
export function leverMoves(catalog: readonly Lever[], settings: readonly LeverSetting[], t: number): Record<string, number> {
  const values: Record<string, number> = {};
  const baseOf: Record<string, number> = {};
  for (const s of settings) {
    const lever = catalog.find((l) => l.name === s.lever);
    if (!lever) continue;
    const tl = leverT(s, t);
    for (const part of lever.parts) {
      const value = part.baseline + tl * (part.ceiling - part.baseline);
      const prior = values[part.path];
      baseOf[part.path] = part.baseline;
      if (prior === undefined || Math.abs(value - part.baseline) > Math.abs(prior - part.baseline)) values[part.path] = value;
    }
  }
  // A quantity left at its baseline is not moved at all (t = 0 is the baseline, byte for byte).
  for (const [path, v] of Object.entries(values)) if (v === baseOf[path]) delete values[path];
  return values;
}

/**
 * The model at sweep position `t`: each lever's quantities move linearly from baseline to
 * ceiling and the spec is resolved again with them, every population held at the baseline's.
 */
export function scenarioModel(base: ScenarioBase, catalog: readonly Lever[], settings: readonly LeverSetting[], t: number): ResolvedModel {
  const moves = leverMoves(catalog, settings, t);
  if (Object.keys(moves).length === 0) return base.baseline;
  const hold = Object.fromEntries(base.baseline.sectors.map((s) => [s.id, s.count]));
  return resolveModel(base.survey, base.spec, { ...base.options, moves, hold });
}
