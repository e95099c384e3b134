import { describe, expect, it } from 'vitest';
import { generateNetwork } from '../../src/generator/index.js';
import { computeMetrics, harmonicCloseness, harmonicSamples, sampledHarmonic, toCsr } from '../../src/metrics/index.js';
import { createRng } from '../../src/random/index.js';
import { model } from '../helpers.js';
import type { Csr } from '../../src/metrics/index.js';

/** The estimator the plain way: a full Dijkstra (O(n²) array scan) from each drawn source. */
function plainEstimate(csr: Csr, seed: number, k: number): Float64Array {
  const rng = createRng(seed);
  const sum = new Float64Array(csr.n);
  for (let i = 0; i < k; i++) {
    const s = rng.int(csr.n);
    const dist = new Float64Array(csr.n).fill(Infinity);
    const done = new Uint8Array(csr.n);
    dist[s] = 0;
    for (;;) {
      let v = -1;
      for (let x = 0; x < csr.n; x++) if (!done[x] && dist[x]! < Infinity && (v < 0 || dist[x]! < dist[v]!)) v = x;
      if (v < 0) break;
      done[v] = 1;
      if (v !== s) sum[v] += 1 / dist[v]!;
      for (let e = csr.offsets[v]!; e < csr.offsets[v + 1]!; e++) dist[csr.targets[e]!] = Math.min(dist[csr.targets[e]!]!, dist[v]! + csr.lengths[e]!);
    }
  }
  return sum.map((x) => (x * csr.n) / k);
}

describe('harmonic closeness from sampled sources', () => {
  const { graph } = generateNetwork(model(), { seed: 4 });
  const csr = toCsr(graph);

  it('rejects ε or δ outside (0, 1)', () => {
    expect(() => sampledHarmonic(csr, createRng(1), 0, 0.1)).toThrow(/epsilon must be in \(0, 1\), got 0/);
    expect(() => sampledHarmonic(csr, createRng(1), 0.1, 1)).toThrow(/delta must be in \(0, 1\), got 1/);
  });

  it('draws k = ⌈ln(2n/δ) / (2ε²)⌉ sources', () => {
    expect(harmonicSamples(1000, 0.1, 0.1)).toBe(Math.ceil(Math.log(20000) / 0.02));
    expect(harmonicSamples(2482, 0.05, 0.1)).toBe(2163);
  });

  it('folds pendant trees without changing the estimate (a plain Dijkstra per drawn source agrees to 1e-9)', async () => {
    const { default: Graph } = await import('graphology');
    // A cycle with trees hanging off it, a path component, an isolate; weights 1..5.
    const g = new Graph({ type: 'undirected' });
    const edges: [number, number, number][] = [[0, 1, 1], [1, 2, 2], [2, 3, 3], [3, 0, 5], [1, 3, 4], [3, 4, 2], [4, 5, 1], [4, 6, 3], [6, 7, 5], [0, 8, 4], [9, 10, 2], [10, 11, 1], [11, 12, 3]];
    for (let i = 0; i <= 13; i++) g.addNode(String(i));
    for (const [a, b, w] of edges) g.addEdge(String(a), String(b), { weight: w });
    for (const [graph, seed] of [[g, 5], [generateNetwork(model(), { seed: 6 }).graph, 8]] as const) {
      const c = toCsr(graph);
      const folded = sampledHarmonic(c, createRng(seed), 0.3, 0.1);
      const plain = plainEstimate(c, seed, folded.samples);
      for (let v = 0; v < c.n; v++) expect(Math.abs(folded.harmonic[v]! - plain[v]!)).toBeLessThanOrEqual(1e-9 * Math.max(1, plain[v]!));
    }
  });

  it('stays within its stated bound of exact on every node, and close on average', () => {
    const exact = harmonicCloseness(csr);
    const s = sampledHarmonic(csr, createRng(9), 0.05, 0.1);
    let worst = 0;
    let relSum = 0;
    let reached = 0;
    for (let v = 0; v < csr.n; v++) {
      worst = Math.max(worst, Math.abs(s.harmonic[v]! - exact[v]!));
      if (exact[v]! > 0) {
        relSum += Math.abs(s.harmonic[v]! - exact[v]!) / exact[v]!;
        reached++;
      }
    }
    expect(worst).toBeLessThanOrEqual(s.absoluteError);
    expect(relSum / reached).toBeLessThan(0.2);
    // Isolates reach no one: exactly 0.
    for (let v = 0; v < csr.n; v++) if (csr.offsets[v + 1] === csr.offsets[v]) expect(s.harmonic[v]).toBe(0);
  });

  it('is what the metrics report uses with harmonicEpsilon, and says so', () => {
    const r = computeMetrics(graph, { seed: 2, betweennessEpsilon: 0.05, harmonicEpsilon: 0.1 });
    expect(r.network.betweenness.method).toBe('sampled-pairs');
    if (r.network.betweenness.method !== 'sampled-pairs') return;
    expect(r.network.betweenness.harmonic?.samples).toBe(harmonicSamples(csr.n, 0.1, 0.1));
    expect(r.network.betweenness.note).toMatch(/harmonic closeness from \d+ uniform sources/);
    const plain = computeMetrics(graph, { seed: 2, betweennessEpsilon: 0.05 });
    expect(plain.network.betweenness.method === 'sampled-pairs' && plain.network.betweenness.harmonic).toBe(undefined);
  });
});

describe('national-scale summaries', () => {
  it('summarize a sector of 200,000 nodes (no argument-spread overflow)', async () => {
    const { default: Graph } = await import('graphology');
    const g = new Graph({ type: 'undirected' });
    for (let i = 0; i < 200_000; i++) g.addNode(`n${i}`, { sector: 'hospital' });
    g.addEdge('n0', 'n1', { weight: 2 });
    const r = computeMetrics(g, { seed: 1, betweennessEpsilon: 0.1, harmonicEpsilon: 0.2 });
    expect(r.sectors?.hospital?.nodes).toBe(200_000);
    expect(r.sectors?.hospital?.metrics.degree.max).toBe(1);
  });
});
