import { renameSync, unlinkSync, writeFileSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import type { Command } from 'commander';
import Tinypool from 'tinypool';
import { z } from 'zod';
import { InputError } from '../../errors.js';
import { createRng, deriveSeed } from '../../random/index.js';
import { checkLeverName, firstCrossing, isShareFigure, networkFiguresFor, type Interval, type ScenarioBase } from '../../scenarios/index.js';
import {
  latinHypercube,
  morrisDesign,
  morrisMeasures,
  morrisPoints,
  noiseShare,
  robustConclusions,
  figureWords,
  inputWords,
  finiteRows,
  saltelliDesign,
  saltelliPoints,
  sobolWithBootstrap,
  splitSaltelliOutputs,
  evaluateFigureJob,
  effectiveSampleSize,
  type FigureJob,
} from '../../sensitivity/index.js';
import { checkOutputPath, writeFilesAtomic } from '../files.js';
import { enumFlag, generationFlags, intFlag, parseFlags } from '../flags.js';
import { SENSITIVITY_WORKER_URL, workerCount } from '../pool.js';
import { progressBar } from '../progress.js';
import { renderSensitivityCsv, renderSensitivityJson, renderSensitivityTable, type SensitivityReport } from '../render/sensitivity.js';
import { action, onInterrupt } from '../run.js';
import { modelsFor, selectInputs, settingOf, surveyDrawOptions, type PointSetting } from '../../sensitivity/index.js';
import { resolveFromFlags } from '../spec-load.js';
import { addGenerationOptions } from './generation-options.js';
import { addQueueOptions, queueFlags } from '../queue/flags.js';
import { openQueueRun, type QueueRun } from '../queue/coordinator.js';
import { parseQueueUrl } from '../queue/url.js';

/** Most networks one `sensitivity` run may generate. */
export const MAX_SENSITIVITY_NETWORKS = 200_000;
/** Most with `--queue` (a cluster: the Sobol' run of 10 inputs at N = 1024 with 20 seeds is 245,760). */
export const MAX_QUEUED_SENSITIVITY_NETWORKS = 2_000_000;

const SensitivityFlags = z.object({
  ...generationFlags,
  /** Empty: the spec's first key figure. */
  figure: z.string().default(''),
  lever: z.string().optional(),
  /** Unset: the spec's threshold on the figure (else 0.5, rises). */
  target: z.string().optional().transform((x) => (x === undefined ? undefined : Number(x))).refine((x) => x === undefined || Number.isFinite(x), 'expected a number'),
  direction: enumFlag(['rises', 'falls']).optional(),
  steps: intFlag(2, 101).default(6),
  method: enumFlag(['morris', 'sobol', 'both']).default('both'),
  n: intFlag(4, 100000).default(16),
  trajectories: intFlag(2, 10000).default(8),
  levels: intFlag(2, 20).default(4),
  runs: intFlag(1, 1000).default(1),
  noisePoints: intFlag(0, 1000).default(4),
  noiseSeeds: intFlag(2, 1000).default(4),
  uncertainty: enumFlag(['assumptions', 'sampling', 'all']).default('all'),
  inputs: z.string().optional(),
  icc: z.string().default('0.2').transform(Number).refine((x) => x >= 0 && x <= 1, 'expected a number in [0, 1]'),
  bootstrap: intFlag(10, 100000).default(1000),
  workers: z.union([z.literal('auto'), intFlag(1, 64)]).default(1),
  queue: queueFlags.queue,
  format: enumFlag(['table', 'json', 'csv']).default('table'),
  out: z.string().optional(),
  chart: z.string().optional(),
});
type Flags = z.output<typeof SensitivityFlags>;

/** One evaluation unit: a sample point, the seeds its figure is averaged over. */
interface Case {
  readonly point: PointSetting;
  readonly seeds: number[];
}


const seedsFor = (seed: number, stream: string, runs: number) => Array.from({ length: runs }, (_, j) => deriveSeed(seed, `${stream}-${j}`));

/** Evaluates cases (in a worker pool when asked) and reduces each to one number: the figure's mean, or the threshold t. */
async function evaluateCases(base: ScenarioBase, cases: readonly Case[], flags: Flags, lever: string | null, ts: number[], tick: (n: number) => void, queue: QueueRun | null): Promise<{ values: number[]; failed: number; censored: number; firstFailure: string | null }> {
  const workers = workerCount(flags.workers);
  const pool = workers > 1 && !queue ? new Tinypool({ filename: SENSITIVITY_WORKER_URL, minThreads: workers, maxThreads: workers }) : null;
  const stop = pool ? onInterrupt(() => pool.destroy()) : () => {};
  const draw = surveyDrawOptions(base, flags.icc);
  let failed = 0;
  let firstFailure: string | null = null;
  let censored = 0;
  let done = 0;
  try {
    const values = await Promise.all(
      cases.map(async (c) => {
        let models;
        try {
          models = modelsFor(base, c.point, lever, ts, draw);
        } catch (err) {
          if (!(err instanceof InputError)) throw err;
          failed++;
          firstFailure ??= err.message;
          done += c.seeds.length * (lever ? ts.length : 1);
          tick(done);
          return NaN;
        }
        const job: FigureJob = { models, seeds: c.seeds, metric: flags.figure, betweennessSamples: 256 };
        const r: number[][] = queue ? await queue.figures(job) : pool ? await pool.run(job) : evaluateFigureJob(job);
        done += models.length * c.seeds.length;
        tick(done);
        const means = r.map((row) => row.reduce((s, x) => s + x, 0) / row.length);
        if (!lever) return means[0]!;
        const steps = ts.map((t, i) => ({ t, metrics: { [flags.figure]: { mean: means[i]! } as Interval } }));
        const th = firstCrossing(steps, flags.figure, flags.target ?? 0.5, flags.direction ?? 'rises');
        if (th.t === null) {
          censored++;
          return ts[ts.length - 1]!;
        }
        return th.t;
      }),
    );
    return { values, failed, censored, firstFailure };
  } finally {
    stop();
    await pool?.destroy();
  }
}

/** Writes binary bytes atomically (temp file beside, then rename); nothing is left on failure. */
function writeBinaryAtomic(path: string, bytes: Uint8Array): void {
  const tmp = join(dirname(path), `.${basename(path)}.tmp-${process.pid}-chart`);
  try {
    writeFileSync(tmp, bytes, { flag: 'wx' });
    renameSync(tmp, path);
  } catch (err) {
    try {
      unlinkSync(tmp);
    } catch {
      /* not created */
    }
    throw err;
  }
}

/** `collabnet sensitivity`: which inputs move a network figure or a scenario threshold (Morris, Sobol'). */
export function registerSensitivity(program: Command): void {
  addQueueOptions(addGenerationOptions(program.command('sensitivity')), false)
    .description("which assumptions (and the survey's sampling error) move a network figure or a scenario threshold: Morris screening and Sobol' indices with bootstrap intervals, the generator's noise share, robust conclusions")
    .option('--figure <metric>', "the network figure, e.g. giant_share.SECTOR, isolate_share.SECTOR, edges, modularity (default: the spec's first key figure)")
    .option('--lever <name>', 'instead of the baseline figure: the t at which the figure crosses --target as this lever is swept')
    .option('--target <x>', "threshold value of the figure (with --lever; default: the spec's threshold on the figure, else 0.5)")
    .option('--direction <d>', "rises | falls: the figure crosses the target upward or downward (with --lever; default: the spec's threshold's, else rises)")
    .option('--steps <n>', 'grid points of t in [0, 1] per sample point (with --lever)', '6')
    .option('--method <m>', 'morris | sobol | both', 'both')
    .option('--n <N>', "Sobol' base sample size N (N(k + 2) points)", '16')
    .option('--trajectories <r>', 'Morris trajectories (r(k + 1) points)', '8')
    .option('--levels <p>', 'Morris grid levels (even)', '4')
    .option('--runs <r>', 'seeds per sample point (common random numbers: one seed set per Sobol row / Morris trajectory)', '1')
    .option('--noise-points <n>', "points (Latin hypercube) at which replicate seeds measure the generator's noise", '4')
    .option('--noise-seeds <n>', 'replicate seeds per noise point', '4')
    .option('--uncertainty <kind>', "assumptions | sampling | all: vary the assumptions' ranges, the survey's sampling error (one input), or both", 'all')
    .option('--inputs <a,b,…>', 'vary only these inputs (names as listed in the output)')
    .option('--icc <rho>', "intra-cluster correlation of answers from respondents in one node (a many-per-node sector of the spec), for their effective sample size (Kish design effect)", '0.2')
    .option('--bootstrap <B>', 'bootstrap resamples for the Sobol intervals', '1000')
    .option('--workers <n|auto>', 'worker threads (results are identical whatever the count)', '1')
    .option('--format <format>', 'table | json | csv', 'table')
    .option('--out <file>', 'write here (atomically) instead of stdout')
    .option('--chart <file>', "Sobol' bar chart (Morris μ* with --method morris) as FILE.svg or FILE.png")
    .action(
      action(async (raw: Record<string, unknown>) => {
        const flags = parseFlags(SensitivityFlags, raw);
        if (flags.levels % 2 !== 0) throw new InputError(`--levels: expected an even number, got ${flags.levels}`);
        const lever = flags.lever ?? null;
        const { base, spec } = resolveFromFlags(flags);
        if (lever !== null) checkLeverName(spec, lever, `--lever ${lever}`);
        if (flags.chart && !/\.(svg|png)$/i.test(flags.chart)) throw new InputError(`--chart ${flags.chart}: expected a file name ending in .svg or .png`);
        const out = flags.out ? checkOutputPath(flags.out) : undefined;
        const chart = flags.chart ? checkOutputPath(flags.chart, process.cwd(), '--chart') : undefined;
        if (out !== undefined && out === chart) throw new InputError(`--chart ${flags.chart}: the same file as --out ${flags.out}; expected two different files (the report and the chart)`);
        const named = flags.inputs !== undefined ? flags.inputs.split(',').map((s) => s.trim()).filter(Boolean) : [];
        // An empty list (--inputs "" or ",") would silently mean every input: refused.
        if (flags.inputs !== undefined && named.length === 0) throw new InputError(`--inputs ${JSON.stringify(flags.inputs)}: expected input names separated by commas (e.g. --inputs tertiary-share,survey-sampling)`);
        const inputs = selectInputs(spec, lever, named, flags.uncertainty !== 'assumptions', flags.uncertainty !== 'sampling');
        // Assumptions set with --set / --model stay fixed unless named in --inputs.
        if (!flags.inputs) for (let i = inputs.length - 1; i >= 0; i--) if (Object.hasOwn(base.options.overrides ?? {}, inputs[i]!.name)) inputs.splice(i, 1);
        const k = inputs.length;
        if (k === 0)
          throw new InputError(
            `--uncertainty ${flags.uncertainty}: no input to vary in ${spec.name}; expected an assumption of the spec with a plausible range of nonzero width, not fixed by --set or --model${flags.uncertainty === 'assumptions' ? ', or --uncertainty sampling|all (the survey\'s sampling error)' : ''}`,
          );
        const ts = lever ? Array.from({ length: flags.steps }, (_, i) => i / (flags.steps - 1)) : [0];
        const perCase = flags.runs * (lever ? ts.length : 1);
        // Before any design is drawn: the run's size (arithmetic), then the figure's name (one baseline network).
        const planned =
          (Math.max(flags.noiseSeeds, flags.runs) +
            (flags.method !== 'sobol' ? flags.trajectories * (k + 1) * flags.runs : 0) +
            (flags.method !== 'morris' ? flags.n * (k + 2) * flags.runs : 0) +
            flags.noisePoints * flags.noiseSeeds * flags.runs) *
          (lever ? ts.length : 1);
        const limit = flags.queue ? MAX_QUEUED_SENSITIVITY_NETWORKS : MAX_SENSITIVITY_NETWORKS;
        if (planned > limit) throw new InputError(`this run would generate ${planned} networks; the limit is ${limit}${flags.queue ? ' with --queue' : ''} (lower --n, --trajectories, --runs or --steps${flags.queue ? '' : `, or run on a cluster with --queue: up to ${MAX_QUEUED_SENSITIVITY_NETWORKS}`})`);
        // With --lever, the spec's own threshold (on --figure, or its first) gives the figure, target and direction not passed.
        const threshold = lever ? spec.outcomes.thresholds.find((t) => flags.figure === '' || t.metric === flags.figure) : undefined;
        if (flags.figure === '') flags.figure = threshold?.metric ?? spec.outcomes.keyFigures[0]!.metric;
        const target = flags.target ?? (threshold?.metric === flags.figure ? threshold.value : 0.5);
        const direction = flags.direction ?? (threshold?.metric === flags.figure ? threshold.direction : 'rises');
        flags.target = target;
        flags.direction = direction;
        const known = Object.keys(networkFiguresFor(base.baseline, flags.seed, 256));
        if (!known.includes(flags.figure))
          throw new InputError(`--figure ${flags.figure}: not a network figure of spec "${spec.name}"; expected one of ${known.slice(0, 30).join(', ')}${known.length > 30 ? `, … (${known.length} in all)` : ''}`);
        // A share never crosses a target outside [0, 1]: every point would be censored at t = 1 and the indices would all be 0.
        if (lever !== null && isShareFigure(flags.figure) && !(flags.target >= 0 && flags.target <= 1))
          throw new InputError(`--target ${flags.target}: ${flags.figure} is a share; expected a number in [0, 1]`);
        const rng = createRng(deriveSeed(flags.seed, 'sensitivity-design'));

        // Designs, then cases: one seed set per Morris trajectory / Sobol row (common random numbers).
        const morris = flags.method !== 'sobol' ? morrisDesign(flags.trajectories, k, flags.levels, rng) : null;
        const sobol = flags.method !== 'morris' ? saltelliDesign(flags.n, k, rng) : null;
        const noiseAt = flags.noisePoints > 0 ? latinHypercube(flags.noisePoints, k, rng) : [];
        const cases: Case[] = [{ point: { values: {}, surveyDraw: null }, seeds: seedsFor(flags.seed, 'baseline', Math.max(flags.noiseSeeds, flags.runs)) }];
        const morrisStart = cases.length;
        if (morris) morrisPoints(morris).forEach((u, i) => cases.push({ point: settingOf(inputs, u, flags.seed), seeds: seedsFor(flags.seed, `morris-${Math.floor(i / (k + 1))}`, flags.runs) }));
        const sobolStart = cases.length;
        if (sobol) for (const { row, point } of saltelliPoints(sobol)) cases.push({ point: settingOf(inputs, point, flags.seed), seeds: seedsFor(flags.seed, `sobol-${row}`, flags.runs) });
        const noiseStart = cases.length;
        noiseAt.forEach((u, p) => {
          for (let j = 0; j < flags.noiseSeeds; j++) cases.push({ point: settingOf(inputs, u, flags.seed), seeds: seedsFor(flags.seed, `noise-${p}-${j}`, flags.runs) });
        });
        const networks = cases.reduce((s, c) => s + c.seeds.length * (lever ? ts.length : 1), 0);
        if (networks > limit) throw new InputError(`this run would generate ${networks} networks; the limit is ${limit}${flags.queue ? ' with --queue' : ''} (lower --n, --trajectories, --runs or --steps${flags.queue ? '' : `, or run on a cluster with --queue: up to ${MAX_QUEUED_SENSITIVITY_NETWORKS}`})`);

        const started = performance.now();
        const queue = flags.queue ? await openQueueRun(parseQueueUrl(flags.queue, '--queue', process.env), { label: 'sensitivity', total: networks, jobs: `in one job per sample point (its ${flags.runs} seed${flags.runs === 1 ? '' : 's'}${lever ? ` × ${ts.length} steps` : ''})` }) : null;
        const bar = progressBar(queue ? 0 : networks, 'sensitivity');
        let evaluated;
        try {
          evaluated = await evaluateCases(base, cases, flags, lever, ts, bar.tick, queue);
        } finally {
          bar.stop();
          await queue?.close();
        }
        const seconds = (performance.now() - started) / 1000;
        const y = evaluated.values;
        const baselineSeeds = cases[0]!.seeds.length;

        const morrisResult = morris ? morrisMeasures(morris, y.slice(morrisStart, sobolStart)) : null;
        let sobolResult = null;
        let droppedRows = 0;
        let sample: number[] = [];
        if (sobol) {
          const complete = finiteRows(splitSaltelliOutputs(flags.n, k, y.slice(sobolStart, noiseStart)));
          droppedRows = complete.dropped;
          if (complete.outputs.fA.length < 4) throw new InputError(`only ${complete.outputs.fA.length} of ${flags.n} Sobol' rows could be evaluated (${evaluated.firstFailure ?? 'the figure is not defined'}); expected at least 4`);
          const outputs = complete.outputs;
          sobolResult = sobolWithBootstrap(outputs, createRng(deriveSeed(flags.seed, 'bootstrap')), flags.bootstrap);
          sample = [...outputs.fA, ...outputs.fB];
        } else sample = y.slice(morrisStart, sobolStart);
        sample = sample.filter(Number.isFinite);
        const replicates = noiseAt.map((_, p) => y.slice(noiseStart + p * flags.noiseSeeds, noiseStart + (p + 1) * flags.noiseSeeds).filter(Number.isFinite));
        const mean = sample.reduce((s, v) => s + v, 0) / Math.max(1, sample.length);
        const totalVariance = sobolResult?.variance ?? sample.reduce((s, v) => s + (v - mean) ** 2, 0) / Math.max(1, sample.length - 1);
        const noise = replicates.some((r) => r.length >= 2) ? noiseShare(replicates, totalVariance) : null;
        const label = lever ? `the t at which ${flags.figure} ${direction === 'rises' ? 'reaches' : 'falls below'} ${target} under ${lever}` : flags.figure;
        const draw = surveyDrawOptions(base, flags.icc);
        // The sentences say the figure and lever in words (the key figure's label, shares as percentages); the tables keep ids for scripting.
        const words = figureWords(base.spec, flags.figure);
        const proseLabel = lever ? `the t at which ${words.label} ${direction === 'rises' ? 'reaches' : 'falls below'} ${words.format(target)} under ${base.spec.levers.find((l) => l.id === lever)?.title ?? lever}` : words.label;
        const proseFormat = (x: number) => (lever ? `t = ${x.toFixed(2)}` : words.format(x));
        const report: SensitivityReport = {
          figure: flags.figure,
          label,
          lever,
          threshold: lever ? { target: target, direction: direction, steps: ts.length, censored: evaluated.censored } : null,
          uncertainty: flags.uncertainty,
          inputs: inputs.map((i) => ({ name: i.name, range: i.range, why: i.why })),
          respondents: Object.entries(base.survey.groups).flatMap(([group, g]) => {
            if (g.responses === null) return [];
            const clusters = draw.clusters[group];
            return [{ group, ...(clusters ? effectiveSampleSize(g.responses, Math.min(Math.round(clusters), g.responses), flags.icc) : { respondents: g.responses, clusters: g.responses, meanClusterSize: 1, icc: 0, designEffect: 1, effective: g.responses }) }];
          }),
          baseline: { mean: y[0]!, networks: baselineSeeds * (lever ? ts.length : 1) },
          morris: morrisResult ? { trajectories: flags.trajectories, levels: flags.levels, measures: morrisResult.map((m, i) => ({ input: inputs[i]!.name, ...m })) } : null,
          sobol: sobolResult ? { n: flags.n, resamples: sobolResult.resamples, variance: sobolResult.variance, indices: inputs.map((inp, i) => ({ input: inp.name, S1: sobolResult!.S1[i]!, ST: sobolResult!.ST[i]! })) } : null,
          noise,
          conclusions: robustConclusions({ label: proseLabel, format: proseFormat, baseline: { mean: y[0]!, networks: baselineSeeds }, sample, inputs: inputs.map((i) => i.name), names: Object.fromEntries(inputs.map((i) => [i.name, `${inputWords(base.spec, i.name)} (${i.name})`])), sobol: sobolResult, noise }),
          cost: { networks, perPoint: perCase, points: cases.length, failedPoints: evaluated.failed, firstFailure: evaluated.firstFailure, droppedSobolRows: droppedRows, seconds, workers: workerCount(flags.workers), seed: flags.seed },
        };
        const text = flags.format === 'json' ? renderSensitivityJson(report) : flags.format === 'csv' ? renderSensitivityCsv(report) : renderSensitivityTable(report);
        const title = lever ? `t where ${flags.figure} ${direction === 'rises' ? '≥' : '<'} ${target} under ${lever}` : flags.figure;
        // The chart's libraries (Plot, a DOM, resvg's native addon) load only when a chart is asked for.
        const charts = chart ? await import('../render/sensitivity-chart.js') : null;
        const svg = !charts ? null : report.sobol ? charts.sobolChartSvg(title, report.sobol.indices.map((r) => ({ input: r.input, S1: r.S1, ST: r.ST }))) : charts.morrisChartSvg(title, report.morris!.measures);
        const files = [...(out ? [{ path: out, text }] : []), ...(chart && svg && /\.svg$/i.test(chart) ? [{ path: chart, text: svg }] : [])];
        if (files.length) writeFilesAtomic(files);
        if (charts && chart && svg && /\.png$/i.test(chart)) writeBinaryAtomic(chart, charts.svgToPng(svg));
        if (!out) process.stdout.write(text);
      }),
    );
}
