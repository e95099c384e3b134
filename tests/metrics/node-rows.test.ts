import Graph from 'graphology';
import { describe, expect, it } from 'vitest';
import { computeMetrics, NODE_COLUMNS } from '../../src/metrics/index.js';

function path(): Graph {
  const g = new Graph({ type: 'undirected' });
  g.addNode('a', { sector: 'x', label: 'A' });
  g.addNode('b', { sector: 'y' });
  g.addNode('c', { sector: 'x', label: 7 });
  g.addNode('d');
  g.addEdge('a', 'b', { weight: 2 });
  g.addEdge('b', 'c', { weight: 1 });
  return g;
}

describe('node rows of computeMetrics', () => {
  it('list their columns in NODE_COLUMNS order, then community, label and the per-sector columns', () => {
    const { nodes } = computeMetrics(path());
    for (const row of nodes) expect(Object.keys(row)).toEqual([...NODE_COLUMNS, 'community', 'label', 'partners_x', 'partners_y', 'hops_x', 'hops_y']);
  });

  it('hold the values worked out by hand (partners by sector, hops, labels only when text)', () => {
    const { nodes, sectors } = computeMetrics(path());
    const b = nodes.find((r) => r.id === 'b')!;
    expect([b.degree, b.strength, b.partners_x, b.partners_y, b.hops_x, b.hops_y, b.label]).toEqual([2, 3, 2, 0, 1, null, null]);
    const a = nodes.find((r) => r.id === 'a')!;
    expect([a.hops_x, a.hops_y, a.label, a.isolated]).toEqual([null, 1, 'A', false]);
    expect(nodes.find((r) => r.id === 'c')!.label).toBe(null);
    const d = nodes.find((r) => r.id === 'd')!;
    expect([d.sector, d.isolated, d.hops_x, d.hops_y, d.partners_x]).toEqual([null, true, null, null, 0]);
    // Sector x: a (strength 2) and c (strength 1): mean 1.5, median 1.5, max 2, Gini (2·(1·1 + 2·2))/(2·3) − 3/2 = 1/6.
    expect(sectors!.x!.metrics.strength).toEqual({ mean: 1.5, median: 1.5, max: 2, gini: expect.closeTo(1 / 6, 15) });
    // Betweenness of b: the one pair (a, c) passes through it, normalized by (n−1)(n−2)/2 = 3 → 1/3; a and c 0.
    expect(sectors!.y!.metrics.betweenness.median).toBeCloseTo(1 / 3, 15);
    expect(sectors!.x!.metrics.betweenness).toEqual({ mean: 0, median: 0, max: 0, gini: NaN });
  });
});
