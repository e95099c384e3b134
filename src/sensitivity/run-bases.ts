import { InputError } from '../errors.js';
import { createRng, deriveSeed } from '../random/index.js';
import type { ScenarioBase } from '../scenarios/index.js';
import { valueAt } from './input-ranges.js';
import { latinHypercube } from './latin-hypercube.js';
import { baseFor, selectInputs, surveyDrawOptions, type PointSetting } from './points.js';

/**
 * What varies from run to run in an ensemble (`--uncertainty` in the CLI, the explorer's choice):
 * the generator's seed only, plus a redraw of the survey from its sampling distribution, plus the
 * assumptions over their plausible ranges (Latin hypercube), or all of them.
 */
export const UNCERTAINTY_KINDS = ['seeds', 'sampling', 'assumptions', 'all'] as const;
export type UncertaintyKind = (typeof UNCERTAINTY_KINDS)[number];

/**
 * The scenario base of every run: `runs` copies of `base` under `seeds`; otherwise run i's
 * assumptions from row i of a Latin hypercube over the spec's ranges (assumptions set with
 * `--set`, `--model` or a scenario file stay fixed) and/or its own survey redraw. A row the
 * model cannot resolve is replaced by a fresh uniform draw (seeded by run).
 */
export function runBases(base: ScenarioBase, kind: UncertaintyKind, runs: number, seed: number, icc: number): ScenarioBase[] {
  if (kind === 'seeds') return Array.from({ length: runs }, () => base);
  const fixed = new Set(Object.keys(base.options.overrides ?? {}));
  const inputs = kind === 'sampling' ? [] : selectInputs(base.spec, null, [], false, true).filter((i) => !fixed.has(i.name));
  const rows = inputs.length ? latinHypercube(runs, inputs.length, createRng(deriveSeed(seed, 'uncertainty-lhs'))) : [];
  const draw = surveyDrawOptions(base, icc);
  return Array.from({ length: runs }, (_, i) => {
    const surveyDraw = kind === 'assumptions' ? null : deriveSeed(seed, `uncertainty-survey-${i}`);
    const retry = createRng(deriveSeed(seed, `uncertainty-retry-${i}`));
    let row = rows[i] ?? [];
    for (let attempt = 0; ; attempt++) {
      const values: Record<string, number | string> = {};
      inputs.forEach((input, j) => (values[input.name] = valueAt(input.range, row[j]!)));
      const point: PointSetting = { values, surveyDraw };
      try {
        return baseFor(base, point, draw);
      } catch (err) {
        // A combination the model cannot resolve (e.g. an open-bin cap below the bin's start under
        // another calibration) is outside the joint plausible range: draw that run's point again.
        if (!(err instanceof InputError) || attempt >= 50) throw err;
        row = inputs.map(() => retry.next());
      }
    }
  });
}
