import { describe, expect, it } from 'vitest';
import { graphOf } from './graph-of.js';
import { networkxPathCentralities, randomPendantGraph } from './pendant-graph.js';
import { foldedPathCentralities, toCsr } from '../../src/metrics/index.js';

/** Weights 3, 6, 7 only: lengths 1/3, 1/6, 1/7, sums whose float value depends on the order of the terms (bucket scale lcm = 42). */
describe('exact betweenness and harmonic closeness equal NetworkX on weights 3, 6, 7 (float ties; live)', () => {
  it('betweenness_centrality and harmonic_centrality (distance = 1/weight) within 1e-9', () => {
    const graphs = [1, 2, 3, 4, 5, 6, 7, 8].map((seed) => randomPendantGraph(700 + seed, 15 + 2 * seed, 25 + 6 * seed, 60, (rng) => [3, 6, 7][rng.int(3)]!));
    const theirs = networkxPathCentralities(graphs);
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
