import type { Command } from 'commander';
import { z } from 'zod';
import { fitEnsemble, summarizeRuns } from '../../fit/index.js';
import { checkOutputPath, writeFilesAtomic } from '../files.js';
import { enumFlag, fileFlag, generationFlags, intFlag, parseFlags } from '../flags.js';
import { resolveFromFlags } from '../load.js';
import { progressBar } from '../progress.js';
import { renderFitTable } from '../render/fit.js';
import { action } from '../run.js';
import { addGenerationOptions } from './generation-options.js';

/** Most runs one fit command may ask for. */
export const MAX_FIT_RUNS = 10_000;

const Flags = z.object({
  ...generationFlags,
  runs: intFlag(1, MAX_FIT_RUNS).default(1),
  format: enumFlag(['table', 'json']).default('table'),
  out: fileFlag.optional(),
});

/** `collabnet fit`: how well generated networks reproduce the survey. */
export function registerFit(program: Command): void {
  addGenerationOptions(program.command('fit'))
    .description('compare generated networks with the survey: bin shares, implied vs realized totals, dropped ties, assumptions')
    .option('--runs <r>', `number of networks (seeds seed … seed+r−1); mean and 95% interval over them (1–${MAX_FIT_RUNS})`, '1')
    .option('--format <format>', 'table | json', 'table')
    .option('--out <file>', 'write here (atomically) instead of stdout')
    .action(
      action((raw: Record<string, unknown>) => {
        const flags = parseFlags(Flags, raw);
        const { model } = resolveFromFlags(flags);
        const out = flags.out ? checkOutputPath(flags.out) : undefined;
        const bar = progressBar(flags.runs, 'fit');
        const runs = fitEnsemble(model, { seed: flags.seed, runs: flags.runs, onProgress: bar.tick });
        bar.stop();
        const text =
          flags.format === 'json'
            ? JSON.stringify(
                {
                  runs: flags.runs,
                  seeds: { first: flags.seed, last: flags.seed + flags.runs - 1 },
                  model: { populations: { hospitals: model.hospitals, clinicians: model.clinicians, institutions: model.institutions, companies: model.companies }, reconciliation: model.reconciliation, implied: model.implied, assumptions: model.assumptions },
                  fit: flags.runs === 1 ? runs[0] : summarizeRuns(runs),
                },
                null,
                2,
              ) + '\n'
            : renderFitTable(model, summarizeRuns(runs), flags.runs, flags.seed);
        if (out) writeFilesAtomic([{ path: out, text }]);
        else process.stdout.write(text);
      }),
    );
}
