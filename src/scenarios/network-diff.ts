import type Graph from 'graphology';

/** What changed between two networks on the same nodes (a baseline and a scenario drawn with the same seed). */
export interface NetworkDiff {
  /** Ties in the scenario that the baseline does not have, as [source, target] with source < target. */
  readonly newTies: readonly (readonly [string, string])[];
  /** Ties of the baseline that the scenario does not have. */
  readonly goneTies: readonly (readonly [string, string])[];
  /** Nodes isolated in the baseline that have a tie in the scenario. */
  readonly leftIsolation: readonly string[];
  /** Nodes with a tie in the baseline that are isolated in the scenario. */
  readonly becameIsolated: readonly string[];
  /** Nodes in both networks. */
  readonly shared: number;
}

const key = (a: string, b: string): [string, string] => (a < b ? [a, b] : [b, a]);

function tieSet(g: Graph): Map<string, [string, string]> {
  const out = new Map<string, [string, string]>();
  g.forEachEdge((_e, _a, s, t) => {
    const k = key(s, t);
    out.set(`${k[0]}\u0000${k[1]}`, k);
  });
  return out;
}

/**
 * The difference between two networks: ties new in `scenario` and gone from `baseline` (pairs of
 * node ids, whatever the edge keys or parallel edges), and the shared nodes that leave isolation or
 * become isolated. Sorted, so the same pair of networks gives the same lists.
 */
export function diffNetworks(baseline: Graph, scenario: Graph): NetworkDiff {
  const a = tieSet(baseline);
  const b = tieSet(scenario);
  const sort = (xs: [string, string][]) => xs.sort((x, y) => (x[0] < y[0] ? -1 : x[0] > y[0] ? 1 : x[1] < y[1] ? -1 : x[1] > y[1] ? 1 : 0));
  const newTies = sort([...b].filter(([k]) => !a.has(k)).map(([, v]) => v));
  const goneTies = sort([...a].filter(([k]) => !b.has(k)).map(([, v]) => v));
  const leftIsolation: string[] = [];
  const becameIsolated: string[] = [];
  let shared = 0;
  baseline.forEachNode((n) => {
    if (!scenario.hasNode(n)) return;
    shared++;
    const before = baseline.degree(n) > 0;
    const after = scenario.degree(n) > 0;
    if (!before && after) leftIsolation.push(n);
    if (before && !after) becameIsolated.push(n);
  });
  return { newTies, goneTies, leftIsolation: leftIsolation.sort(), becameIsolated: becameIsolated.sort(), shared };
}
