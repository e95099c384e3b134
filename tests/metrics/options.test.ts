import { describe, expect, it } from 'vitest';
import { graphOf } from './graph-of.js';
import { OptionError } from '../../src/errors.js';
import { computeMetrics, eigenvectorCentrality, pagerank, pathCentralities, sampledBetweenness, toCsr } from '../../src/metrics/index.js';
import { createRng } from '../../src/random/index.js';

const g = graphOf([
  ['a', 'b', 1],
  ['b', 'c', 2],
  ['c', 'a', 1],
  ['c', 'd', 3],
]);
const csr = toCsr(g);

/** The OptionError `fn` throws (fails the test if it throws nothing or something else). */
function optionError(fn: () => unknown): OptionError {
  try {
    fn();
  } catch (err) {
    if (err instanceof OptionError) return err;
    throw err;
  }
  throw new Error('expected an OptionError');
}

describe('metric functions refuse bad options with an OptionError naming the option', () => {
  const cases: [string, () => unknown, string, string][] = [
    ['pagerank alpha 7 (was: scores near −1e68)', () => pagerank(csr, { alpha: 7 }), 'alpha', 'pagerank: alpha: expected a number in [0, 1), got 7'],
    ['pagerank alpha NaN', () => pagerank(csr, { alpha: NaN }), 'alpha', 'got NaN'],
    ['pagerank 0 iterations', () => pagerank(csr, { maxIterations: 0 }), 'maxIterations', 'expected an integer in [1, 10000000], got 0'],
    ['pagerank negative tolerance', () => pagerank(csr, { tolerance: -1 }), 'tolerance', 'expected a number > 0'],
    ['pagerank misspelt option', () => pagerank(csr, { alfa: 0.5 } as never), 'alfa', 'pagerank: "alfa": unknown option; expected one of alpha, maxIterations, tolerance'],
    ['eigenvector 1.5 iterations', () => eigenvectorCentrality(csr, { maxIterations: 1.5 }), 'maxIterations', 'eigenvectorCentrality: maxIterations: expected an integer'],
    ['eigenvector zero tolerance', () => eigenvectorCentrality(csr, { tolerance: 0 }), 'tolerance', 'expected a number > 0, got 0'],
    ['toCsr empty weight attribute', () => toCsr(g, { weightAttribute: '' }), 'weightAttribute', 'toCsr: weightAttribute: expected a non-empty string'],
    ['pathCentralities a source outside the graph', () => pathCentralities(csr, { sources: Int32Array.of(0, 9) }), 'sources', 'expected node indices in [0, 3], got 9'],
    ['pathCentralities a source twice', () => pathCentralities(csr, { sources: Int32Array.of(1, 1) }), 'sources', 'expected distinct node indices, got 1 twice'],
    ['pathCentralities a negative scale', () => pathCentralities(csr, { sources: Int32Array.of(1), sourceScale: -2 }), 'sourceScale', 'expected a number > 0, got -2'],
    ['sampledBetweenness epsilon 0', () => sampledBetweenness(csr, createRng(1), { epsilon: 0 }), 'epsilon', 'sampledBetweenness: epsilon: expected a number in (0, 1), got 0'],
    ['sampledBetweenness delta 1', () => sampledBetweenness(csr, createRng(1), { delta: 1 }), 'delta', 'expected a number in (0, 1), got 1'],
    ['sampledBetweenness universalConstant −1', () => sampledBetweenness(csr, createRng(1), { universalConstant: -1 }), 'universalConstant', 'got -1'],
    ['computeMetrics betweennessSamples −1 (was: a negative betweenness)', () => computeMetrics(g, { betweennessSamples: -1 }), 'betweennessSamples', 'computeMetrics: betweennessSamples: expected null (exact) or an integer ≥ 1, got -1'],
    ['computeMetrics betweennessSamples 0.5', () => computeMetrics(g, { betweennessSamples: 0.5 }), 'betweennessSamples', 'got 0.5'],
    ['computeMetrics betweennessEpsilon 2', () => computeMetrics(g, { betweennessEpsilon: 2 }), 'betweennessEpsilon', 'expected null (not sampled) or a number in (0, 1), got 2'],
    ['computeMetrics betweennessDelta 0', () => computeMetrics(g, { betweennessDelta: 0 }), 'betweennessDelta', 'got 0'],
    ['computeMetrics seed 1.5', () => computeMetrics(g, { seed: 1.5 }), 'seed', 'computeMetrics: seed: expected an integer'],
    ['computeMetrics topK −1', () => computeMetrics(g, { topK: -1 }), 'topK', 'expected an integer ≥ 0, got -1'],
    ['computeMetrics resolution 0', () => computeMetrics(g, { resolution: 0 }), 'resolution', 'got 0'],
    ['computeMetrics weightAttribute 3', () => computeMetrics(g, { weightAttribute: 3 as never }), 'weightAttribute', 'expected a non-empty string (an attribute name), got 3'],
    ['computeMetrics sectorAttribute ""', () => computeMetrics(g, { sectorAttribute: '' }), 'sectorAttribute', 'got ""'],
    ['computeMetrics pagerank.alpha 7', () => computeMetrics(g, { pagerank: { alpha: 7 } }), 'alpha', 'computeMetrics: pagerank: alpha: expected a number in [0, 1), got 7'],
    ['computeMetrics eigenvector.maxIterations −3', () => computeMetrics(g, { eigenvector: { maxIterations: -3 } }), 'maxIterations', 'computeMetrics: eigenvector: maxIterations'],
    ['computeMetrics a misspelt option', () => computeMetrics(g, { betweenessSamples: 5 } as never), 'betweenessSamples', 'computeMetrics: "betweenessSamples": unknown option'],
  ];
  for (const [name, fn, option, message] of cases)
    it(name, () => {
      const err = optionError(fn);
      expect(err.option).toBe(option);
      expect(err.message).toContain(message);
    });

  it('defaults and in-range options still work', () => {
    expect(pagerank(csr, { alpha: 0 }).scores.every((x) => Math.abs(x - 0.25) < 1e-12)).toBe(true);
    const r = computeMetrics(g, { betweennessSamples: 2, pagerank: { alpha: 0.5 } });
    for (const row of r.nodes) expect(row.betweenness).toBeGreaterThanOrEqual(0);
  });
});
