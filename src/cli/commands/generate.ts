import type { Command } from 'commander';
import { z } from 'zod';
import { generateNetwork } from '../../generator/index.js';
import { GRAPH_FORMATS, graphWriters, type GraphFormat } from '../../formats/index.js';
import { checkOutputPath, warnIfUnreadable, writeFilesAtomic, writeToStdout } from '../files.js';
import { enumFlag, fileFlag, generationFlags, parseFlags } from '../flags.js';
import { resolveFromFlags } from '../load.js';
import { action, checkpoint } from '../run.js';
import { addGenerationOptions } from './generation-options.js';

const Flags = z.object({ ...generationFlags, format: enumFlag(GRAPH_FORMATS).default('json'), out: fileFlag.optional() });

/** The paths a format writes for `--out`: CSV is two files, `<base>.nodes.csv` and `<base>.edges.csv`. */
export function outputPaths(format: GraphFormat, out: string): string[] {
  if (format !== 'csv') return [out];
  const base = out.replace(/(\.(nodes|edges))?\.csv$/i, '');
  return [`${base}.nodes.csv`, `${base}.edges.csv`];
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
        checkpoint();
        const { graph } = generateNetwork(model, { seed: flags.seed });
        checkpoint();
        const writers = graphWriters(graph, flags.format);
        if (flags.out) {
          const sizes = writeFilesAtomic(paths.map((path, i) => ({ path, write: writers[i]! })));
          process.stderr.write(`collabnet: wrote ${paths.join(', ')} (${graph.order} nodes, ${graph.size} edges)\n`);
          warnIfUnreadable(paths, sizes);
        } else if (flags.format === 'csv') {
          writeToStdout(writers[1]!);
          process.stderr.write('collabnet: CSV on stdout is the edge table; use --out FILE to also write the node table\n');
        } else {
          writeToStdout(writers[0]!);
        }
      }),
    );
}
