import type { Command } from 'commander';
import { dirname, join, relative, resolve, sep } from 'node:path';
import { z } from 'zod';
import { PACKAGE_ROOT } from '../files.js';
import { intFlag, parseFlags } from '../flags.js';
import { buildExplorer, serveStatic } from '../serve.js';
import { fitEnsemble, summarizeNetwork, summarizeRuns, fitReport } from '../../fit/index.js';
import { generateNetwork } from '../../generator/index.js';
import { resolveFromFlags } from '../load.js';
import { renderFitTable } from '../render/fit.js';
import { renderSummary } from '../render/summary.js';
import { action } from '../run.js';

/** A path as a shell word: quoted when it holds anything but plain path characters. */
function quoteArg(text: string): string {
  return /^[\w./@%+=:,-]+$/.test(text) ? text : `'${text.replace(/'/g, `'\\''`)}'`;
}

/** Whether a spec path is one the explorer bundles (data/model.json, data/examples/NAME/spec.json). */
function isBundled(file: string): boolean {
  const rel = relative(join(PACKAGE_ROOT, 'data'), resolve(file)).split(sep).join('/');
  return rel === 'model.json' || /^examples\/[^/]+\/spec\.json$/.test(rel);
}

/** Networks in the ensemble `start` reports the fit over. */
export const START_RUNS = 50;

const Flags = z.object({ port: intFlag(0, 65535).optional(), serve: z.boolean().default(true), spec: z.string().optional() });

/** `collabnet start` (what `npm start` runs): the baseline summary and fit report, then the explorer. */
export function registerStart(program: Command): void {
  program
    .command('start')
    .description(`print the baseline network's summary and fit (${START_RUNS} seeds), then build and serve the web explorer on 127.0.0.1`)
    .option('--port <n>', 'port for the explorer (default: PORT, else 5173; 0 picks a free one)')
    .option('--no-serve', 'print the summary and fit report only')
    .option('--spec <file>', 'the spec to summarize (default: the built-in data/model.json); the explorer opens on it when it is one of its bundled specs')
    .action(
      action(async (raw: Record<string, unknown>) => {
        const flags = parseFlags(Flags, { ...raw, port: raw.port ?? process.env.PORT });
        const { model, spec } = resolveFromFlags({ seed: 1, scale: 1, set: [], spec: flags.spec });
        const { graph, record } = generateNetwork(model, { seed: 1 });
        process.stdout.write(renderSummary(summarizeNetwork(graph, model), model, 1) + '\n');
        const runs = [fitReport(graph, model, record), ...fitEnsemble(model, { seed: 2, runs: START_RUNS - 1 })];
        process.stdout.write(renderFitTable(model, summarizeRuns(runs), START_RUNS, 1));
        // With --spec, every suggestion carries it: without it they would run on the paper's spec.
        const sp = flags.spec ? ` --spec ${quoteArg(flags.spec)}` : '';
        process.stdout.write(
          `\nNext: collabnet ${flags.spec ? `spec check ${quoteArg(flags.spec)}` : 'data check'} · collabnet metrics${sp} · collabnet scenario${sp} --list · collabnet generate${sp} --format graphml --out baseline.graphml · collabnet --help\n`,
        );
        if (!flags.serve) return;
        process.stderr.write('collabnet: building the explorer…\n');
        const dist = await buildExplorer();
        const { url } = await serveStatic(dist, flags.port ?? 5173);
        // The explorer bundles data/model.json and data/examples/*/spec.json; it opens on the spec by name (an unknown name opens the paper's).
        const page = flags.spec ? `${url}${url.includes('?') ? '&' : '?'}spec=${encodeURIComponent(model.spec.name)}` : url;
        if (flags.spec && !isBundled(flags.spec))
          process.stderr.write(
            `collabnet: the explorer bundles only data/model.json and data/examples/*/spec.json; to see ${flags.spec} there, choose "Load your own spec and survey" on the page and give it ${flags.spec} and its survey (${spec.survey ? join(dirname(flags.spec), spec.survey) : 'the file its "survey" names'})\n`,
          );
        process.stdout.write(`\nExplorer: ${page}  (Ctrl-C to stop)\n`);
        await new Promise(() => {});
      }),
    );
}
