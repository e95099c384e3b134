import type { ResolvedModel } from '../model/types.js';
import { generateNetwork } from '../generator/generate.js';
import { fitReport, type FitRun } from './fit-report.js';

export interface EnsembleOptions {
  /** Seed of run 0; run i uses seed + i (so `--runs 1` is the network `generate` makes with the same seed). */
  seed: number;
  runs: number;
  /** Called after each run with the number done. */
  onProgress?: (done: number) => void;
}

export const DEFAULT_ENSEMBLE_OPTIONS: EnsembleOptions = { seed: 1, runs: 50 };

/** Seed of run `i` of an ensemble that starts at `seed` (wraps within 32 bits). */
export function runSeed(seed: number, i: number): number {
  return (seed + i) | 0;
}

/** Generates `runs` networks and returns the fit of each. */
export function fitEnsemble(model: ResolvedModel, options: Partial<EnsembleOptions> = {}): FitRun[] {
  const { seed, runs, onProgress } = { ...DEFAULT_ENSEMBLE_OPTIONS, ...options };
  const out: FitRun[] = [];
  for (let i = 0; i < runs; i++) {
    const { graph, record } = generateNetwork(model, { seed: runSeed(seed, i) });
    out.push(fitReport(graph, model, record));
    onProgress?.(i + 1);
  }
  return out;
}
