import { InputError } from '../errors.js';
import { createRng, deriveSeed } from '../random/index.js';
import { firstCrossing, type Interval, type ScenarioBase, type StreamHooks } from '../scenarios/index.js';
import { sobolWithBootstrap, type Estimate } from './bootstrap.js';
import { robustConclusions } from './conclusions.js';
import { figureFor } from './figure-job.js';
import { valueAt } from './input-ranges.js';
import { latinHypercube } from './latin-hypercube.js';
import { noiseShare, type NoiseShare } from './noise-share.js';
import { modelsFor, SURVEY_SAMPLING, surveyDrawOptions, type PointSetting, type UncertainInput } from './points.js';
import { figureWords, inputWords } from './input-words.js';
import { finiteRows, saltelliDesign, saltelliPoints, splitSaltelliOutputs } from './saltelli-design.js';

/** A Sobol' run sized for one thread (the explorer's worker): one seed per point, a few replicate points for the noise share. */
export interface SobolRunPlan {
  readonly base: ScenarioBase;
  readonly inputs: readonly UncertainInput[];
  /** The network figure, e.g. giant_share.SECTOR. */
  readonly figure: string;
  /** With a lever: the t at which the figure crosses `target` along the lever's sweep (grid `ts`). */
  readonly lever: string | null;
  readonly target: number;
  readonly direction: 'rises' | 'falls';
  readonly ts: readonly number[];
  /** Saltelli base sample size: N(k + 2) points. */
  readonly n: number;
  readonly seed: number;
  readonly icc: number;
  readonly noisePoints: number;
  readonly noiseSeeds: number;
  readonly bootstrap: number;
}

export interface SobolRunResult {
  readonly label: string;
  /** Each input's indices, with its words from the spec (`label`) for charts and prose. */
  readonly indices: readonly { input: string; label: string; S1: Estimate; ST: Estimate }[];
  readonly baseline: number;
  readonly noise: NoiseShare | null;
  readonly conclusions: readonly string[];
  readonly networks: number;
  readonly failedPoints: number;
}

/** Networks a plan generates (arithmetic, before anything is drawn). */
export function sobolRunSize(plan: Pick<SobolRunPlan, 'inputs' | 'n' | 'lever' | 'ts' | 'noisePoints' | 'noiseSeeds'>): number {
  return (1 + plan.n * (plan.inputs.length + 2) + plan.noisePoints * plan.noiseSeeds) * (plan.lever ? plan.ts.length : 1);
}

/** Turns a point of [0, 1)^k into assumption values and a survey redraw (the explorer's run and `collabnet sensitivity` alike). */
export function settingOf(inputs: readonly UncertainInput[], u: readonly number[], seed: number): PointSetting {
  const values: Record<string, number | string> = {};
  let surveyDraw: number | null = null;
  inputs.forEach((input, i) => {
    if (input.name === SURVEY_SAMPLING) surveyDraw = deriveSeed(seed, `survey-${Math.floor(u[i]! * 2 ** 31)}`);
    else values[input.name] = valueAt(input.range, Math.min(u[i]!, 1));
  });
  return { values, surveyDraw };
}

/**
 * Sobol' first- and total-order indices of one figure (or a lever threshold) over the inputs'
 * plausible ranges, with bootstrap intervals, the generator's noise share and the robust
 * conclusions — the same estimators and sentences as `collabnet sensitivity --method sobol`,
 * one network at a time so the caller can show progress and cancel between networks (`hooks`).
 * Seeds: one per Saltelli row (common random numbers), replicate seeds at the noise points.
 */
export async function runSobol(plan: SobolRunPlan, hooks: StreamHooks): Promise<SobolRunResult> {
  const k = plan.inputs.length;
  if (k === 0) throw new InputError('sensitivity: no input to vary');
  const rng = createRng(deriveSeed(plan.seed, 'sensitivity-design'));
  const design = saltelliDesign(plan.n, k, rng);
  const noiseAt = plan.noisePoints > 0 ? latinHypercube(plan.noisePoints, k, rng) : [];
  const cases: { point: PointSetting; seed: number }[] = [{ point: { values: {}, surveyDraw: null }, seed: deriveSeed(plan.seed, 'baseline-0') }];
  for (const { row, point } of saltelliPoints(design)) cases.push({ point: settingOf(plan.inputs, point, plan.seed), seed: deriveSeed(plan.seed, `sobol-${row}-0`) });
  noiseAt.forEach((u, p) => {
    for (let j = 0; j < plan.noiseSeeds; j++) cases.push({ point: settingOf(plan.inputs, u, plan.seed), seed: deriveSeed(plan.seed, `noise-${p}-${j}-0`) });
  });
  const total = sobolRunSize(plan);
  const draw = surveyDrawOptions(plan.base, plan.icc);
  let done = 0;
  let failed = 0;
  let firstFailure: string | null = null;
  const y: number[] = [];
  for (const c of cases) {
    const per = plan.lever ? plan.ts.length : 1;
    let models;
    try {
      models = modelsFor(plan.base, c.point, plan.lever, plan.ts, draw);
    } catch (err) {
      if (!(err instanceof InputError)) throw err;
      failed++;
      firstFailure ??= err.message;
      done += per;
      hooks.onNetwork?.(done, total);
      y.push(NaN);
      continue;
    }
    const values: number[] = [];
    for (const m of models) {
      values.push(figureFor(m, c.seed, plan.figure, 256));
      hooks.onNetwork?.(++done, total);
      await hooks.pace();
    }
    if (!plan.lever) y.push(values[0]!);
    else {
      const steps = plan.ts.map((t, i) => ({ t, metrics: { [plan.figure]: { mean: values[i]! } as Interval } }));
      const th = firstCrossing(steps, plan.figure, plan.target, plan.direction);
      y.push(th.t ?? plan.ts[plan.ts.length - 1]!);
    }
  }
  const sobolStart = 1;
  const noiseStart = sobolStart + plan.n * (k + 2);
  const complete = finiteRows(splitSaltelliOutputs(plan.n, k, y.slice(sobolStart, noiseStart)));
  if (complete.outputs.fA.length < 4) throw new InputError(`sensitivity: only ${complete.outputs.fA.length} of ${plan.n} Sobol' rows could be evaluated (${firstFailure ?? 'the figure is not defined'}); expected at least 4`);
  const sobol = sobolWithBootstrap(complete.outputs, createRng(deriveSeed(plan.seed, 'bootstrap')), plan.bootstrap);
  const sample = [...complete.outputs.fA, ...complete.outputs.fB].filter(Number.isFinite);
  const replicates = noiseAt.map((_, p) => y.slice(noiseStart + p * plan.noiseSeeds, noiseStart + (p + 1) * plan.noiseSeeds).filter(Number.isFinite));
  const noise = replicates.some((r) => r.length >= 2) ? noiseShare(replicates, sobol.variance) : null;
  const words = figureWords(plan.base.spec, plan.figure);
  const label = plan.lever ? `the t at which ${words.label} ${plan.direction === 'rises' ? 'reaches' : 'falls below'} ${words.format(plan.target)} under ${plan.base.spec.levers.find((l) => l.id === plan.lever)?.title ?? plan.lever}` : words.label;
  const format = (x: number) => (plan.lever ? `t = ${x.toFixed(2)}` : words.format(x));
  const inputs = plan.inputs.map((i) => i.name);
  const names = Object.fromEntries(inputs.map((id) => [id, inputWords(plan.base.spec, id)]));
  return {
    label,
    indices: inputs.map((input, i) => ({ input, label: names[input]!, S1: sobol.S1[i]!, ST: sobol.ST[i]! })),
    baseline: y[0]!,
    noise,
    conclusions: robustConclusions({ label, format, baseline: { mean: y[0]!, networks: 1 }, sample, inputs, names, sobol, noise }),
    networks: total,
    failedPoints: failed,
  };
}
