import type { Command } from 'commander';
import { z } from 'zod';
import { intFlag, parseFlags } from '../flags.js';
import { buildExplorer, serveStatic } from '../serve.js';
import { fitEnsemble, summarizeNetwork, summarizeRuns, fitReport } from '../../fit/index.js';
import { generateNetwork } from '../../generator/index.js';
import { resolveFromFlags } from '../load.js';
import { renderFitTable } from '../render/fit.js';
import { renderSummary } from '../render/summary.js';
import { action } from '../run.js';

/** Networks in the ensemble `start` reports the fit over. */
export const START_RUNS = 50;

const Flags = z.object({ port: intFlag(0, 65535).optional(), serve: z.boolean().default(true) });

/** `collabnet start` (what `npm start` runs): the baseline summary and fit report, then the explorer. */
export function registerStart(program: Command): void {
  program
    .command('start')
    .description(`print the baseline network's summary and fit (${START_RUNS} seeds), then build and serve the web explorer on 127.0.0.1`)
    .option('--port <n>', 'port for the explorer (default: PORT, else 5173; 0 picks a free one)')
    .option('--no-serve', 'print the summary and fit report only')
    .action(
      action(async (raw: Record<string, unknown>) => {
        const flags = parseFlags(Flags, { ...raw, port: raw.port ?? process.env.PORT });
        const { model } = resolveFromFlags({ seed: 1, scale: 1, set: [] });
        const { graph, record } = generateNetwork(model, { seed: 1 });
        process.stdout.write(renderSummary(summarizeNetwork(graph, model), model, 1) + '\n');
        const runs = [fitReport(graph, model, record), ...fitEnsemble(model, { seed: 2, runs: START_RUNS - 1 })];
        process.stdout.write(renderFitTable(model, summarizeRuns(runs), START_RUNS, 1));
        process.stdout.write(
          '\nNext: collabnet data check · collabnet metrics · collabnet scenario --list · collabnet generate --format graphml --out baseline.graphml · collabnet --help\n',
        );
        if (!flags.serve) return;
        process.stderr.write('collabnet: building the explorer…\n');
        const dist = await buildExplorer();
        const { url } = await serveStatic(dist, flags.port ?? 5173);
        process.stdout.write(`\nExplorer: ${url}  (Ctrl-C to stop)\n`);
        await new Promise(() => {});
      }),
    );
}
