import { checkGenerationBounds } from '../generator/bounds.js';
import type { ResolvedModel } from '../model/types.js';
import { compareFigures, type CompareRow } from './compare.js';
import type { Lever } from './levers.js';
import { networkFiguresFor, type Figures } from './network-figures.js';
import { scenarioModel, type LeverSetting, type ScenarioBase } from './scenario-model.js';
import type { SweepStep } from './sweep.js';
import { firstCrossing, type Threshold } from './thresholds.js';

/** One run of an ensemble: its base (the survey and assumptions it was drawn with) and lever catalog. Run i uses seed S + i. */
export interface StreamRun {
  readonly base: ScenarioBase;
  readonly catalog: readonly Lever[];
}

/** How a streamed ensemble reports and yields: called between networks, never inside one. */
export interface StreamHooks {
  /**
   * Awaited after every network: the caller yields to its event loop here (so a cancel message
   * can arrive) and throws to stop; nothing more is computed after it throws.
   */
  readonly pace: () => Promise<void>;
  /** After every network: networks done and the total. */
  readonly onNetwork?: (done: number, total: number) => void;
}

export interface StreamSweepPlan {
  readonly runs: readonly StreamRun[];
  readonly levers: readonly LeverSetting[];
  readonly ts: readonly number[];
  readonly seed: number;
  readonly betweennessSamples: number | null;
  /** Summary of one step over its runs: `summarizeStep` (seeds only) or a percentile spread. */
  readonly summarize: (t: number, runs: readonly Figures[]) => SweepStep;
}

/** The model of run `r` at sweep position t (the run's baseline when no lever moves). */
function modelAt(run: StreamRun, levers: readonly LeverSetting[], t: number): ResolvedModel {
  return levers.length ? scenarioModel(run.base, run.catalog, levers, t) : run.base.baseline;
}

/** The models of every run at t; runs that share a base share the model (resolved once). */
function modelsAt(runs: readonly StreamRun[], levers: readonly LeverSetting[], t: number, where: string): ResolvedModel[] {
  const cache = new Map<ScenarioBase, ResolvedModel>();
  return runs.map((run) => {
    let m = cache.get(run.base);
    if (!m) {
      m = modelAt(run, levers, t);
      checkGenerationBounds(m, {}, where);
      cache.set(run.base, m);
    }
    return m;
  });
}

/** Thresholds of the spec's outcomes on the steps summarized so far. */
export function thresholdsOf(base: ScenarioBase, steps: readonly SweepStep[]): Threshold[] {
  return base.baseline.outcomes.thresholds.map((th) => ({ ...firstCrossing(steps, th.metric, th.value, th.direction), label: th.label }));
}

/**
 * A sweep computed one network at a time, step after step: after each step its summary (and the
 * thresholds found on the steps so far) goes to `onStep`, so a page can draw the curve as it
 * grows; `hooks.pace` runs between networks so the caller can cancel. Run i uses seed S + i at
 * every step (paired), as `runSweep` does; the figures are the same.
 */
export async function streamSweep(plan: StreamSweepPlan, hooks: StreamHooks, onStep?: (steps: readonly SweepStep[], thresholds: Threshold[]) => void): Promise<{ steps: SweepStep[]; thresholds: Threshold[] }> {
  const total = plan.ts.length * plan.runs.length;
  const steps: SweepStep[] = [];
  let done = 0;
  for (const t of plan.ts) {
    const models = modelsAt(plan.runs, plan.levers, t, `t = ${t}: `);
    const figures: Figures[] = [];
    for (let i = 0; i < models.length; i++) {
      figures.push(networkFiguresFor(models[i]!, (plan.seed + i) | 0, plan.betweennessSamples));
      hooks.onNetwork?.(++done, total);
      await hooks.pace();
    }
    steps.push(plan.summarize(t, figures));
    onStep?.(steps, thresholdsOf(plan.runs[0]!.base, steps));
  }
  return { steps, thresholds: thresholdsOf(plan.runs[0]!.base, steps) };
}

export interface StreamComparePlan {
  readonly runs: readonly StreamRun[];
  readonly levers: readonly LeverSetting[];
  readonly t: number;
  readonly seed: number;
  readonly betweennessSamples: number | null;
}

/**
 * Baseline against the levers at t, paired run by run (run i: the same base and seed S + i on
 * both sides), one network at a time: after each pair the rows so far go to `onPair` (with how
 * many pairs they rest on), so the table fills in while it runs. The rows are `compareFigures`'s.
 */
export async function streamCompare(plan: StreamComparePlan, hooks: StreamHooks, onPair?: (rows: CompareRow[], pairs: number) => void): Promise<CompareRow[]> {
  const total = 2 * plan.runs.length;
  const baseline = modelsAt(plan.runs, [], 0, 'baseline: ');
  const scenario = modelsAt(plan.runs, plan.levers, plan.t, `t = ${plan.t}: `);
  const a: Figures[] = [];
  const b: Figures[] = [];
  let done = 0;
  for (let i = 0; i < plan.runs.length; i++) {
    const seed = (plan.seed + i) | 0;
    a.push(networkFiguresFor(baseline[i]!, seed, plan.betweennessSamples));
    hooks.onNetwork?.(++done, total);
    await hooks.pace();
    b.push(networkFiguresFor(scenario[i]!, seed, plan.betweennessSamples));
    hooks.onNetwork?.(++done, total);
    await hooks.pace();
    onPair?.(compareFigures(a, b), i + 1);
  }
  return compareFigures(a, b);
}
