import { threadId } from 'node:worker_threads';
import { describe, expect, it } from 'vitest';
import { foldSearchSteps, parallelFoldedPathCentralities, SPREAD_MIN_STEPS } from '../../src/cli/fold-parallel.js';
import { generateNetwork } from '../../src/generator/index.js';
import { foldedBetweenness, foldedPathCentralities, foldPlan, toCsr, type Csr } from '../../src/metrics/index.js';
import { leverCatalog, scenarioModel } from '../../src/scenarios/index.js';
import { model, scenarioBase } from '../helpers.js';
import { graphOf } from '../metrics/graph-of.js';
import { spreadMinSteps } from '../../src/cli/threaded-paths.js';

const bits = (a: Float64Array) => Buffer.from(a.buffer, a.byteOffset, a.byteLength).toString('hex');
const counts = (ids: readonly number[]) => [...new Set(ids)].map((id) => ids.filter((x) => x === id).length);

const sb = scenarioBase();
const baseline: Csr = toCsr(generateNetwork(sb.baseline, { seed: 1 }).graph);

describe('parallelFoldedPathCentralities: bad input', () => {
  it('a worker count that is not an integer ≥ 1: RangeError naming it, before any thread starts', async () => {
    for (const w of [0, -1, 1.5, Number.NaN, Infinity])
      await expect(parallelFoldedPathCentralities(baseline, w)).rejects.toThrow(`parallelFoldedPathCentralities: workers: expected an integer ≥ 1, got ${w}`);
  });
});

describe('parallelFoldedPathCentralities: the same bits on every number of threads, the work split', () => {
  const once = foldedPathCentralities(baseline);

  it('baseline on 1, 2 and 3 workers: byte-identical betweenness and harmonic closeness', async () => {
    for (const w of [1, 2, 3]) {
      const r = await parallelFoldedPathCentralities(baseline, w);
      expect(bits(r.betweenness)).toBe(bits(once.betweenness));
      expect(bits(r.harmonic)).toBe(bits(once.harmonic));
    }
  }, 60_000);

  it('2 workers: every chunk searched once, by the caller and one worker thread, each doing part of it', async () => {
    const chunks = foldPlan(baseline, true).chunks.length;
    const r = await parallelFoldedPathCentralities(baseline, 2);
    expect(r.threads).toBe(2);
    expect(r.chunkThread).toHaveLength(chunks);
    expect(new Set(r.chunkThread).size).toBe(2);
    expect(r.chunkThread).toContain(threadId);
    expect(counts(r.chunkThread).every((k) => k >= 1 && k < chunks)).toBe(true);
    const inProcess = await parallelFoldedPathCentralities(baseline, 1);
    expect(inProcess.threads).toBe(1);
    expect(new Set(inProcess.chunkThread)).toEqual(new Set([threadId]));
  }, 60_000);

  it('betweenness alone (withHarmonic false) on 2 workers equals foldedBetweenness', async () => {
    const r = await parallelFoldedPathCentralities(baseline, 2, { withHarmonic: false });
    expect(bits(r.betweenness)).toBe(bits(foldedBetweenness(baseline)));
    expect(r.harmonic.every((x) => x === 0)).toBe(true);
  }, 60_000);

  it('more workers than chunks: one thread per chunk; no 2-core: in-process', async () => {
    const triangle = toCsr(graphOf([['x', 'y', 1], ['y', 'z', 1], ['z', 'x', 1], ['x', 'a', 1]]));
    const r = await parallelFoldedPathCentralities(triangle, 8);
    expect(r.threads).toBe(4);
    expect(Array.from(r.betweenness)).toEqual([4 / 6, 0, 0, 0]);
    const path = await parallelFoldedPathCentralities(toCsr(graphOf([['a', 'b', 1], ['b', 'c', 1]])), 2);
    expect(path.threads).toBe(1);
    expect(Array.from(path.betweenness)).toEqual([0, 1, 0]);
  }, 60_000);
});

describe('the default spreads only searches long enough to pay for starting threads', () => {
  it('the baseline and the t = 1 scenario stay on one thread under SPREAD_MIN_STEPS; ×10 is above it', async () => {
    expect(foldSearchSteps(foldPlan(baseline, true))).toBeLessThan(SPREAD_MIN_STEPS / 10);
    const r = await parallelFoldedPathCentralities(baseline, 2, { minSteps: SPREAD_MIN_STEPS });
    expect(r.threads).toBe(1);
    const t1 = scenarioModel(sb, leverCatalog(sb.survey, sb.spec, sb.baseline), [{ lever: 'clinician-engagement' }], 1);
    expect(foldSearchSteps(foldPlan(toCsr(generateNetwork(t1, { seed: 1 }).graph), true))).toBeLessThan(SPREAD_MIN_STEPS);
    expect(foldSearchSteps(foldPlan(toCsr(generateNetwork(model({}, 10), { seed: 1 }).graph), true))).toBeGreaterThan(SPREAD_MIN_STEPS);
  }, 60_000);
});

describe('--workers auto is the default: it spreads only searches that pay for threads', () => {
  it('auto and no setting wait for SPREAD_MIN_STEPS; an explicit count always spreads', async () => {
    expect(spreadMinSteps('auto')).toBe(SPREAD_MIN_STEPS);
    expect(spreadMinSteps(undefined)).toBe(SPREAD_MIN_STEPS);
    expect(spreadMinSteps(2)).toBe(0);
    const r = await parallelFoldedPathCentralities(baseline, 2, { minSteps: spreadMinSteps('auto') });
    expect(r.threads).toBe(1);
  }, 60_000);
});
