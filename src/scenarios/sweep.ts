import { checkGenerationBounds } from '../generator/bounds.js';
import { InputError, OptionError } from '../errors.js';
import { FIGURE_FAMILIES, type FigureFamily } from '../metrics/index.js';
import { checkNumberOption, checkOptionKeys } from '../options.js';
import type { ResolvedModel } from '../model/types.js';
import { meanInterval, type Interval } from './intervals.js';
import type { Lever } from './levers.js';
import { networkFiguresFor, SWEEP_BETWEENNESS_SAMPLES, type Figures } from './network-figures.js';
import { scenarioModel, type LeverSetting, type ScenarioBase } from './scenario-model.js';
import { firstCrossing, type Threshold } from './thresholds.js';

/** A batch of networks to evaluate: one model, several seeds. Plain data, so a worker can take it. */
export interface Job {
  readonly model: ResolvedModel;
  readonly seeds: readonly number[];
  /** Betweenness pivots per network; null for exact. */
  readonly betweennessSamples: number | null;
  /** Figure families to compute (all when absent); only what they need is computed. */
  readonly figures?: readonly FigureFamily[];
}

/** Evaluates a job; in-process (`evaluateInline`) or in a worker pool — same results either way. */
export type Evaluate = (job: Job) => Promise<Figures[]>;

/** Runs a job in the calling thread. */
export const evaluateInline: Evaluate = async (job) => job.seeds.map((seed) => networkFiguresFor(job.model, seed, job.betweennessSamples, job.figures));

export interface SweepOptions {
  from: number;
  to: number;
  steps: number;
  runs: number;
  seed: number;
  /** Networks per job (smaller: finer progress and load balance; larger: less overhead). */
  chunk: number;
  /** Betweenness pivots per network (null: exact, slower). */
  betweennessSamples: number | null;
  /** Figure families to compute (all when absent). */
  figures?: readonly FigureFamily[];
  evaluate: Evaluate;
  onProgress?: (done: number, total: number) => void;
}

export const DEFAULT_SWEEP_OPTIONS: SweepOptions = { from: 0, to: 1, steps: 11, runs: 100, seed: 1, chunk: 5, betweennessSamples: SWEEP_BETWEENNESS_SAMPLES, evaluate: evaluateInline };

/**
 * Merges partial options over the defaults and checks each: from ≤ to in [0, 1], steps and runs
 * integers ≥ 1, chunk an integer ≥ 1, seed an integer, betweennessSamples null or an integer ≥ 1,
 * evaluate (and onProgress) functions. An `OptionError` names the first that is not.
 */
export function resolveSweepOptions(options: Partial<SweepOptions> = {}): SweepOptions {
  const fn = 'runSweep';
  checkOptionKeys(fn, options, ['from', 'to', 'steps', 'runs', 'seed', 'chunk', 'betweennessSamples', 'figures', 'evaluate', 'onProgress']);
  const o = { ...DEFAULT_SWEEP_OPTIONS, ...options };
  checkNumberOption(fn, 'from', o.from, { min: 0, max: 1 });
  checkNumberOption(fn, 'to', o.to, { min: o.from, max: 1 });
  checkNumberOption(fn, 'steps', o.steps, { min: 1, max: 1_000_000, integer: true });
  checkNumberOption(fn, 'runs', o.runs, { min: 1, max: 1_000_000, integer: true });
  checkNumberOption(fn, 'seed', o.seed, { min: -(2 ** 31), max: 2 ** 32 - 1, integer: true });
  checkNumberOption(fn, 'chunk', o.chunk, { min: 1, integer: true });
  if (o.betweennessSamples !== null && !(Number.isInteger(o.betweennessSamples) && o.betweennessSamples >= 1))
    throw new OptionError(fn, 'betweennessSamples', 'null (exact) or an integer ≥ 1', o.betweennessSamples);
  if (o.figures !== undefined && !(Array.isArray(o.figures) && o.figures.length > 0 && o.figures.every((f) => Object.hasOwn(FIGURE_FAMILIES, f))))
    throw new OptionError(fn, 'figures', `a non-empty list of figure families (${Object.keys(FIGURE_FAMILIES).join(', ')})`, o.figures);
  if (typeof o.evaluate !== 'function') throw new OptionError(fn, 'evaluate', 'a function', o.evaluate);
  if (o.onProgress !== undefined && typeof o.onProgress !== 'function') throw new OptionError(fn, 'onProgress', 'a function', o.onProgress);
  return o;
}

/** One step of a sweep: its t and every figure as mean with a 95% interval. */
export interface SweepStep {
  readonly t: number;
  readonly metrics: Readonly<Record<string, Interval>>;
}

/** A sweep: each step with every figure as mean and 95% interval, the thresholds met, and the raw figures per run. */
export interface SweepResult {
  readonly scenario: string;
  readonly levers: readonly LeverSetting[];
  readonly runs: number;
  readonly seeds: { readonly first: number; readonly last: number };
  readonly steps: readonly SweepStep[];
  readonly thresholds: readonly Threshold[];
  /** Raw figures per step and run, for paired comparisons (left out of reports). */
  readonly figures: readonly (readonly Figures[])[];
}

/** The grid of t values: `steps` points from `from` to `to` (one point: `from`). */
export function grid(from: number, to: number, steps: number): number[] {
  if (steps === 1) return [from];
  return Array.from({ length: steps }, (_, i) => +(from + ((to - from) * i) / (steps - 1)).toFixed(12));
}

/** Summarizes the runs of one step: every figure as mean with a 95% interval. */
export function summarizeStep(t: number, runs: readonly Figures[]): SweepStep {
  const names = new Set<string>();
  for (const r of runs) for (const k of Object.keys(r)) names.add(k);
  const metrics: Record<string, Interval> = {};
  for (const k of names) metrics[k] = meanInterval(runs.map((r) => r[k] ?? NaN));
  return { t, metrics };
}

/**
 * A sweep: at each t of the grid, `runs` networks, run i always with seed `seed + i` (a paired
 * design: differences between steps are paired), every network metric and the fit to the survey
 * per tie type and side as mean with a 95% interval, and where each threshold of the spec's
 * outcomes is first met.
 */
export async function runSweep(base: ScenarioBase, catalog: readonly Lever[], name: string, levers: readonly LeverSetting[], options: Partial<SweepOptions> = {}): Promise<SweepResult> {
  const o = resolveSweepOptions(options);
  const ts = grid(o.from, o.to, o.steps);
  const seeds = Array.from({ length: o.runs }, (_, i) => (o.seed + i) | 0);
  const total = ts.length * o.runs;
  // Every step's model is checked against the generation limits before any network is drawn.
  const models = ts.map((t) => scenarioModel(base, catalog, levers, t));
  models.forEach((m, i) => checkGenerationBounds(m, {}, `${name} at t = ${ts[i]}: `));
  let done = 0;
  const figures = await Promise.all(
    ts.map(async (_t, i) => {
      const model = models[i]!;
      const chunks: number[][] = [];
      for (let i = 0; i < seeds.length; i += o.chunk) chunks.push(seeds.slice(i, i + o.chunk));
      const results = await Promise.all(
        chunks.map(async (chunk) => {
          const r = await o.evaluate({ model, seeds: chunk, betweennessSamples: o.betweennessSamples, ...(o.figures ? { figures: o.figures } : {}) });
          done += chunk.length;
          o.onProgress?.(done, total);
          return r;
        }),
      );
      return results.flat();
    }),
  );
  const steps = ts.map((t, i) => summarizeStep(t, figures[i]!));
  // A threshold on a figure the networks do not have would read "not reached": refuse it instead
  // (only when every figure family was computed; a sweep that asked for some families skips it).
  if (!o.figures) {
    const missing = base.baseline.outcomes.thresholds.map((th, i) => ({ th, i })).filter(({ th }) => !Object.hasOwn(steps[0]!.metrics, th.metric));
    if (missing.length)
      throw new InputError(missing.map(({ th, i }) => `spec "${base.spec.name}": outcomes.thresholds.${i}.metric: "${th.metric}" is not a network figure; expected one of ${Object.keys(steps[0]!.metrics).filter((k) => !k.startsWith('fit.')).slice(0, 20).join(', ')}, …`));
  }
  const thresholds = base.baseline.outcomes.thresholds.map((th) => ({ ...firstCrossing(steps, th.metric, th.value, th.direction), label: th.label }));
  return { scenario: name, levers, runs: o.runs, seeds: { first: seeds[0]!, last: seeds[seeds.length - 1]! }, steps, thresholds, figures };
}
