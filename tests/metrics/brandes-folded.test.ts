import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { graphOf } from './graph-of.js';
import { networkxPathCentralities, randomPendantGraph, type Edge } from './pendant-graph.js';
import { generateNetwork } from '../../src/generator/index.js';
import { foldedBetweenness, foldedPathCentralities, harmonicCloseness, pathCentralities, pendantForest, toCsr, type Csr } from '../../src/metrics/index.js';
import { leverCatalog, scenarioModel } from '../../src/scenarios/index.js';
import { ROOT, scenarioBase } from '../helpers.js';


const maxDifference = (a: Float64Array, b: Float64Array) => a.reduce((m, x, i) => Math.max(m, Math.abs(x - b[i]!)), 0);
const relativeDifference = (a: Float64Array, b: Float64Array) => a.reduce((m, x, i) => Math.max(m, Math.abs(x - b[i]!) / Math.max(1, Math.abs(b[i]!))), 0);
/** Folded betweenness (alone and with harmonic closeness) equals unfolded Brandes; harmonic closeness equals both references. */
const expectUnfolded = (csr: Csr, tolerance = 1e-12) => {
  const unfolded = pathCentralities(csr);
  const folded = foldedPathCentralities(csr);
  expect(maxDifference(foldedBetweenness(csr), unfolded.betweenness)).toBeLessThanOrEqual(tolerance);
  expect(maxDifference(folded.betweenness, unfolded.betweenness)).toBeLessThanOrEqual(tolerance);
  expect(relativeDifference(folded.harmonic, unfolded.harmonic)).toBeLessThanOrEqual(tolerance);
  expect(Array.from(folded.harmonic)).toEqual(Array.from(harmonicCloseness(csr)));
};


describe('foldedBetweenness: degenerate input', () => {
  it('empty graph, one node, two nodes, isolates only: all zero', () => {
    expect(Array.from(foldedBetweenness(toCsr(graphOf([]))))).toEqual([]);
    expect(Array.from(foldedBetweenness(toCsr(graphOf([], ['a']))))).toEqual([0]);
    expect(Array.from(foldedBetweenness(toCsr(graphOf([['a', 'b', 1]]))))).toEqual([0, 0]);
    expect(Array.from(foldedBetweenness(toCsr(graphOf([], ['a', 'b', 'c', 'd']))))).toEqual([0, 0, 0, 0]);
    expect(foldedPathCentralities(toCsr(graphOf([['a', 'b', 2]])))).toEqual({ betweenness: Float64Array.from([0, 0]), harmonic: Float64Array.from([2, 2]) });
    expect(foldedPathCentralities(toCsr(graphOf([], ['a'])))).toEqual({ betweenness: Float64Array.from([0]), harmonic: Float64Array.from([0]) });
  });
});

describe('foldedBetweenness: known answers', () => {
  it('star: the hub brokers every pair, leaves none', () => {
    const csr = toCsr(graphOf([['c', 'a', 1], ['c', 'b', 1], ['c', 'd', 1], ['c', 'e', 1]]));
    expect(Array.from(foldedBetweenness(csr))).toEqual([1, 0, 0, 0, 0]);
  });

  it('a path is a tree component: inner node k of 5 lies on 2·k·(4−k) ordered pairs', () => {
    const csr = toCsr(graphOf([['a', 'b', 1], ['b', 'c', 2], ['c', 'd', 4], ['d', 'e', 1]]));
    expect(Array.from(foldedBetweenness(csr))).toEqual([0, 6 / 12, 8 / 12, 6 / 12, 0]);
  });

  it('every NetworkX fixture (tests/networkx/make_fixtures.py) within 1e-9, 2^40 tied paths included', () => {
    const fixtures = JSON.parse(readFileSync(join(ROOT, 'tests/fixtures/known-graphs.json'), 'utf8'));
    for (const [name, fx] of Object.entries<any>(fixtures.graphs)) {
      const g = graphOf(fx.edges, fx.nodes.filter((v: string) => !fx.edges.some((e: any[]) => e[0] === v || e[1] === v)));
      const csr = toCsr(g);
      const got = foldedBetweenness(csr);
      csr.ids.forEach((id, i) => expect(Math.abs(got[i]! - fx.expected.nodes[id].betweenness), `${name} ${id}`).toBeLessThanOrEqual(1e-9));
    }
  });
});

describe('foldedBetweenness equals unfolded Brandes (pathCentralities) to 1e-12', () => {
  it('many pendant trees on a small cycle', () => {
    const edges: Edge[] = [['c0', 'c1', 1], ['c1', 'c2', 2], ['c2', 'c3', 3], ['c3', 'c0', 1]];
    for (let i = 0; i < 40; i++) edges.push([`t${i}`, i < 8 ? `c${i % 4}` : `t${(i * 7) % i}`, 1 + (i % 5)]);
    const csr = toCsr(graphOf(edges));
    expect(pendantForest(csr).coreSize).toBe(4);
    expectUnfolded(csr);
  });

  it('no core: a forest of tree components and isolates', () => {
    const edges = randomPendantGraph(3, 1, 0, 30).concat(randomPendantGraph(4, 1, 0, 12).map(([a, b, w]) => [`x${a}`, `x${b}`, w] as Edge));
    const csr = toCsr(graphOf(edges, ['i1', 'i2']));
    expect(pendantForest(csr).coreSize).toBe(0);
    expectUnfolded(csr);
  });

  it('all core: a cycle, a complete graph, a weighted grid (no pendant trees)', () => {
    const cycle: Edge[] = Array.from({ length: 9 }, (_, i) => [`c${i}`, `c${(i + 1) % 9}`, 1 + (i % 3)]);
    const complete: Edge[] = [];
    for (let i = 0; i < 6; i++) for (let j = i + 1; j < 6; j++) complete.push([`k${i}`, `k${j}`, 1 + ((i + j) % 4)]);
    const grid: Edge[] = [];
    for (let i = 0; i < 5; i++)
      for (let j = 0; j < 5; j++) {
        if (i + 1 < 5) grid.push([`${i}-${j}`, `${i + 1}-${j}`, 1 + ((i + j) % 3)]);
        if (j + 1 < 5) grid.push([`${i}-${j}`, `${i}-${j + 1}`, 1 + ((i * j) % 5)]);
      }
    for (const edges of [cycle, complete, grid, [...cycle, ...complete]]) {
      const csr = toCsr(graphOf(edges));
      expect(pendantForest(csr).coreSize).toBe(csr.n);
      expectUnfolded(csr);
    }
  });

  it('random graphs with weights 1..5, where float ties depend on the distance a search starts from', () => {
    for (let seed = 1; seed <= 30; seed++) expectUnfolded(toCsr(graphOf(randomPendantGraph(seed, 25, 25, 60))));
  });

  it('generated networks: baseline and the clinician-engagement t = 1 scenario', () => {
    const sb = scenarioBase();
    const base = sb.baseline;
    const t1 = scenarioModel(sb, leverCatalog(sb.survey, sb.spec, base), [{ lever: 'clinician-engagement' }], 1);
    for (const m of [base, t1]) expectUnfolded(toCsr(generateNetwork(m, { seed: 1 }).graph));
  }, 60_000);
});

describe('foldedBetweenness equals NetworkX on pendant-heavy graphs with tied float paths (live)', () => {
  it('betweenness_centrality(weight = 1/weight, normalized) within 1e-9', () => {
    const graphs = [1, 2, 3, 4, 5].map((seed) => randomPendantGraph(100 + seed, 20, 20 + 5 * seed, 80));
    const theirs = networkxPathCentralities(graphs).map(([betweenness]) => betweenness);
    graphs.forEach((edges, gi) => {
      const csr = toCsr(graphOf(edges));
      const got = foldedBetweenness(csr);
      csr.ids.forEach((id, i) => expect(Math.abs(got[i]! - theirs[gi]![id]!), `graph ${gi} ${id}`).toBeLessThanOrEqual(1e-9));
    });
  });
});
