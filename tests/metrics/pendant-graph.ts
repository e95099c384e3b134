import { spawnSync } from 'node:child_process';
import { expect } from 'vitest';
import { createRng, type Rng } from '../../src/random/index.js';
import { pythonWithNetworkx } from '../formats/python.js';

export type Edge = [string, string, number];

/**
 * A random graph for the folding tests: a core of `coreNodes` (a random tree plus `extraEdges` more
 * edges), then `treeNodes` hung from earlier nodes (pendant trees). Weights from `weight` (default
 * 1..5, whose lengths 1/3, 1/5 make float ties depend on where a search starts).
 */
export function randomPendantGraph(seed: number, coreNodes: number, extraEdges: number, treeNodes: number, weight: (rng: Rng) => number = (rng) => 1 + rng.int(5)): Edge[] {
  const rng = createRng(seed);
  const edges: Edge[] = [];
  const seen = new Set<string>();
  const add = (a: number, b: number) => {
    const key = a < b ? `${a}-${b}` : `${b}-${a}`;
    if (a === b || seen.has(key)) return;
    seen.add(key);
    edges.push([`v${a}`, `v${b}`, weight(rng)]);
  };
  for (let i = 1; i < coreNodes; i++) add(i, rng.int(i));
  for (let e = 0; e < extraEdges; e++) add(rng.int(coreNodes), rng.int(coreNodes));
  for (let i = coreNodes; i < coreNodes + treeNodes; i++) add(i, rng.int(i));
  return edges;
}

/** NetworkX's betweenness_centrality (normalized) and harmonic_centrality, path length 1/weight, for each graph (live). */
export function networkxPathCentralities(graphs: readonly Edge[][]): [Record<string, number>, Record<string, number>][] {
  const script = [
    'import json, sys, networkx as nx',
    'out = []',
    'for edges in json.load(sys.stdin):',
    '    G = nx.Graph()',
    '    G.add_weighted_edges_from([(a, b, 1.0 / w) for a, b, w in edges], weight="dist")',
    '    out.append([nx.betweenness_centrality(G, weight="dist", normalized=True), nx.harmonic_centrality(G, distance="dist")])',
    'print(json.dumps(out))',
  ].join('\n');
  const r = spawnSync(pythonWithNetworkx(), ['-c', script], { input: JSON.stringify(graphs), encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
  expect(r.status, r.stderr).toBe(0);
  return JSON.parse(r.stdout) as [Record<string, number>, Record<string, number>][];
}
