import type { Command } from 'commander';
import type Graph from 'graphology';
import { EXACT_BETWEENNESS_MAX_NODES, type BetweennessMethod } from '../../metrics/index.js';
import { numberFlag, refuseFlags } from '../flags.js';


/** Flags choosing how betweenness is computed. */
export const betweennessFlags = {
  betweennessEpsilon: numberFlag(0, 0.5).optional(),
  betweennessDelta: numberFlag(0, 0.5).default(0.1),
};

/** Adds `--betweenness-epsilon` and `--betweenness-delta`. */
export function addBetweennessOptions(cmd: Command): Command {
  return cmd
    .option(
      '--betweenness-epsilon <ε>',
      'sample betweenness (Riondato & Kornaropoulos 2016) instead of computing it exactly: every node within ±ε of its exact normalized value with probability 1 − δ; harmonic closeness stays exact (default: exact betweenness)',
    )
    .option('--betweenness-delta <δ>', 'failure probability of the ±ε guarantee (default: 0.1)');
}

/** Refuses `--betweenness-delta` without `--betweenness-epsilon` (it is the failure probability of the ±ε guarantee). */
export function refuseDeltaWithoutEpsilon(raw: Record<string, unknown>): void {
  if (raw.betweennessEpsilon === undefined) refuseFlags(raw, ['betweennessDelta'], 'applies only with --betweenness-epsilon (the failure probability of its ±ε guarantee)');
}

/** The computeMetrics options these flags stand for. */
export function betweennessMetricsOptions(flags: { betweennessEpsilon?: number | undefined; betweennessDelta: number }): { betweennessEpsilon: number | null; betweennessDelta: number } {
  return { betweennessEpsilon: flags.betweennessEpsilon ?? null, betweennessDelta: flags.betweennessDelta };
}

/** A hint on stderr before exact betweenness runs on a large graph. */
export function warnIfSlow(graph: Graph, flags: { betweennessEpsilon?: number | undefined }): void {
  if (flags.betweennessEpsilon !== undefined || graph.order <= EXACT_BETWEENNESS_MAX_NODES) return;
  process.stderr.write(
    `collabnet: exact betweenness on ${graph.order.toLocaleString('en-US')} nodes can take minutes; --betweenness-epsilon 0.01 samples it with every node within ±0.01 (probability 0.9) in seconds\n`,
  );
}

/** Says on stderr when --betweenness-epsilon was given but betweenness was computed exactly (cheaper than the pairs it needed). */
export function noteBetweenness(method: BetweennessMethod): void {
  if (method.method === 'exact' && method.requested) process.stderr.write(`collabnet: --betweenness-epsilon ${method.requested.epsilon}: betweenness ${method.note}\n`);
}
