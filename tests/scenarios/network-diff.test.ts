import Graph from 'graphology';
import { describe, expect, it } from 'vitest';
import { diffNetworks, leverCatalog, scenarioModel } from '../../src/scenarios/index.js';
import { generateNetwork } from '../../src/generator/index.js';
import { scenarioBase } from '../helpers.js';

const graph = (nodes: string[], ties: [string, string][]) => {
  const g = new Graph({ type: 'undirected', multi: true });
  for (const n of nodes) g.addNode(n);
  for (const [a, b] of ties) g.addEdge(a, b);
  return g;
};

describe('diffNetworks', () => {
  it('empty networks: nothing changed', () => {
    expect(diffNetworks(graph([], []), graph([], []))).toEqual({ newTies: [], goneTies: [], leftIsolation: [], becameIsolated: [], shared: 0 });
  });
  it('ties compare as unordered pairs (direction and parallel edges do not count); isolation changes per shared node', () => {
    const a = graph(['a', 'b', 'c', 'd', 'x'], [['a', 'b'], ['b', 'a'], ['c', 'd']]);
    const b = graph(['a', 'b', 'c', 'd', 'y'], [['b', 'a'], ['a', 'c']]);
    const d = diffNetworks(a, b);
    expect(d.newTies).toEqual([['a', 'c']]);
    expect(d.goneTies).toEqual([['c', 'd']]);
    expect(d.leftIsolation).toEqual([]);
    expect(d.becameIsolated).toEqual(['d']);
    expect(d.shared).toBe(4);
  });
  it('the paper at t = 1 of clinician engagement: new ties, and hospitals leave isolation', () => {
    const base = scenarioBase({}, 0.3);
    const catalog = leverCatalog(base.survey, base.spec, base.baseline);
    const g0 = generateNetwork(base.baseline, { seed: 3 }).graph;
    const g1 = generateNetwork(scenarioModel(base, catalog, [{ lever: 'clinician-engagement' }], 1), { seed: 3 }).graph;
    const d = diffNetworks(g0, g1);
    expect(d.shared).toBe(g0.order);
    expect(d.newTies.length).toBeGreaterThan(100);
    expect(d.leftIsolation.filter((n) => g0.getNodeAttribute(n, 'sector') === 'hospital').length).toBeGreaterThan(50);
  });
});
