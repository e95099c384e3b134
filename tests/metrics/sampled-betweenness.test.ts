import { UndirectedGraph } from 'graphology';
import { describe, expect, it } from 'vitest';
import { graphOf } from './graph-of.js';
import { generateNetwork } from '../../src/generator/index.js';
import {
  components,
  computeMetrics,
  eigenvectorCentrality,
  forEachInnerTreeNode,
  harmonicCloseness,
  pathCentralities,
  pendantForest,
  resolveSampledBetweennessOptions,
  riondatoKornaropoulosSamples,
  sampledBetweenness,
  toCsr,
  vertexDiameterBound,
} from '../../src/metrics/index.js';
import { createRng } from '../../src/random/index.js';
import { leverCatalog, scenarioModel } from '../../src/scenarios/index.js';
import { model, scenarioBase } from '../helpers.js';

/** A seeded random graph: a sparse core with cycles, trees hung on it, a few tree components and isolates. */
function randomGraph(seed: number, n = 60): UndirectedGraph {
  const rng = createRng(seed);
  const g = new UndirectedGraph();
  for (let i = 0; i < n; i++) g.addNode(`v${i}`);
  const add = (a: number, b: number) => {
    if (a !== b && !g.hasEdge(`v${a}`, `v${b}`)) g.addEdge(`v${a}`, `v${b}`, { weight: 1 + rng.int(3) });
  };
  const coreSize = Math.floor(n / 4);
  for (let i = 1; i < coreSize; i++) add(i, rng.int(i)); // a tree on the core nodes …
  for (let k = 0; k < coreSize / 2; k++) add(rng.int(coreSize), rng.int(coreSize)); // … with cycles
  for (let i = coreSize; i < Math.floor((3 * n) / 4); i++) add(i, rng.int(i)); // pendant trees
  for (let i = Math.floor((3 * n) / 4) + 1; i < n - 3; i++) if (rng.next() < 0.7) add(i, Math.floor((3 * n) / 4) + rng.int(i - Math.floor((3 * n) / 4))); // tree components
  return g;
}

const maxAbs = (a: Float64Array, b: Float64Array) => a.reduce((m, x, i) => Math.max(m, Math.abs(x - b[i]!)), 0);

describe('sampled betweenness: bad input', () => {
  it('refuses ε and δ outside (0, 1) and a non-positive constant', () => {
    for (const epsilon of [0, -0.1, 1, NaN]) expect(() => resolveSampledBetweennessOptions({ epsilon })).toThrow(/epsilon: expected a number in \(0, 1\)/);
    for (const delta of [0, 1.5, NaN]) expect(() => resolveSampledBetweennessOptions({ delta })).toThrow(/delta: expected a number in \(0, 1\)/);
    expect(() => resolveSampledBetweennessOptions({ universalConstant: 0 })).toThrow(/universalConstant/);
  });

  it('graphs too small for inner nodes: all zero, no samples', () => {
    for (const g of [graphOf([], ['a']), graphOf([['a', 'b', 1]]), graphOf([['a', 'b', 1]], ['c', 'd'])]) {
      const s = sampledBetweenness(toCsr(g), createRng(1), { epsilon: 0.1 });
      expect(s.samples).toBe(0);
      expect([...s.betweenness].every((x) => x === 0)).toBe(true);
    }
  });
});

describe('pendant forest', () => {
  // triangle a-b-c; pendant path c-d-e and leaf b-f; tree component x-y-z; isolate q
  const g = graphOf([['a', 'b', 1], ['b', 'c', 1], ['a', 'c', 1], ['c', 'd', 2], ['d', 'e', 4], ['b', 'f', 1], ['x', 'y', 1], ['y', 'z', 1]], ['q']);
  const csr = toCsr(g);
  const f = pendantForest(csr);
  const at = (id: string) => csr.ids.indexOf(id);
  const name = (i: number) => csr.ids[i];

  it('finds the 2-core, roots, depths and distances to the root', () => {
    expect(['a', 'b', 'c', 'd', 'e', 'f', 'x', 'y', 'z', 'q'].filter((v) => f.core[at(v)])).toEqual(['a', 'b', 'c']);
    expect(f.coreSize).toBe(3);
    expect(name(f.root[at('e')]!)).toBe('c');
    expect(name(f.root[at('f')]!)).toBe('b');
    expect(f.depth[at('e')]).toBe(2);
    expect(f.rootDistance[at('e')]).toBeCloseTo(0.5 + 0.25, 15);
    expect(f.root[at('x')]).toBe(f.root[at('z')]);
    expect(f.root[at('q')]).toBe(at('q'));
  });

  it('walks the inner nodes of a tree path', () => {
    const inner = (u: string, v: string) => {
      const seen: string[] = [];
      forEachInnerTreeNode(f, at(u), at(v), (x) => seen.push(name(x)!));
      return seen.sort();
    };
    expect(inner('e', 'c')).toEqual(['d']);
    expect(inner('c', 'e')).toEqual(['d']);
    expect(inner('x', 'z')).toEqual(['y']);
    expect(inner('z', 'x')).toEqual(['y']);
    expect(inner('x', 'y')).toEqual([]);
  });
});

describe('vertex diameter bound', () => {
  it('is exact on a tree', () => {
    const path = graphOf([['a', 'b', 1], ['b', 'c', 5], ['c', 'd', 1], ['d', 'e', 1], ['c', 'x', 1]]);
    const csr = toCsr(path);
    const comp = components(csr);
    expect(vertexDiameterBound(csr, comp.id, comp.sizes, pendantForest(csr))).toBe(5);
  });

  it('never falls below the true vertex diameter (random graphs, brute force)', () => {
    for (let seed = 1; seed <= 20; seed++) {
      const csr = toCsr(randomGraph(seed, 40));
      const comp = components(csr);
      const bound = vertexDiameterBound(csr, comp.id, comp.sizes, pendantForest(csr));
      // Brute force: Dijkstra from every node counting the most edges on any shortest path.
      let truth = 1;
      for (let s = 0; s < csr.n; s++) {
        const dist = new Float64Array(csr.n).fill(Infinity);
        const hops = new Int32Array(csr.n);
        const done = new Uint8Array(csr.n);
        dist[s] = 0;
        for (;;) {
          let v = -1;
          for (let i = 0; i < csr.n; i++) if (!done[i] && dist[i]! < Infinity && (v < 0 || dist[i]! < dist[v]!)) v = i;
          if (v < 0) break;
          done[v] = 1;
          truth = Math.max(truth, hops[v]! + 1);
          for (let k = csr.offsets[v]!; k < csr.offsets[v + 1]!; k++) {
            const w = csr.targets[k]!;
            const alt = dist[v]! + csr.lengths[k]!;
            if (alt < dist[w]!) {
              dist[w] = alt;
              hops[w] = hops[v]! + 1;
            } else if (alt === dist[w]) hops[w] = Math.max(hops[w]!, hops[v]! + 1);
          }
        }
      }
      expect(bound).toBeGreaterThanOrEqual(truth);
      expect(bound).toBeLessThanOrEqual(csr.n);
    }
  });
});

describe('sampled betweenness: known answers', () => {
  it('sample size of Riondato & Kornaropoulos (2016, Thm. 2)', () => {
    // (0.5 / 0.01²)(⌊log₂ 85⌋ + 1 + ln 10) = 5000 × 9.3026 = 46,512.9
    expect(riondatoKornaropoulosSamples(87, 0.01, 0.1, 0.5)).toBe(46513);
    expect(riondatoKornaropoulosSamples(3, 0.1, 0.1, 1)).toBe(Math.ceil(100 * (0 + 1 + Math.log(10))));
    expect(riondatoKornaropoulosSamples(2, 0.01, 0.1, 0.5)).toBe(0);
  });

  it('star: the hub within ε of 1, leaves exactly 0', () => {
    const star = graphOf(Array.from({ length: 9 }, (_, i) => ['hub', `l${i}`, 1] as [string, string, number]));
    const csr = toCsr(star);
    const s = sampledBetweenness(csr, createRng(3), { epsilon: 0.02 });
    const hub = csr.ids.indexOf('hub');
    expect(Math.abs(s.betweenness[hub]! - 1)).toBeLessThanOrEqual(0.02);
    expect([...s.betweenness].filter((_, i) => i !== hub).every((x) => x === 0)).toBe(true);
  });

  it('diamond: tied shortest paths are chosen in proportion to their counts', () => {
    // a–b–d and a–c–d tie; b and c each carry half of pair (a, d): 0.5 / C(3,2) = 1/6
    const csr = toCsr(graphOf([['a', 'b', 1], ['a', 'c', 1], ['b', 'd', 1], ['c', 'd', 1], ['d', 'e', 2]]));
    const exact = pathCentralities(csr).betweenness;
    const s = sampledBetweenness(csr, createRng(5), { epsilon: 0.01 });
    expect(maxAbs(s.betweenness, exact)).toBeLessThanOrEqual(0.01);
    expect(exact[csr.ids.indexOf('b')]).toBeCloseTo(0.5 / 6 + 0.5 / 6, 12); // (a,d) and (a,e)
  });

  it('within ±ε of exact on random graphs with cycles, pendant trees and tree components', () => {
    for (let seed = 1; seed <= 8; seed++) {
      const csr = toCsr(randomGraph(seed));
      const s = sampledBetweenness(csr, createRng(seed), { epsilon: 0.02 });
      expect(maxAbs(s.betweenness, pathCentralities(csr).betweenness)).toBeLessThanOrEqual(0.02);
    }
  });

  it('within ±ε on generated networks (baseline and a dense scenario)', () => {
    const sb = scenarioBase();
    const base = sb.baseline;
    const t1 = scenarioModel(sb, leverCatalog(sb.survey, sb.spec, base), [{ lever: 'clinician-engagement' }], 1);
    for (const m of [base, t1]) {
      const csr = toCsr(generateNetwork(m, { seed: 2 }).graph);
      const s = sampledBetweenness(csr, createRng(9), { epsilon: 0.01 });
      expect(maxAbs(s.betweenness, pathCentralities(csr).betweenness)).toBeLessThanOrEqual(0.01);
    }
  });

  it('same seed, same values; another seed, other values', () => {
    const csr = toCsr(randomGraph(4));
    const a = sampledBetweenness(csr, createRng(1), { epsilon: 0.05 });
    const b = sampledBetweenness(csr, createRng(1), { epsilon: 0.05 });
    const c = sampledBetweenness(csr, createRng(2), { epsilon: 0.05 });
    expect(Buffer.from(a.betweenness.buffer).equals(Buffer.from(b.betweenness.buffer))).toBe(true);
    expect(Buffer.from(a.betweenness.buffer).equals(Buffer.from(c.betweenness.buffer))).toBe(false);
  });
});

describe('harmonic closeness on the 2-core and its pendant trees', () => {
  it('equals the Brandes sweep on random graphs, generated networks and trees', () => {
    const sb = scenarioBase();
    const base = sb.baseline;
    const t1 = scenarioModel(sb, leverCatalog(sb.survey, sb.spec, base), [{ lever: 'clinician-engagement' }], 1);
    const graphs = [
      ...Array.from({ length: 10 }, (_, i) => randomGraph(i + 1)),
      generateNetwork(base, { seed: 1 }).graph,
      generateNetwork(t1, { seed: 1 }).graph,
      graphOf([['a', 'b', 1], ['b', 'c', 2], ['b', 'd', 3]], ['z']), // a tree and an isolate: no core
      graphOf([['a', 'b', 1], ['b', 'c', 1], ['c', 'a', 1]]), // all core
    ];
    for (const g of graphs) {
      const csr = toCsr(g);
      const exact = pathCentralities(csr).harmonic;
      const fast = harmonicCloseness(csr);
      for (let i = 0; i < csr.n; i++) expect(Math.abs(fast[i]! - exact[i]!)).toBeLessThanOrEqual(1e-12 * Math.max(1, exact[i]!));
    }
  });
});

describe('computeMetrics with sampled betweenness', () => {
  it('reports the method and guarantee; harmonic closeness stays exact', () => {
    const { graph } = generateNetwork(model(), { seed: 1 });
    const exact = computeMetrics(graph);
    const sampled = computeMetrics(graph, { betweennessEpsilon: 0.02 });
    expect(exact.network.betweenness).toEqual({ method: 'exact' });
    expect(sampled.network.betweenness).toMatchObject({ method: 'sampled-pairs', epsilon: 0.02, delta: 0.1 });
    expect(sampled.network.betweenness.method === 'sampled-pairs' && sampled.network.betweenness.samples).toBeGreaterThan(10000);
    sampled.nodes.forEach((row, i) => {
      expect(Math.abs((row.betweenness as number) - (exact.nodes[i]!.betweenness as number))).toBeLessThanOrEqual(0.02);
      expect(row.harmonic as number).toBeCloseTo(exact.nodes[i]!.harmonic as number, 9);
    });
    expect(computeMetrics(graph, { betweennessSamples: 50 }).network.betweenness).toMatchObject({ method: 'pivots', pivots: 50 });
  });
});

describe('eigenvector centrality at national scale', () => {
  it('converges on a --scale 20 network (a fixed 1e-13 threshold sat below the rounding floor)', () => {
    const csr = toCsr(generateNetwork(model({}, 20), { seed: 1 }).graph);
    const ev = eigenvectorCentrality(csr);
    expect(ev.converged).toBe(true);
    expect(ev.iterations).toBeLessThan(5000);
  });
});
