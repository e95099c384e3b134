import { z } from 'zod';
import type Graph from 'graphology';
import { generateNetwork } from '../generator/index.js';
import { INPUT_FORMATS, readGraph, type ImportMessage } from '../formats/read/index.js';
import { readFileBytes } from './files.js';
import { enumFlag, fileFlag, generationFlags, refuseFlags } from './flags.js';
import { checkedSpec, resolveFromFlags } from './spec-load.js';
import { metricsOptionsFor } from '../scenarios/index.js';
import type { Command } from 'commander';
import { addGenerationOptions } from './commands/generation-options.js';

/** Flags of commands that take a graph: a file (`--in`) or the generator's flags. */
export const graphSourceFlags = {
  ...generationFlags,
  in: fileFlag.optional(),
  nodes: fileFlag.optional(),
  inFormat: enumFlag(INPUT_FORMATS).optional(),
};

/** Adds `--in`, `--nodes`, `--in-format` and the generation flags. */
export function addGraphSourceOptions(cmd: Command): Command {
  return addGenerationOptions(cmd)
    .option('--in <file>', 'read this network (GraphML, GEXF, graphology JSON, or a CSV edge list source,target[,weight]) instead of generating one')
    .option('--nodes <file>', 'node table for a CSV edge list: id[,sector,label,…]')
    .option('--in-format <format>', 'graphml | gexf | json | csv (default: from the file name)');
}

/**
 * Refuses flags that cannot apply to the graph source chosen: the generator's flags with `--in`
 * (the file is read as it is), `--nodes` and `--in-format` without it. `--seed` applies either way
 * (Louvain, sampled betweenness).
 */
export function refuseInapplicableSourceFlags(raw: Record<string, unknown>): void {
  if (raw.in !== undefined) refuseFlags(raw, ['scale', 'set', 'model', 'survey'], 'applies only when generating a network; with --in the file is read as it is');
  else refuseFlags(raw, ['nodes', 'inFormat'], 'applies only with --in FILE');
}

/** Prints an import report to stderr, Gephi style. */
export function printImportReport(file: string, report: readonly ImportMessage[]): void {
  for (const m of report) {
    const examples = m.examples.length ? ` — e.g. ${m.examples.join(', ')}` : '';
    const count = m.code === 'summary' || m.code === 'no-sector' ? '' : `${m.count} `;
    process.stderr.write(`collabnet: ${file}: ${m.level}: ${count}${m.message}${examples}\n`);
  }
}

/**
 * The graph a command works on: imported with a report, or generated from the flags; with the
 * metrics options its spec asks for (sector order, reach measured from which sector).
 */
export function loadGraph(flags: z.infer<z.ZodObject<typeof graphSourceFlags>>): { graph: Graph; source: string; metrics: { sectorOrder: string[]; reachFrom: string | null } } {
  if (flags.in) {
    const text = readFileBytes(flags.in);
    const nodes = flags.nodes ? { text: readFileBytes(flags.nodes), file: flags.nodes } : undefined;
    // The spec's sectors: other sector values are kept and reported.
    const { spec } = checkedSpec({ spec: flags.spec }).loaded;
    const { graph, report } = readGraph({ text, file: flags.in, ...(flags.inFormat ? { format: flags.inFormat } : {}), ...(nodes ? { nodes } : {}), sectors: spec.sectors.map((s) => s.id) });
    printImportReport(flags.in, report);
    return { graph, source: flags.in, metrics: { sectorOrder: spec.sectors.map((s) => s.id), reachFrom: spec.outcomes.reachFrom ?? null } };
  }
  const { model } = resolveFromFlags(flags);
  return { graph: generateNetwork(model, { seed: flags.seed }).graph, source: `generated network (seed ${flags.seed})`, metrics: metricsOptionsFor(model) };
}
