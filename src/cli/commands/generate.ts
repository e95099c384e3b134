import type { Command } from 'commander';
import { z } from 'zod';
import { generateNetwork, type CollabGraph } from '../../generator/index.js';
import { GRAPH_FORMATS, toEdgesCsv, toGexf, toGraphml, toGraphologyJson, toNodesCsv, type GraphFormat } from '../../formats/index.js';
import { checkOutputPath, writeFilesAtomic } from '../files.js';
import { enumFlag, fileFlag, generationFlags, parseFlags } from '../flags.js';
import { resolveFromFlags } from '../load.js';
import { action } from '../run.js';
import { addGenerationOptions } from './generation-options.js';

const Flags = z.object({ ...generationFlags, format: enumFlag(GRAPH_FORMATS).default('json'), out: fileFlag.optional() });

/** The paths a format writes for `--out`: CSV is two files, `<base>.nodes.csv` and `<base>.edges.csv`. */
export function outputPaths(format: GraphFormat, out: string): string[] {
  if (format !== 'csv') return [out];
  const base = out.replace(/(\.(nodes|edges))?\.csv$/i, '');
  return [`${base}.nodes.csv`, `${base}.edges.csv`];
}

/** The texts of a graph in a format, one per path of `outputPaths`. */
export function graphTexts(graph: CollabGraph, format: GraphFormat): string[] {
  switch (format) {
    case 'json':
      return [toGraphologyJson(graph)];
    case 'gexf':
      return [toGexf(graph)];
    case 'graphml':
      return [toGraphml(graph)];
    case 'csv':
      return [toNodesCsv(graph), toEdgesCsv(graph)];
  }
}

/** `collabnet generate`: one network, to stdout or a file. */
export function registerGenerate(program: Command): void {
  addGenerationOptions(program.command('generate'))
    .description('generate one network from the survey and model, as JSON, GEXF, GraphML or CSV')
    .option('--format <format>', 'json | gexf | graphml | csv (csv writes <out>.nodes.csv and <out>.edges.csv)', 'json')
    .option('--out <file>', 'write here (atomically) instead of stdout')
    .action(
      action((raw: Record<string, unknown>) => {
        const flags = parseFlags(Flags, raw);
        const { model } = resolveFromFlags(flags);
        // Check where output goes before doing the work.
        const paths = flags.out ? outputPaths(flags.format, flags.out).map((p) => checkOutputPath(p)) : [];
        const { graph } = generateNetwork(model, { seed: flags.seed });
        const texts = graphTexts(graph, flags.format);
        if (flags.out) {
          writeFilesAtomic(paths.map((path, i) => ({ path, text: texts[i]! })));
          process.stderr.write(`collabnet: wrote ${paths.join(', ')} (${graph.order} nodes, ${graph.size} edges)\n`);
        } else if (flags.format === 'csv') {
          process.stdout.write(texts[1]!);
          process.stderr.write('collabnet: CSV on stdout is the edge table; use --out FILE to also write the node table\n');
        } else {
          process.stdout.write(texts[0]!);
        }
      }),
    );
}
