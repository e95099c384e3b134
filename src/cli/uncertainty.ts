/**
 * `--uncertainty seeds|sampling|assumptions|all` for the ensemble commands (fit, scenario,
 * compare, metrics). Under `seeds` run i is the model as given with seed S + i (the generator's
 * own randomness only). Under `sampling` run i also redraws every reported distribution from its
 * sampling distribution; under `assumptions` it takes row i of a Latin hypercube over the spec's
 * plausible ranges; `all` does both. Run i is the same point whatever the command, so `compare`
 * stays paired. Same seed, same bytes.
 */
import type { Command } from 'commander';
import { InputError } from '../errors.js';
import { z } from 'zod';
import { fitEnsemble, type FitRun } from '../fit/index.js';
import type { ResolvedModel } from '../model/index.js';
import { DEFAULT_SWEEP_OPTIONS, SWEEP_BETWEENNESS_SAMPLES, firstCrossing, leverCatalog, runSweep, scenarioModel, type Figures, type LeverSetting, type ScenarioBase, type SweepOptions, type SweepResult, type Evaluate } from '../scenarios/index.js';
import { parseJsonText, parseWith, ScenarioFileSchema } from '../schemas/index.js';
import { runBases, spreadStep, UNCERTAINTY_KINDS, type UncertaintyKind } from '../sensitivity/index.js';
import Papa from 'papaparse';
import { readTextFile } from './files.js';
import { createEvaluate, workerCount } from './pool.js';
import { progressBar } from './progress.js';
import { table } from './render/format.js';
import { resolveFromFlags, type SpecFlags } from './spec-load.js';
import { enumFlag } from './flags.js';
import { parseCeilings } from './scenario-setup.js';

export { UNCERTAINTY_KINDS, runBases, spreadStep, type UncertaintyKind } from '../sensitivity/index.js';

/** The zod flags of `--uncertainty` and `--icc`. */
export const uncertaintyFlags = {
  uncertainty: enumFlag(UNCERTAINTY_KINDS).default('seeds'),
  icc: z
    .string()
    .default('0.2')
    .refine((s) => Number(s) >= 0 && Number(s) <= 1, { error: (iss) => `expected a number in [0, 1], got ${JSON.stringify(iss.input)}` })
    .transform(Number),
};

/** Adds `--uncertainty` (default `seeds`, or none: then the command's single-network mode) and `--icc` to a command. */
export function addUncertaintyOptions(cmd: Command, defaultKind: UncertaintyKind | null = 'seeds'): Command {
  return cmd
    .option('--uncertainty <kind>', "seeds | sampling | assumptions | all: what varies from run to run — the generator's seed only, plus a redraw of the survey from its sampling distribution, plus the assumptions over their plausible ranges (Latin hypercube), or both", defaultKind ?? undefined)
    .option('--icc <rho>', 'intra-cluster correlation of answers from respondents in one node (a many-per-node sector of the spec), for the effective sample size under sampling (default 0.2)', defaultKind === null ? undefined : '0.2');
}

/** Lever ceilings set explicitly (scenario file, then `--ceiling`): they hold in every run; survey-derived ones follow each run's survey. */
export function explicitCeilings(scenarioFile: string | undefined, ceilingFlags: readonly string[]): Record<string, number> {
  const file = scenarioFile ? parseWith(ScenarioFileSchema, parseJsonText(readTextFile(scenarioFile), scenarioFile), scenarioFile) : undefined;
  return { ...(file?.ceilings ?? {}), ...parseCeilings(ceilingFlags) };
}

/**
 * A sweep where run i has its own base (see `runBases`) and seed S + i: each run is a one-run
 * sweep of its own model (lever catalog from its own survey and baseline), then every step is
 * summarized over the runs (mean and percentile range, `spreadStep`) and the spec's thresholds
 * found on the means, as `runSweep` does for seeds alone.
 */
export async function runUncertainSweep(bases: readonly ScenarioBase[], ceilings: Readonly<Record<string, number>>, name: string, levers: readonly LeverSetting[], options: Partial<SweepOptions> & { seed: number }): Promise<SweepResult> {
  const done = new Array<number>(bases.length).fill(0);
  const total = bases.length * (options.steps ?? DEFAULT_SWEEP_OPTIONS.steps);
  const perRun = await Promise.all(
    bases.map((b, i) =>
      runSweep(b, leverCatalog(b.survey, b.spec, b.baseline, ceilings), name, levers, {
        ...options,
        runs: 1,
        seed: (options.seed + i) | 0,
        onProgress: (d) => {
          done[i] = d;
          options.onProgress?.(done.reduce((s, x) => s + x, 0), total);
        },
      }),
    ),
  );
  const first = perRun[0]!;
  const figures: Figures[][] = first.steps.map((_, k) => perRun.map((r) => r.figures[k]![0]!));
  const steps = first.steps.map((s, k) => spreadStep(s.t, figures[k]!));
  const thresholds = bases[0]!.baseline.outcomes.thresholds.map((th) => ({ ...firstCrossing(steps, th.metric, th.value, th.direction), label: th.label }));
  return { scenario: name, levers, runs: bases.length, seeds: { first: options.seed, last: (options.seed + bases.length - 1) | 0 }, steps, thresholds, figures };
}

/** Fit runs where run i has its own base and seed S + i; `levers` at `t` when given. */
export function uncertainFitRuns(bases: readonly ScenarioBase[], ceilings: Readonly<Record<string, number>>, levers: readonly LeverSetting[], t: number, seed: number, onProgress?: (done: number) => void): FitRun[] {
  return bases.map((b, i) => {
    const model: ResolvedModel = levers.length ? scenarioModel(b, leverCatalog(b.survey, b.spec, b.baseline, ceilings), levers, t) : b.baseline;
    const run = fitEnsemble(model, { seed: (seed + i) | 0, runs: 1 })[0]!;
    onProgress?.(i + 1);
    return run;
  });
}

/** `runSweep` under `--uncertainty`: the plain sweep for `seeds`, otherwise one base per run (see `runUncertainSweep`). */
export function sweepUnder(flags: { uncertainty: UncertaintyKind; icc: number }, base: ScenarioBase, catalog: Parameters<typeof runSweep>[1], name: string, levers: readonly LeverSetting[], options: Partial<SweepOptions> & { runs: number; seed: number }, ceilings: () => Record<string, number>): Promise<SweepResult> {
  if (flags.uncertainty === 'seeds') return runSweep(base, catalog, name, levers, options);
  return runUncertainSweep(runBases(base, flags.uncertainty, options.runs, options.seed, flags.icc), ceilings(), name, levers, options);
}

/** Says in a report what varied between runs: a first line for tables, an `uncertainty` key for JSON; CSV is left as is. */
export function withUncertaintyNote(text: string, format: string, kind: UncertaintyKind, intervals = "intervals are the 2.5–97.5 percentiles of the runs (the figure's spread)"): string {
  if (kind === 'seeds') return text;
  const what = { sampling: "seeds and the survey's sampling error", assumptions: 'seeds and the assumptions over their plausible ranges (Latin hypercube)', all: "seeds, the survey's sampling error and the assumptions over their plausible ranges" }[kind];
  if (format === 'json') return JSON.stringify({ uncertainty: { kind, varies: what, intervals }, ...JSON.parse(text) }, null, 2) + '\n';
  if (format === 'table') return `Uncertainty: ${what} vary from run to run; ${intervals}.\n${text}`;
  return text;
}

/** One network figure over an ensemble: mean and the 2.5–97.5 percentile range of the runs. */
export interface FigureSummary {
  readonly metric: string;
  readonly mean: number;
  readonly lo: number;
  readonly hi: number;
  readonly runs: number;
}

/**
 * `metrics --uncertainty K --runs R`: the network figures of R networks, run i from its own base
 * (see `runBases`) with seed S + i, each as mean and 2.5–97.5 percentile range over the runs.
 */
export async function uncertainFigures(bases: readonly ScenarioBase[], seed: number, evaluate: Evaluate, betweennessSamples: number | null, onProgress?: (done: number) => void): Promise<FigureSummary[]> {
  let done = 0;
  const figures = await Promise.all(
    bases.map(async (b, i) => {
      const [f] = await evaluate({ model: b.baseline, seeds: [(seed + i) | 0], betweennessSamples });
      onProgress?.(++done);
      return f!;
    }),
  );
  const step = spreadStep(0, figures);
  return Object.entries(step.metrics).map(([metric, iv]) => ({ metric, mean: iv.mean, lo: iv.lo, hi: iv.hi, runs: figures.length }));
}

/**
 * `collabnet metrics --uncertainty K [--runs R] [--workers N]`: the network figures of a generated
 * network under uncertainty, as a table, JSON or CSV (metric,mean,lo,hi,runs).
 */
export async function metricsUnderUncertainty(flags: SpecFlags & { seed: number; in?: string | undefined; uncertainty: UncertaintyKind; icc: number; runs: number; workers: number | 'auto'; format: string }): Promise<string> {
  if (flags.in) throw new InputError(`--uncertainty ${flags.uncertainty} with --in ${flags.in}: expected a generated network (an imported file has no survey or assumptions to vary)`);
  const { base } = resolveFromFlags(flags);
  const bases = runBases(base, flags.uncertainty, flags.runs, flags.seed, flags.icc);
  const pool = createEvaluate(workerCount(flags.workers));
  const bar = progressBar(flags.runs, 'metrics');
  let rows: FigureSummary[];
  try {
    rows = await uncertainFigures(bases, flags.seed, pool.evaluate, SWEEP_BETWEENNESS_SAMPLES, bar.tick);
  } finally {
    bar.stop();
    await pool.close();
  }
  const head = `${flags.runs} networks (seeds ${flags.seed}–${flags.seed + flags.runs - 1}); mean [2.5–97.5 percentile of the runs]; betweenness from ${SWEEP_BETWEENNESS_SAMPLES} pivot sources`;
  let text: string;
  if (flags.format === 'json') text = JSON.stringify({ runs: flags.runs, seeds: { first: flags.seed, last: flags.seed + flags.runs - 1 }, figures: rows }, (_k, v) => (typeof v === 'number' && !Number.isFinite(v) ? null : v), 2) + '\n';
  else if (flags.format === 'csv') text = Papa.unparse({ fields: ['metric', 'mean', 'lo', 'hi', 'runs'], data: rows.map((r) => [r.metric, r.mean, r.lo, r.hi, r.runs].map((v) => (typeof v === 'number' && !Number.isFinite(v) ? '' : v))) }, { newline: '\n' }) + '\n';
  else text = `${head}\n${table(['figure', 'mean', '2.5%', '97.5%'], rows.map((r) => [r.metric, g(r.mean), g(r.lo), g(r.hi)]))}\n`;
  return withUncertaintyNote(text, flags.format, flags.uncertainty);
}

const g = (x: number) => (!Number.isFinite(x) ? '–' : Math.abs(x) >= 100 ? x.toFixed(1) : x.toPrecision(3));
