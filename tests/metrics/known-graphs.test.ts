import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { graphOf } from './graph-of.js';
import { computeMetrics, freemanCentralization, gini, modularity, NODE_COLUMNS, pathCentralities, toCsr } from '../../src/metrics/index.js';
import { ROOT } from '../helpers.js';

const byId = (report: ReturnType<typeof computeMetrics>) => Object.fromEntries(report.nodes.map((r) => [r.id as string, r]));

describe('metrics: bad input', () => {
  it('refuses weights that are not finite and > 0', () => {
    for (const w of [0, -1, NaN, Infinity, 'x']) {
      const g = graphOf([['a', 'b', 1]]);
      g.setEdgeAttribute(g.edges()[0]!, 'weight', w);
      expect(() => toCsr(g)).toThrow(RangeError);
    }
  });

  it('handles an empty-edged graph and a single node', () => {
    const r = computeMetrics(graphOf([], ['a']));
    expect(r.nodes[0]).toMatchObject({ degree: 0, betweenness: 0, harmonic: 0, constraint: null, effective_size: null, isolated: true });
    expect(r.network.sectorsAvailable).toBe(false);
    expect(r.sectors).toBeNull();
  });
});

describe('metrics: answers worked out by hand', () => {
  const star = graphOf([['c', 'a', 1], ['c', 'b', 1], ['c', 'd', 1], ['c', 'e', 1]]);

  it('star: the hub brokers every pair', () => {
    const n = byId(computeMetrics(star));
    expect(n.c).toMatchObject({ degree: 4, strength: 4, betweenness: 1, harmonic: 4, constraint: 0.25, effective_size: 4 });
    expect(n.a).toMatchObject({ degree: 1, betweenness: 0, harmonic: 2.5, constraint: 1, effective_size: 1 });
    const r = computeMetrics(star);
    expect(r.network.centralization).toEqual({ degree: 1, betweenness: 1 });
    expect(r.network.bridges).toHaveLength(4);
    expect(r.network.articulationPoints).toEqual(['c']);
  });

  it('weighted path: a strong tie is a short path', () => {
    // a –1– b –2– c –4– d –1– e ; lengths 1, 0.5, 0.25, 1
    const n = byId(computeMetrics(graphOf([['a', 'b', 1], ['b', 'c', 2], ['c', 'd', 4], ['d', 'e', 1]])));
    expect(n.a!.harmonic).toBeCloseTo(1 / 1 + 1 / 1.5 + 1 / 1.75 + 1 / 2.75, 12);
    // c lies on (a,d) (a,e) (b,d) (b,e): 4 of C(4,2)=6 pairs of the others
    expect(n.c!.betweenness).toBeCloseTo(4 / 6, 12);
  });

  it('two triangles and a bridge: components, bridges, articulation points, modularity', () => {
    const g = graphOf([['a', 'b', 1], ['b', 'c', 1], ['a', 'c', 1], ['c', 'd', 3], ['d', 'e', 1], ['e', 'f', 1], ['d', 'f', 1]], ['z']);
    const r = computeMetrics(g);
    expect(r.network.components).toBe(2);
    expect(r.network.bridges.map((b) => [...b].sort())).toEqual([['c', 'd']]);
    expect([...r.network.articulationPoints].sort()).toEqual(['c', 'd']);
    const csr = toCsr(g);
    const split = Int32Array.from(csr.ids.map((id) => ('abc'.includes(id) ? 0 : 'def'.includes(id) ? 1 : 2)));
    expect(modularity(csr, split)).toBeCloseTo(1 / 6, 12);
    expect(byId(r).z).toMatchObject({ isolated: true, component: 1 });
  });

  it('Gini and Freeman centralization', () => {
    expect(gini([1, 1, 1, 1])).toBe(0);
    expect(gini([0, 0, 0, 1])).toBeCloseTo(0.75, 12);
    expect(freemanCentralization([2, 2, 2], 'degree')).toBe(0);
  });

  it('per-sector figures: E-I index, partners, hops, hospital reach', () => {
    const g = graphOf([['h1', 'r1', 2], ['r1', 'c1', 1], ['h2', 'h3', 1]], ['h4']);
    const sector: Record<string, string> = { h1: 'hospital', h2: 'hospital', h3: 'hospital', h4: 'hospital', r1: 'institution', c1: 'company' };
    g.forEachNode((n) => g.setNodeAttribute(n, 'sector', sector[n]));
    const r = computeMetrics(g, { reachFrom: 'hospital' });
    expect(r.sectors!.hospital!.eiIndex).toBeCloseTo((1 - 1) / 2, 12); // 1 external (h1–r1), 1 internal (h2–h3)
    expect(r.sectors!.institution!.eiIndex).toBe(1);
    expect(r.sectors!.hospital!.isolateShare).toBe(0.25);
    const n = byId(r);
    expect(n.h1).toMatchObject({ partners_institution: 1, partners_company: 0, hops_institution: 1, hops_company: 2, hops_hospital: null });
    expect(n.h2).toMatchObject({ hops_institution: null, hops_company: null });
    expect(r.network.reach).toEqual({ from: 'hospital', to: { institution: { within2: 0.25, within3: 0.25 }, company: { within2: 0.25, within3: 0.25 } } });
  });

  it('Louvain is reproducible from its seed', () => {
    const g = graphOf([['a', 'b', 1], ['b', 'c', 1], ['a', 'c', 1], ['c', 'd', 1], ['d', 'e', 1], ['e', 'f', 1], ['d', 'f', 1]]);
    const a = computeMetrics(g, { seed: 3 }).nodes.map((r) => r.community);
    expect(computeMetrics(g, { seed: 3 }).nodes.map((r) => r.community)).toEqual(a);
    expect(new Set(a).size).toBe(2);
  });

  it('betweenness sampled over every source equals exact', () => {
    const csr = toCsr(star);
    const all = pathCentralities(csr, { sources: Int32Array.from([0, 1, 2, 3, 4]) });
    expect(Array.from(all.betweenness)).toEqual(Array.from(pathCentralities(csr).betweenness));
  });
});

describe('metrics: fixtures computed by NetworkX (tests/networkx/make_fixtures.py)', () => {
  const fixtures = JSON.parse(readFileSync(join(ROOT, 'tests/fixtures/known-graphs.json'), 'utf8'));
  for (const [name, fx] of Object.entries<any>(fixtures.graphs)) {
    it(`${name}: every node column within 1e-9`, () => {
      const g = graphOf(fx.edges, fx.nodes.filter((v: string) => !fx.edges.some((e: any[]) => e[0] === v || e[1] === v)));
      const got = byId(computeMetrics(g));
      for (const [id, want] of Object.entries<any>(fx.expected.nodes)) {
        for (const col of NODE_COLUMNS) {
          if (col === 'id' || col === 'sector' || col === 'component') continue;
          const a = got[id]![col];
          const b = want[col];
          if (b === null || typeof b === 'boolean') expect(a, `${name} ${id} ${col}`).toBe(b);
          else expect(Math.abs((a as number) - b), `${name} ${id} ${col}: ${a} vs ${b}`).toBeLessThanOrEqual(1e-9);
        }
      }
    });
  }

  it('diamond chain: 2^40 tied shortest paths do not overflow the path counter', () => {
    const fx = fixtures.graphs.diamond_chain;
    const got = byId(computeMetrics(graphOf(fx.edges)));
    expect(got.j20!.betweenness).toBeCloseTo(fx.expected.nodes.j20.betweenness, 12);
  });
});
