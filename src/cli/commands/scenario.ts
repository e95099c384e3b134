import type { Command } from 'commander';
import { z } from 'zod';
import { describeValue, InputError } from '../../errors.js';
import { compareFigures, keyFigures, SWEEP_BETWEENNESS_SAMPLES } from '../../scenarios/index.js';
import { checkOutputPath, writeFilesAtomic } from '../files.js';
import { closedNumberFlag, enumFlag, fileFlag, generationFlags, intFlag, parseFlags, refuseFlags } from '../flags.js';
import { resolveFromFlags } from '../spec-load.js';
import { catalogWith, prepareScenario } from '../scenario-setup.js';
import { addQueueOptions, queueFlags } from '../queue/flags.js';
import { openEnsemble } from '../queue/ensemble.js';
import { progressBar } from '../progress.js';
import { renderLeverCatalog, renderSweepCsv, renderSweepJson, renderSweepTable, intervalText } from '../render/scenario.js';
import { table } from '../render/format.js';
import { action } from '../run.js';
import { addGenerationOptions } from './generation-options.js';
import { addUncertaintyOptions, explicitCeilings, sweepUnder, uncertaintyFlags, withUncertaintyNote } from '../uncertainty.js';
import Papa from 'papaparse';

/** Most networks one command may generate (steps × runs). */
export const MAX_NETWORKS = 200_000;

const collect = (value: string, previous: string[] = []) => [...previous, value];
/** Most worker threads. */
export const MAX_WORKERS = 64;
/** `--workers N|auto`: an integer in [1, MAX_WORKERS] or "auto" (one per core). */
export const workersFlag = z
  .string()
  .refine((s) => s === 'auto' || (/^\d+$/.test(s) && Number(s) >= 1 && Number(s) <= MAX_WORKERS), { error: (iss) => `expected an integer in [1, ${MAX_WORKERS}] or "auto", got ${describeValue(iss.input)}` })
  .transform((s) => (s === 'auto' ? ('auto' as const) : Number(s)));
const tFlag = closedNumberFlag(0, 1);

/** Flags shared by `scenario` and `compare`: ensemble size, workers, betweenness, output. */
const ensembleFlags = {
  ...uncertaintyFlags,
  ...queueFlags,
  runs: intFlag(1, 10000).default(100),
  workers: workersFlag.default(1),
  exactBetweenness: z.boolean().default(false),
  format: enumFlag(['table', 'json', 'csv']).default('table'),
  out: fileFlag.optional(),
};

const SweepFlags = z.object({
  ...generationFlags,
  ...ensembleFlags,
  list: z.boolean().default(false),
  lever: z.array(z.string()).default([]),
  scenario: fileFlag.optional(),
  ceiling: z.array(z.string()).default([]),
  from: tFlag.default(0),
  to: tFlag.default(1),
  steps: intFlag(1, 1001).default(11),
});

/** `collabnet scenario`: sweeps levers from the reported level toward what respondents want. */
export function registerScenario(program: Command): void {
  addQueueOptions(addUncertaintyOptions(addGenerationOptions(program.command('scenario'))))
    .description('what happens when collaboration increases: sweep levers over t, each step over an ensemble, every metric with a 95% interval')
    .option('--list', 'print the lever catalog (baseline, ceiling, source) and exit', false)
    .option('--lever <name[=t]>', 'a lever to sweep (or hold at t), repeatable', collect, [])
    .option('--scenario <file>', 'a scenario file (see data/scenarios/)')
    .option('--ceiling <key=value>', 'override a lever ceiling: LEVER.KEY=VALUE as scenario --list prints the keys (repeatable)', collect, [])
    .option('--from <t>', 'first t of the sweep (default: 0)')
    .option('--to <t>', 'last t of the sweep (default: 1)')
    .option('--steps <n>', 'grid points from --from to --to (1–1001; default: 11)')
    .option('--runs <r>', 'networks per step; run i uses seed+i at every step (paired; default: 100)')
    .option('--workers <n|auto>', 'worker threads (results are identical whatever the count; default: 1)')
    .option('--exact-betweenness', `exact betweenness in every network (default: ${SWEEP_BETWEENNESS_SAMPLES} random pivot sources, unbiased)`, false)
    .option('--format <format>', 'table | json | csv (scenario,t,metric,mean,lo,hi,runs)', 'table')
    .option('--out <file>', 'write here (atomically) instead of stdout')
    .action(
      action(async (raw: Record<string, unknown>) => {
        const flags = parseFlags(SweepFlags, raw);
        if (flags.list) {
          refuseFlags(raw, ['lever', 'scenario', 'from', 'to', 'steps', 'runs', 'workers', 'exactBetweenness', 'out'], 'cannot apply with --list (it prints the lever catalog and exits)');
          const { survey, spec, model } = resolveFromFlags(flags);
          process.stdout.write(renderLeverCatalog(catalogWith(survey, spec, model, {}, undefined, flags.ceiling)));
          return;
        }
        if (!flags.scenario && flags.lever.length === 0) throw new InputError("expected --lever NAME[=T] or --scenario FILE (run 'collabnet scenario --list' for the levers)");
        if (flags.from > flags.to) throw new InputError(`--from ${flags.from} --to ${flags.to}: expected from ≤ to`);
        if (flags.steps * flags.runs > MAX_NETWORKS) throw new InputError(`--steps ${flags.steps} × --runs ${flags.runs} = ${flags.steps * flags.runs} networks; the limit is ${MAX_NETWORKS}`);
        const out = flags.out ? checkOutputPath(flags.out) : undefined;
        const { base, catalog, levers, name } = prepareScenario(flags, flags.scenario, flags.lever, flags.ceiling);
        const pool = await openEnsemble(flags, 'scenario', flags.steps * flags.runs);
        const bar = pool.queue ? progressBar(0, '') : progressBar(flags.steps * flags.runs, 'scenario');
        const betweennessSamples = flags.exactBetweenness ? null : SWEEP_BETWEENNESS_SAMPLES;
        try {
          const result = await sweepUnder(flags, base, catalog, name, levers, { from: flags.from, to: flags.to, steps: flags.steps, runs: flags.runs, seed: flags.seed, betweennessSamples, evaluate: pool.evaluate, onProgress: bar.tick, ...(pool.chunk ? { chunk: pool.chunk } : {}) }, () => explicitCeilings(flags.scenario, flags.ceiling));
          bar.stop();
          const betweenness = betweennessSamples === null ? 'exact' : `sampled: ${betweennessSamples} uniform pivot sources per network (Brandes & Pich 2007)`;
          const text = withUncertaintyNote(flags.format === 'csv' ? renderSweepCsv(result) : flags.format === 'json' ? renderSweepJson(result, catalog, betweenness) : renderSweepTable(result, catalog, keyFigures(base.baseline)), flags.format, flags.uncertainty);
          if (out) writeFilesAtomic([{ path: out, text }]);
          else process.stdout.write(text);
        } finally {
          bar.stop();
          await pool.close();
        }
      }),
    );
}

const CompareFlags = z.object({
  ...generationFlags,
  ...ensembleFlags,
  baseline: fileFlag.optional(),
  scenario: fileFlag,
  t: tFlag.default(1),
});

/** `collabnet compare`: a scenario against the baseline (or another scenario), paired run by run. */
export function registerCompare(program: Command): void {
  addQueueOptions(addUncertaintyOptions(addGenerationOptions(program.command('compare'))))
    .description('paired differences (same seeds) between the baseline, or a baseline scenario, and a scenario at t, with 95% intervals')
    .option('--baseline <file>', 'a scenario file to compare against (default: the survey baseline, no levers)')
    .requiredOption('--scenario <file>', 'the scenario file')
    .option('--t <t>', 'where both scenarios stand (0–1)', '1')
    .option('--runs <r>', 'networks each; run i uses seed+i on both sides', '100')
    .option('--workers <n|auto>', 'worker threads', '1')
    .option('--exact-betweenness', 'exact betweenness (default: sampled pivots)', false)
    .option('--format <format>', 'table | json | csv', 'table')
    .option('--out <file>', 'write here (atomically) instead of stdout')
    .action(
      action(async (raw: Record<string, unknown>) => {
        const flags = parseFlags(CompareFlags, raw);
        const out = flags.out ? checkOutputPath(flags.out) : undefined;
        const pool = await openEnsemble(flags, 'compare', 2 * flags.runs);
        const betweennessSamples = flags.exactBetweenness ? null : SWEEP_BETWEENNESS_SAMPLES;
        const bar = pool.queue ? progressBar(0, '') : progressBar(2 * flags.runs, 'compare');
        try {
          const sides = [] as { name: string; figures: Record<string, number>[] }[];
          for (const file of [flags.baseline, flags.scenario]) {
            const prepared = prepareScenario(flags, file, [], []);
            const r = await sweepUnder(flags, prepared.base, prepared.catalog, prepared.name, prepared.levers, { from: flags.t, to: flags.t, steps: 1, runs: flags.runs, seed: flags.seed, betweennessSamples, evaluate: pool.evaluate, onProgress: (d) => bar.tick(sides.length * flags.runs + d), ...(pool.chunk ? { chunk: pool.chunk } : {}) }, () => explicitCeilings(file, []));
            sides.push({ name: prepared.name, figures: [...r.figures[0]!] });
          }
          bar.stop();
          const [a, b] = sides as [(typeof sides)[0], (typeof sides)[0]];
          const rows = compareFigures(a.figures, b.figures);
          let text: string;
          if (flags.format === 'json') text = JSON.stringify({ baseline: a.name, scenario: b.name, t: flags.t, runs: flags.runs, seeds: { first: flags.seed, last: flags.seed + flags.runs - 1 }, metrics: rows }, (_k, v) => (typeof v === 'number' && !Number.isFinite(v) ? null : v), 2) + '\n';
          else if (flags.format === 'csv')
            text =
              Papa.unparse(
                { fields: ['metric', 'baseline_mean', 'baseline_lo', 'baseline_hi', 'scenario_mean', 'scenario_lo', 'scenario_hi', 'difference_mean', 'difference_lo', 'difference_hi', 'runs'], data: rows.map((r) => [r.metric, r.baseline.mean, r.baseline.lo, r.baseline.hi, r.scenario.mean, r.scenario.lo, r.scenario.hi, r.difference.mean, r.difference.lo, r.difference.hi, r.difference.runs].map((v) => (typeof v === 'number' && !Number.isFinite(v) ? '' : v))) },
                { newline: '\n' },
              ) + '\n';
          else
            text =
              `${b.name} (t = ${flags.t}) against ${a.name}: ${flags.runs} paired networks (seeds ${flags.seed}–${flags.seed + flags.runs - 1}); mean [95% interval]\n` +
              table(['metric', a.name, b.name, 'difference'], rows.map((r) => [r.metric, intervalText(r.baseline), intervalText(r.scenario), intervalText(r.difference)])) +
              '\n';
          text = withUncertaintyNote(text, flags.format, flags.uncertainty, 'both sides use the same point and seed in run i; intervals are 95% confidence intervals of the mean and of the paired difference over the runs');
          if (out) writeFilesAtomic([{ path: out, text }]);
          else process.stdout.write(text);
        } finally {
          bar.stop();
          await pool.close();
        }
      }),
    );
}
