import type Graph from 'graphology';
import { OptionError } from '../errors.js';
import { diffNetworks, type NetworkDiff } from '../scenarios/index.js';

const isGraph = (g: unknown): g is Graph => g !== null && typeof g === 'object' && typeof (g as Graph).forEachEdge === 'function' && typeof (g as Graph).hasNode === 'function';

/**
 * What a lever changes in one network: the ties new in `scenario` and gone from `baseline` (pairs
 * of node ids, sorted), the shared nodes that leave isolation or become isolated. Draw both with
 * the same seed (`generate` without and with the levers) so the nodes are the same; the
 * explorer's "what changed" view shows this.
 *
 * @example
 * ```ts
 * import { diff, generate } from 'collabnet';
 * const before = generate(model, { seed: 3 }).graph;
 * const after = generate(model, { seed: 3, levers: ['clinician-engagement'], t: 1 }).graph;
 * const d = diff(before, after);
 * console.log(d.newTies.length, d.leftIsolation.length);
 * ```
 */
export function diff(baseline: Graph, scenario: Graph): NetworkDiff {
  if (!isGraph(baseline)) throw new OptionError('diff', 'baseline', 'a graphology graph', baseline);
  if (!isGraph(scenario)) throw new OptionError('diff', 'scenario', 'a graphology graph', scenario);
  return diffNetworks(baseline, scenario);
}
