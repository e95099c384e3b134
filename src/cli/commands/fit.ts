import type { Command } from 'commander';
import { z } from 'zod';
import { fitEnsemble, runSeed, summarizeRuns } from '../../fit/index.js';
import type { ResolvedModel } from '../../model/index.js';
import { leverCatalog, scenarioModel } from '../../scenarios/index.js';
import type { FitRun } from '../../fit/index.js';
import { addQueueOptions, checkQueueFlags, queueFlags } from '../queue/flags.js';
import { openQueueRun } from '../queue/coordinator.js';
import { parseQueueUrl } from '../queue/url.js';
import { checkOutputPath, writeFilesAtomic } from '../files.js';
import { enumFlag, fileFlag, generationFlags, intFlag, parseFlags } from '../flags.js';
import { progressBar } from '../progress.js';
import { renderFitTable } from '../render/fit.js';
import { action } from '../run.js';
import { prepareScenario } from '../scenario-setup.js';
import { addGenerationOptions } from './generation-options.js';
import { addUncertaintyOptions, explicitCeilings, runBases, uncertainFitRuns, uncertaintyFlags, withUncertaintyNote } from '../uncertainty.js';

/** Most runs one fit command may ask for. */
export const MAX_FIT_RUNS = 10_000;

const collect = (value: string, previous: string[] = []) => [...previous, value];
const tFlag = z
  .string()
  .refine((s) => s.trim() !== '' && Number(s) >= 0 && Number(s) <= 1, { error: (iss) => `expected a number in [0, 1], got ${JSON.stringify(iss.input)}` })
  .transform(Number);

const Flags = z.object({
  ...generationFlags,
  ...uncertaintyFlags,
  ...queueFlags,
  runs: intFlag(1, MAX_FIT_RUNS).default(1),
  format: enumFlag(['table', 'json']).default('table'),
  out: fileFlag.optional(),
  lever: z.array(z.string()).default([]),
  scenario: fileFlag.optional(),
  ceiling: z.array(z.string()).default([]),
  t: tFlag.default(1),
});

/** `collabnet fit`: how well generated networks reproduce the survey — at the baseline, or where a scenario stands. */
export function registerFit(program: Command): void {
  addQueueOptions(addUncertaintyOptions(addGenerationOptions(program.command('fit'))))
    .description('compare generated networks with the survey: bin shares, implied vs realized totals, dropped ties, assumptions; with --lever/--scenario, where the scenario leaves the survey behind')
    .option('--runs <r>', `number of networks (seeds seed … seed+r−1); mean and 95% interval over them (1–${MAX_FIT_RUNS})`, '1')
    .option('--lever <name[=t]>', 'fit the network with this lever at --t (or its own t), repeatable; as in scenario', collect, [])
    .option('--scenario <file>', 'fit the network of a scenario file at --t')
    .option('--ceiling <key=value>', 'override a lever ceiling (repeatable)', collect, [])
    .option('--t <t>', 'where the levers stand (0–1)', '1')
    .option('--format <format>', 'table | json', 'table')
    .option('--out <file>', 'write here (atomically) instead of stdout')
    .action(
      action(async (raw: Record<string, unknown>) => {
        const flags = parseFlags(Flags, raw);
        checkQueueFlags(flags);
        const { base, catalog, levers, name } = prepareScenario(flags, flags.scenario, flags.lever, flags.ceiling);
        const model = levers.length ? scenarioModel(base, catalog, levers, flags.t) : base.baseline;
        const out = flags.out ? checkOutputPath(flags.out) : undefined;
        const bar = progressBar(flags.queue ? 0 : flags.runs, 'fit');
        const runs = flags.queue
          ? await queuedFitRuns(flags.queue, flags.batch, flags.uncertainty === 'seeds' ? Array.from({ length: flags.runs }, () => model) : runBases(base, flags.uncertainty, flags.runs, flags.seed, flags.icc).map((b) => (levers.length ? scenarioModel(b, leverCatalog(b.survey, b.spec, b.baseline, explicitCeilings(flags.scenario, flags.ceiling)), levers, flags.t) : b.baseline)), flags.seed)
          : flags.uncertainty === 'seeds' ? fitEnsemble(model, { seed: flags.seed, runs: flags.runs, onProgress: bar.tick }) : uncertainFitRuns(runBases(base, flags.uncertainty, flags.runs, flags.seed, flags.icc), explicitCeilings(flags.scenario, flags.ceiling), levers, flags.t, flags.seed, bar.tick);
        bar.stop();
        const scenario = levers.length ? { name, t: flags.t, levers } : null;
        const report =
          flags.format === 'json'
            ? JSON.stringify(
                {
                  runs: flags.runs,
                  seeds: { first: flags.seed, last: flags.seed + flags.runs - 1 },
                  scenario,
                  model: { spec: model.spec, populations: Object.fromEntries(model.sectors.map((s) => [s.id, s.count])), respondents: Object.fromEntries(model.sectors.filter((s) => s.respondents).map((s) => [s.id, s.respondents!.count])), implied: model.implied, assumptions: model.assumptions },
                  fit: flags.runs === 1 ? runs[0] : summarizeRuns(runs),
                },
                null,
                2,
              ) + '\n'
            : (scenario ? `Scenario ${name} at t = ${flags.t}: ${levers.map((l) => l.lever).join(', ')}\n` : '') + renderFitTable(model, summarizeRuns(runs), flags.runs, flags.seed);
        const text = withUncertaintyNote(report, flags.format, flags.uncertainty);
        if (out) writeFilesAtomic([{ path: out, text }]);
        else process.stdout.write(text);
      }),
    );
}

/**
 * `fit --queue`: run i of model i with seed S + i (as fitEnsemble and uncertainFitRuns number
 * them), in jobs of consecutive runs that share a model.
 */
async function queuedFitRuns(queue: string, batch: number | undefined, models: readonly ResolvedModel[], seed: number): Promise<FitRun[]> {
  const run = await openQueueRun(parseQueueUrl(queue, '--queue', process.env), { label: 'fit', total: models.length, ...(batch !== undefined ? { batch } : {}) });
  try {
    const jobs: Promise<FitRun[]>[] = [];
    for (let i = 0; i < models.length; ) {
      let j = i + 1;
      while (j < models.length && j - i < run.batch && models[j] === models[i]) j++;
      jobs.push(run.fit(models[i]!, Array.from({ length: j - i }, (_, k) => runSeed(seed, i + k))));
      i = j;
    }
    return (await Promise.all(jobs)).flat();
  } finally {
    await run.close();
  }
}
