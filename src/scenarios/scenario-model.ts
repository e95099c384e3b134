import type { ResolvedModel } from '../model/resolve.js';
import { adjustModel } from './adjust.js';
import type { Lever, LeverName, LeverParameter } from './levers.js';

/** A lever as a scenario uses it: swept (`t` follows the sweep × strength) or held at a fixed `t`. */
export interface LeverSetting {
  readonly lever: LeverName;
  /** Multiplies the sweep's t (capped at 1). Default 1. */
  readonly strength?: number;
  /** Holds the lever at this t whatever the sweep. */
  readonly t?: number;
}

/** The t at which a lever stands when the sweep is at `t`. */
export function leverT(setting: LeverSetting, t: number): number {
  return setting.t ?? Math.min(1, Math.max(0, (setting.strength ?? 1) * t));
}

/**
 * The model at sweep position `t`: each lever's quantities move linearly from baseline to
 * ceiling; where two levers move the same quantity, the one that moves it furthest wins.
 */
export function scenarioModel(baseline: ResolvedModel, catalog: readonly Lever[], settings: readonly LeverSetting[], t: number): ResolvedModel {
  const values: Partial<Record<LeverParameter, number>> = {};
  for (const s of settings) {
    const lever = catalog.find((l) => l.name === s.lever)!;
    const tl = leverT(s, t);
    for (const part of lever.parts) {
      const value = part.baseline + tl * (part.ceiling - part.baseline);
      const prior = values[part.parameter];
      if (prior === undefined || Math.abs(value - part.baseline) > Math.abs(prior - part.baseline)) values[part.parameter] = value;
    }
  }
  return adjustModel(baseline, values);
}
