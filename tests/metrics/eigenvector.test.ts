import { describe, expect, it } from 'vitest';
import { graphOf } from './graph-of.js';
import { generateNetwork } from '../../src/generator/index.js';
import { eigenvectorCentrality, lanczosTopEigenvector, toCsr, type Csr } from '../../src/metrics/index.js';
import { leverCatalog, scenarioModel } from '../../src/scenarios/index.js';
import { model, scenarioBase } from '../helpers.js';

/** The reference: power iteration on A + I from the uniform vector, run to the rounding floor. */
function powerIteration(csr: Csr): Float64Array {
  const { n, offsets, targets, weights } = csr;
  let x = new Float64Array(n).fill(1 / Math.sqrt(n));
  let next = new Float64Array(n);
  for (let it = 0; it < 200_000; it++) {
    for (let i = 0; i < n; i++) {
      let s = x[i]!;
      for (let k = offsets[i]!; k < offsets[i + 1]!; k++) s += weights[k]! * x[targets[k]!]!;
      next[i] = s;
    }
    let norm = 0;
    for (let i = 0; i < n; i++) norm += next[i]! ** 2;
    norm = Math.sqrt(norm);
    let change = 0;
    for (let i = 0; i < n; i++) {
      next[i] = next[i]! / norm;
      change += (next[i]! - x[i]!) ** 2;
    }
    [x, next] = [next, x];
    if (Math.sqrt(change) < 1e-15 * Math.sqrt(n)) break;
  }
  return x;
}

const maxDiff = (a: Float64Array, b: Float64Array) => a.reduce((m, v, i) => Math.max(m, Math.abs(v - b[i]!)), 0);

describe('eigenvector centrality (power iteration, then restarted Lanczos)', () => {
  it('refuses options outside their range', () => {
    const csr = toCsr(graphOf([['a', 'b', 1]]));
    expect(() => eigenvectorCentrality(csr, { tolerance: 0 })).toThrow(/tolerance/);
    expect(() => eigenvectorCentrality(csr, { maxIterations: 0 })).toThrow(/maxIterations/);
  });

  const small: [string, ReturnType<typeof graphOf>][] = [
    ['a weighted triangle with pendants', graphOf([['a', 'b', 2], ['b', 'c', 1], ['c', 'a', 3], ['c', 'd', 1], ['d', 'e', 5]])],
    ['a star (bipartite: ±λ)', graphOf([['h', 'a', 1], ['h', 'b', 2], ['h', 'c', 3], ['h', 'd', 1]])],
    ['a path of 7 (bipartite)', graphOf([['1', '2', 1], ['2', '3', 1], ['3', '4', 1], ['4', '5', 1], ['5', '6', 1], ['6', '7', 1]])],
    ['two components, the smaller one leading', graphOf([['a', 'b', 1], ['b', 'c', 1], ['x', 'y', 9]], ['z'])],
    ['two equal dyads (a repeated eigenvalue: the uniform start decides the mix)', graphOf([['a', 'b', 2], ['c', 'd', 2]])],
  ];
  for (const [name, g] of small)
    it(`${name}: equals power iteration to 1e-12, and so does Lanczos alone from the uniform vector`, () => {
      const csr = toCsr(g);
      const reference = powerIteration(csr);
      const ev = eigenvectorCentrality(csr);
      expect(ev.converged).toBe(true);
      expect(maxDiff(ev.scores, reference)).toBeLessThanOrEqual(1e-12);
      const l = lanczosTopEigenvector(csr, new Float64Array(csr.n).fill(1 / Math.sqrt(csr.n)), 1e-13 * Math.sqrt(csr.n), 10_000);
      expect(l.converged).toBe(true);
      expect(maxDiff(l.vector, reference)).toBeLessThanOrEqual(1e-12);
      expect(l.vector.every((v) => v >= 0)).toBe(true);
    });

  it('equals power iteration to 1e-10 on generated networks (baseline seeds 1–4, the dense t = 1 scenario, ×5)', () => {
    const sb = scenarioBase();
    const t1 = scenarioModel(sb, leverCatalog(sb.survey, sb.spec, sb.baseline), [{ lever: 'clinician-engagement' }], 1);
    const graphs = [1, 2, 3, 4].map((seed) => generateNetwork(model(), { seed }).graph);
    graphs.push(generateNetwork(t1, { seed: 1 }).graph, generateNetwork(model({}, 5), { seed: 1 }).graph);
    for (const g of graphs) {
      const csr = toCsr(g);
      const reference = powerIteration(csr);
      const ev = eigenvectorCentrality(csr);
      expect(ev.converged).toBe(true);
      expect(maxDiff(ev.scores, reference)).toBeLessThanOrEqual(1e-10);
      const l = lanczosTopEigenvector(csr, new Float64Array(csr.n).fill(1 / Math.sqrt(csr.n)), 1e-13 * Math.sqrt(csr.n), 10_000);
      expect(maxDiff(l.vector, reference)).toBeLessThanOrEqual(1e-10);
    }
  });

  it('needs a few dozen products with the graph at --scale 20, where power iteration needed 515', () => {
    const csr = toCsr(generateNetwork(model({}, 20), { seed: 1 }).graph);
    const ev = eigenvectorCentrality(csr);
    expect(ev.converged).toBe(true);
    expect(ev.iterations).toBeLessThanOrEqual(100);
  });
});

describe('eigenvector centrality where power iteration is cheap', () => {
  it('is power iteration itself, bit for bit, on the baseline (157 steps, no Lanczos)', () => {
    const csr = toCsr(generateNetwork(model(), { seed: 1 }).graph);
    const ev = eigenvectorCentrality(csr);
    expect(ev.iterations).toBe(157);
    // The old stopping rule: change of the unit vector below 1e-13·√n.
    const { n, offsets, targets, weights } = csr;
    let x = new Float64Array(n).fill(1 / Math.sqrt(n));
    let next = new Float64Array(n);
    for (let it = 0; it < 157; it++) {
      for (let i = 0; i < n; i++) {
        let s = x[i]!;
        for (let k = offsets[i]!; k < offsets[i + 1]!; k++) s += weights[k]! * x[targets[k]!]!;
        next[i] = s;
      }
      let norm = 0;
      for (let i = 0; i < n; i++) norm += next[i]! * next[i]!;
      norm = Math.sqrt(norm);
      for (let i = 0; i < n; i++) next[i] = next[i]! / norm;
      [x, next] = [next, x];
    }
    expect([...ev.scores]).toEqual([...x]);
  });
});
