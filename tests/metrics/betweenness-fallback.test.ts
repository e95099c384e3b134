import { UndirectedGraph } from 'graphology';
import { describe, expect, it } from 'vitest';
import { graphOf } from './graph-of.js';
import { OptionError } from '../../src/errors.js';
import { generateNetwork } from '../../src/generator/index.js';
import { betweennessCosts, computeMetrics, MAX_SAMPLED_PAIRS, sampledBetweenness, toCsr } from '../../src/metrics/index.js';
import { createRng } from '../../src/random/index.js';
import { model } from '../helpers.js';

function path(n: number): UndirectedGraph {
  const g = new UndirectedGraph();
  for (let i = 0; i < n; i++) g.addNode(`v${i}`);
  for (let i = 1; i < n; i++) g.addEdge(`v${i - 1}`, `v${i}`, { weight: 1 });
  return g;
}

describe('sampled betweenness: refused when its pairs cannot be held', () => {
  it('an ε needing more than MAX_SAMPLED_PAIRS pairs on a network where exact costs even more is an OptionError with the smallest ε that fits', () => {
    const g = path(30_000);
    const cost = betweennessCosts(toCsr(g), { epsilon: 2e-4, delta: 0.1 });
    expect(cost.samples).toBeGreaterThan(MAX_SAMPLED_PAIRS);
    expect(cost.sampledCost).toBeLessThan(cost.exactCost);
    let err: unknown;
    try {
      computeMetrics(g, { betweennessEpsilon: 2e-4 });
    } catch (e) {
      err = e;
    }
    expect(err).toBeInstanceOf(OptionError);
    expect((err as OptionError).option).toBe('betweennessEpsilon');
    expect((err as OptionError).message).toMatch(/needs [\d,]+ node pairs .* expected ε ≥ 0\.0\d+/);
  });

  it('sampledBetweenness itself refuses an ε of 1e-300 instead of looping forever', () => {
    const csr = toCsr(graphOf([['a', 'b', 1], ['b', 'c', 1], ['c', 'd', 1]]));
    expect(() => sampledBetweenness(csr, createRng(1), { epsilon: 1e-300 })).toThrow(OptionError);
  });
});

describe('betweennessCosts: both costs estimated from the graph', () => {
  it('exact cost is Σ size × (size + 2 edges) over components', () => {
    // A 4-node path (4 × (4 + 6)) plus a triangle (3 × (3 + 6)) plus an isolate (1 × 1).
    const g = graphOf([['a', 'b', 1], ['b', 'c', 1], ['c', 'd', 1], ['x', 'y', 1], ['y', 'z', 1], ['z', 'x', 1]], ['i']);
    expect(betweennessCosts(toCsr(g), { epsilon: 0.1 }).exactCost).toBe(40 + 27 + 1);
  });
});

describe('computeMetrics: a small ε whose pairs cost more than the exact computation is computed exactly, and says so', () => {
  const { graph } = generateNetwork(model(), { seed: 1 });
  const exact = computeMetrics(graph, { seed: 1 });

  for (const epsilon of [1e-300, 1e-4]) {
    it(`ε = ${epsilon} on the baseline: exact values, quickly, with a note`, () => {
      const t0 = Date.now();
      const r = computeMetrics(graph, { seed: 1, betweennessEpsilon: epsilon });
      expect(Date.now() - t0).toBeLessThan(10_000); // was: never ends (1e-300), over 60 s (1e-4)
      expect(r.network.betweenness.method).toBe('exact');
      const b = r.network.betweenness as Extract<typeof r.network.betweenness, { method: 'exact' }>;
      expect(b.requested?.epsilon).toBe(epsilon);
      expect(b.note).toMatch(/computed exactly: ±.* node pairs, which cost more than exact betweenness/);
      if (epsilon === 1e-300) expect(b.requested?.samples).toBeNull();
      else expect(b.requested?.samples).toBeGreaterThan(1e8);
      expect(r.nodes.map((n) => n.betweenness)).toEqual(exact.nodes.map((n) => n.betweenness));
    });
  }

  it('a large ε still samples', () => {
    const r = computeMetrics(graph, { seed: 1, betweennessEpsilon: 0.05 });
    expect(r.network.betweenness.method).toBe('sampled-pairs');
  });
});
