import type { Command } from 'commander';
import { z } from 'zod';
import { computeMetrics } from '../../metrics/index.js';
import { checkOutputPath, writeFilesAtomic, writeToStdout } from '../files.js';
import { refuseFlags, enumFlag, fileFlag, intFlag, parseFlags } from '../flags.js';
import { addGraphSourceOptions, graphSourceFlags, loadGraph, refuseInapplicableSourceFlags } from '../graph-source.js';
import { writeMetricsCsv, type TextSink } from '../../formats/index.js';
import { renderMetricsJson, renderMetricsTable } from '../render/metrics.js';
import { action, checkpoint } from '../run.js';
import { addUncertaintyOptions, metricsUnderUncertainty, UNCERTAINTY_KINDS, uncertaintyFlags } from '../uncertainty.js';
import { threadedPathMetrics } from '../threaded-paths.js';
import { workersFlag } from './scenario.js';
import { addBetweennessOptions, betweennessFlags, betweennessMetricsOptions, noteBetweenness, refuseDeltaWithoutEpsilon, warnIfSlow } from './betweenness-options.js';

const Flags = z.object({ ...graphSourceFlags, ...betweennessFlags, ...uncertaintyFlags, uncertainty: enumFlag(UNCERTAINTY_KINDS).optional(), runs: intFlag(2, 10000).default(20), workers: workersFlag.optional(), format: enumFlag(['table', 'json', 'csv']).default('table'), top: intFlag(0, 100000).default(10), out: fileFlag.optional() });

/** `collabnet metrics`: centrality, isolation and structure of a generated or imported network. */
export function registerMetrics(program: Command): void {
  addUncertaintyOptions(addBetweennessOptions(addGraphSourceOptions(program.command('metrics'))), null)
    .option('--runs <r>', 'with --uncertainty: networks in the ensemble (2–10000; default 20)')
    .option(
      '--workers <n|auto>',
      'worker threads, the output identical whatever the count. Exact betweenness and harmonic closeness: ' +
        'auto (the default) uses one per core when the search is long enough to pay for starting threads (about 2 s of work on one: ×10 and up), ' +
        'else 1 (the baseline takes 0.1 s on one thread and 0.5–0.9 s on two, most of it starting them); N always uses N; sampled betweenness (--betweenness-epsilon) stays on one. ' +
        'With --uncertainty: the networks of the ensemble (auto: one per core; default 1)',
    )
    .description('centrality, isolation and structure per node, per sector and for the network (weight = strength; path length = 1/weight)')
    .option('--format <format>', 'table | json ({network, sectors, nodes}) | csv (one row per node)', 'table')
    .option('--top <k>', 'how many top nodes by betweenness the table lists, and each sector summary keeps', '10')
    .option('--out <file>', 'write here (atomically) instead of stdout')
    .addHelpText(
      'after',
      '\nDefinitions (as NetworkX, so results can be checked): betweenness_centrality(G, weight=1/weight, normalized=True); ' +
        'harmonic_centrality(G, distance=1/weight); pagerank(G, alpha=0.85, weight="weight"); eigenvector_centrality_numpy(G, weight="weight") ' +
        '(non-zero only on the component with the largest eigenvalue); constraint(G, weight="weight"); effective_size(G, weight="weight"). ' +
        'Louvain communities use --seed.\n',
    )
    .action(
      action(async (raw: Record<string, unknown>) => {
        const flags = parseFlags(Flags, raw);
        refuseInapplicableSourceFlags(raw);
        refuseDeltaWithoutEpsilon(raw);
        if (!flags.uncertainty) refuseFlags(raw, ['runs', 'icc'], 'applies only with --uncertainty');
        const out = flags.out ? checkOutputPath(flags.out) : undefined;
        if (flags.uncertainty) {
          const text = await metricsUnderUncertainty({ ...flags, workers: flags.workers ?? 1, uncertainty: flags.uncertainty });
          if (out) writeFilesAtomic([{ path: out, text }]);
          else process.stdout.write(text);
          return;
        }
        const { graph, source, metrics } = loadGraph(flags);
        checkpoint();
        warnIfSlow(graph, flags);
        const options = { seed: flags.seed, topK: flags.top, ...metrics, ...betweennessMetricsOptions(flags) };
        const paths = await threadedPathMetrics(graph, options, flags.workers);
        checkpoint();
        const report = computeMetrics(graph, options, paths);
        noteBetweenness(report.network.betweenness);
        checkpoint();
        const write = (sink: TextSink) =>
          flags.format === 'csv' ? writeMetricsCsv(report, sink) : sink.write(flags.format === 'json' ? renderMetricsJson(report) : renderMetricsTable(report, source, flags.top));
        if (out) writeFilesAtomic([{ path: out, write }]);
        else writeToStdout(write);
      }),
    );
}
