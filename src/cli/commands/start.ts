import type { Command } from 'commander';
import { fitEnsemble, summarizeNetwork, summarizeRuns, fitReport } from '../../fit/index.js';
import { generateNetwork } from '../../generator/index.js';
import { resolveFromFlags } from '../load.js';
import { renderFitTable } from '../render/fit.js';
import { renderSummary } from '../render/summary.js';
import { action } from '../run.js';

/** Networks in the ensemble `start` reports the fit over. */
export const START_RUNS = 50;

/** `collabnet start` (what `npm start` runs): the baseline network's summary and fit report. */
export function registerStart(program: Command): void {
  program
    .command('start')
    .description(`generate the baseline network from the built-in survey data; print its summary and its fit over ${START_RUNS} seeds`)
    .action(
      action(() => {
        const { model } = resolveFromFlags({ seed: 1, scale: 1, set: [] });
        const { graph, record } = generateNetwork(model, { seed: 1 });
        process.stdout.write(renderSummary(summarizeNetwork(graph), 1) + '\n');
        const runs = [fitReport(graph, model, record), ...fitEnsemble(model, { seed: 2, runs: START_RUNS - 1 })];
        process.stdout.write(renderFitTable(model, summarizeRuns(runs), START_RUNS, 1));
        process.stdout.write(
          '\nNext: collabnet data check · collabnet generate --format graphml --out baseline.graphml · collabnet fit --runs 200 · collabnet --help\n',
        );
      }),
    );
}
