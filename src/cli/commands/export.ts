import type { Command } from 'commander';
import { z } from 'zod';
import { GRAPH_FORMATS } from '../../formats/index.js';
import { computeMetrics, withMetrics } from '../../metrics/index.js';
import type { CollabGraph } from '../../generator/index.js';
import { checkOutputPath, warnIfUnreadable, writeFilesAtomic, writeToStdout } from '../files.js';
import { enumFlag, fileFlag, parseFlags, refuseFlags } from '../flags.js';
import { addGraphSourceOptions, graphSourceFlags, loadGraph, refuseInapplicableSourceFlags } from '../graph-source.js';
import { action, checkpoint } from '../run.js';
import { addBetweennessOptions, betweennessFlags, betweennessMetricsOptions, noteBetweenness, refuseDeltaWithoutEpsilon, warnIfSlow } from './betweenness-options.js';
import { graphWriters } from '../../formats/index.js';
import { outputPaths } from './generate.js';

const Flags = z.object({ ...graphSourceFlags, ...betweennessFlags, format: enumFlag(GRAPH_FORMATS).default('graphml'), withMetrics: z.boolean().default(false), out: fileFlag.optional() });

/** `collabnet export`: a generated or imported network as a file, optionally with every node metric as attributes. */
export function registerExport(program: Command): void {
  addBetweennessOptions(addGraphSourceOptions(program.command('export')))
    .description('write a generated or imported network as GraphML, GEXF, JSON or CSV; --with-metrics adds every node metric as a node attribute')
    .option('--format <format>', 'graphml | gexf | json | csv', 'graphml')
    .option('--with-metrics', 'compute the node metrics and write them as node attributes', false)
    .option('--out <file>', 'write here (atomically) instead of stdout')
    .action(
      action((raw: Record<string, unknown>) => {
        if (!raw.withMetrics) refuseFlags(raw, ['betweennessEpsilon', 'betweennessDelta'], 'applies only with --with-metrics');
        const flags = parseFlags(Flags, raw);
        refuseInapplicableSourceFlags(raw);
        refuseDeltaWithoutEpsilon(raw);
        const paths = flags.out ? outputPaths(flags.format, flags.out).map((p) => checkOutputPath(p)) : [];
        const { graph, metrics } = loadGraph(flags);
        checkpoint();
        if (flags.withMetrics) warnIfSlow(graph, flags);
        let out = graph as CollabGraph;
        if (flags.withMetrics) {
          const report = computeMetrics(graph, { seed: flags.seed, ...metrics, ...betweennessMetricsOptions(flags) });
          noteBetweenness(report.network.betweenness);
          out = withMetrics(graph, report) as CollabGraph;
        }
        checkpoint();
        const writers = graphWriters(out, flags.format);
        if (flags.out) {
          const sizes = writeFilesAtomic(paths.map((path, i) => ({ path, write: writers[i]! })));
          process.stderr.write(`collabnet: wrote ${paths.join(', ')} (${out.order} nodes, ${out.size} edges)\n`);
          warnIfUnreadable(paths, sizes);
        } else if (flags.format === 'csv') {
          // Like generate: the edge table on stdout (the node table alone would lose every edge).
          writeToStdout(writers[1]!);
          process.stderr.write('collabnet: CSV on stdout is the edge table; use --out FILE to also write the node table\n');
        } else writeToStdout(writers[0]!);
      }),
    );
}
