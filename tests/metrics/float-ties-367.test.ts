import { spawnSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';
import { graphOf } from './graph-of.js';
import { foldedPathCentralities, toCsr } from '../../src/metrics/index.js';
import { createRng } from '../../src/random/index.js';
import { pythonWithNetworkx } from '../formats/python.js';

type Edge = [string, string, number];

/**
 * A random graph with weights 3, 6 and 7 only (lengths 1/3, 1/6, 1/7: 1/3 + 1/6-style sums whose
 * float value depends on the order of the terms; the bucket queue's scale is lcm = 42): a core of
 * `coreNodes` with `extraEdges` more edges, then `treeNodes` hung from earlier nodes (pendant trees).
 */
function graph367(seed: number, coreNodes: number, extraEdges: number, treeNodes: number): Edge[] {
  const rng = createRng(seed);
  const weights = [3, 6, 7];
  const edges: Edge[] = [];
  const seen = new Set<string>();
  const add = (a: number, b: number) => {
    const key = a < b ? `${a}-${b}` : `${b}-${a}`;
    if (a === b || seen.has(key)) return;
    seen.add(key);
    edges.push([`v${a}`, `v${b}`, weights[rng.int(3)]!]);
  };
  for (let i = 1; i < coreNodes; i++) add(i, rng.int(i));
  for (let e = 0; e < extraEdges; e++) add(rng.int(coreNodes), rng.int(coreNodes));
  for (let i = coreNodes; i < coreNodes + treeNodes; i++) add(i, rng.int(i));
  return edges;
}

describe('exact betweenness and harmonic closeness equal NetworkX on weights 3, 6, 7 (float ties; live)', () => {
  it('betweenness_centrality and harmonic_centrality (distance = 1/weight) within 1e-9', () => {
    const graphs = [1, 2, 3, 4, 5, 6, 7, 8].map((seed) => graph367(700 + seed, 15 + 2 * seed, 25 + 6 * seed, 60));
    const script = [
      'import json, sys, networkx as nx',
      'out = []',
      'for edges in json.load(sys.stdin):',
      '    G = nx.Graph()',
      '    G.add_weighted_edges_from([(a, b, 1.0 / w) for a, b, w in edges], weight="dist")',
      '    out.append([nx.betweenness_centrality(G, weight="dist", normalized=True), nx.harmonic_centrality(G, distance="dist")])',
      'print(json.dumps(out))',
    ].join('\n');
    const r = spawnSync(pythonWithNetworkx(), ['-c', script], { input: JSON.stringify(graphs), encoding: 'utf8' });
    expect(r.status, r.stderr).toBe(0);
    const theirs = JSON.parse(r.stdout) as [Record<string, number>, Record<string, number>][];
    graphs.forEach((edges, gi) => {
      const csr = toCsr(graphOf(edges));
      const got = foldedPathCentralities(csr);
      csr.ids.forEach((id, i) => {
        expect(Math.abs(got.betweenness[i]! - theirs[gi]![0][id]!), `graph ${gi} ${id} betweenness`).toBeLessThanOrEqual(1e-9);
        expect(Math.abs(got.harmonic[i]! - theirs[gi]![1][id]!) / Math.max(1, theirs[gi]![1][id]!), `graph ${gi} ${id} harmonic`).toBeLessThanOrEqual(1e-9);
      });
    });
  });
});
