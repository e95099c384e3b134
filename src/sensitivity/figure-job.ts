import { generateDrawn } from '../generator/generate.js';
import { networkArrays } from '../generator/network-arrays.js';
import type { ResolvedModel } from '../model/types.js';
import { networkFiguresFor } from '../scenarios/network-figures.js';
import { isStructural, structuralFiguresOfArrays } from './structural-figures.js';

/**
 * A batch for the sensitivity worker pool: one figure of each model under each seed. Plain data
 * (structured-clonable), so a worker thread can take it; the result does not depend on where it runs.
 */
export interface FigureJob {
  readonly models: readonly ResolvedModel[];
  readonly seeds: readonly number[];
  readonly metric: string;
  /** Betweenness pivots when the figure needs the full report; null for exact. */
  readonly betweennessSamples: number | null;
}

/**
 * The figure `metric` of the network of `model` under `seed`. Structural figures (components,
 * isolates, tie counts) are computed alone, off the drawn arrays (no graph); any other figure
 * goes through `networkFiguresFor`. NaN when the network has no such figure.
 */
export function figureFor(model: ResolvedModel, seed: number, metric: string, betweennessSamples: number | null): number {
  if (isStructural(metric)) {
    return structuralFiguresOfArrays(networkArrays(model, generateDrawn(model, { seed })), model.ties.map((t) => t.id))[metric] ?? NaN;
  }
  return networkFiguresFor(model, seed, betweennessSamples)[metric] ?? NaN;
}

/** Evaluates a job: `result[m][s]` is the figure of model m under seed s. */
export function evaluateFigureJob(job: FigureJob): number[][] {
  return job.models.map((model) => job.seeds.map((seed) => figureFor(model, seed, job.metric, job.betweennessSamples)));
}
