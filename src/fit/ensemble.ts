import type { ResolvedModel } from '../model/types.js';
import { generateDrawn } from '../generator/generate.js';
import { fitReportOfDrawn } from './fit-drawn.js';
import type { FitRun } from './fit-report.js';
import { OptionError } from '../errors.js';
import { checkNumberOption, checkOptionKeys } from '../options.js';

export interface EnsembleOptions {
  /** Seed of run 0; run i uses seed + i (so `--runs 1` is the network `generate` makes with the same seed). */
  seed: number;
  runs: number;
  /** Called after each run with the number done. */
  onProgress?: (done: number) => void;
}

export const DEFAULT_ENSEMBLE_OPTIONS: EnsembleOptions = { seed: 1, runs: 50 };

/** Merges partial options over the defaults; an `OptionError` names seed (an integer), runs (an integer ≥ 1) or onProgress (a function). */
export function resolveEnsembleOptions(options: Partial<EnsembleOptions> = {}): EnsembleOptions {
  checkOptionKeys('fitEnsemble', options, ['seed', 'runs', 'onProgress']);
  const o = { ...DEFAULT_ENSEMBLE_OPTIONS, ...options };
  checkNumberOption('fitEnsemble', 'seed', o.seed, { integer: true, min: -(2 ** 31), max: 2 ** 32 - 1 });
  checkNumberOption('fitEnsemble', 'runs', o.runs, { integer: true, min: 1 });
  if (o.onProgress !== undefined && typeof o.onProgress !== 'function') throw new OptionError('fitEnsemble', 'onProgress', 'a function', o.onProgress);
  return o;
}

/** Seed of run `i` of an ensemble that starts at `seed` (wraps within 32 bits). */
export function runSeed(seed: number, i: number): number {
  return (seed + i) | 0;
}

/** Generates `runs` networks and returns the fit of each (read off the drawn arrays: no graph is built). */
export function fitEnsemble(model: ResolvedModel, options: Partial<EnsembleOptions> = {}): FitRun[] {
  const { seed, runs, onProgress } = resolveEnsembleOptions(options);
  const out: FitRun[] = [];
  for (let i = 0; i < runs; i++) {
    out.push(fitReportOfDrawn(model, generateDrawn(model, { seed: runSeed(seed, i) })));
    onProgress?.(i + 1);
  }
  return out;
}
