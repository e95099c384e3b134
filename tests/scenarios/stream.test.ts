import { describe, expect, it } from 'vitest';
import { compareFigures, evaluateInline, leverCatalog, runSweep, streamCompare, streamSweep, summarizeStep, SWEEP_BETWEENNESS_SAMPLES, type SweepStep } from '../../src/scenarios/index.js';
import { scenarioBase } from '../helpers.js';

const base = scenarioBase({}, 0.2);
const catalog = leverCatalog(base.survey, base.spec, base.baseline);
const levers = [{ lever: 'clinician-engagement' }];
const runs = Array.from({ length: 3 }, () => ({ base, catalog }));
const plan = { runs, levers, ts: [0, 0.5, 1], seed: 7, betweennessSamples: SWEEP_BETWEENNESS_SAMPLES, summarize: summarizeStep };

describe('streamSweep', () => {
  it('a bad t (a model beyond the generation limits) is refused before any network is drawn', async () => {
    let networks = 0;
    const huge = scenarioBase({}, 0.2);
    const bigRuns = [{ base: { ...huge, baseline: { ...huge.baseline, sectors: huge.baseline.sectors.map((s) => ({ ...s, count: 1e9 })) } }, catalog }];
    await expect(streamSweep({ ...plan, runs: bigRuns, levers: [] }, { pace: async () => {}, onNetwork: () => networks++ })).rejects.toThrow();
    expect(networks).toBe(0);
  });

  it('gives the same steps and thresholds as runSweep (same seeds, same figures)', async () => {
    const streamed = await streamSweep(plan, { pace: async () => {} });
    const batch = await runSweep(base, catalog, 'ce', levers, { from: 0, to: 1, steps: 3, runs: 3, seed: 7, chunk: 1, evaluate: evaluateInline });
    expect(streamed.steps).toEqual(batch.steps);
    expect(streamed.thresholds).toEqual(batch.thresholds);
  });

  it('reports every network and every step as it goes, before the sweep ends', async () => {
    const seen: string[] = [];
    await streamSweep(plan, { pace: async () => {}, onNetwork: (d, total) => seen.push(`n${d}/${total}`) }, (steps: readonly SweepStep[]) => seen.push(`s${steps.length}`));
    expect(seen).toEqual(['n1/9', 'n2/9', 'n3/9', 's1', 'n4/9', 'n5/9', 'n6/9', 's2', 'n7/9', 'n8/9', 'n9/9', 's3']);
  });

  it('stops when pace throws: no network after the cancel', async () => {
    let networks = 0;
    const stop = new Error('cancelled');
    await expect(streamSweep(plan, { pace: async () => { if (networks === 4) throw stop; }, onNetwork: () => networks++ })).rejects.toBe(stop);
    expect(networks).toBe(4);
  });
});

describe('streamCompare', () => {
  it('pairs baseline and scenario run by run: the rows are compareFigures of the same networks; rows stream after each pair', async () => {
    const partial: number[] = [];
    const rows = await streamCompare({ runs, levers, t: 1, seed: 7, betweennessSamples: SWEEP_BETWEENNESS_SAMPLES }, { pace: async () => {} }, (_r, pairs) => partial.push(pairs));
    const a = await runSweep(base, catalog, 'b', [], { from: 1, to: 1, steps: 1, runs: 3, seed: 7, chunk: 1 });
    const b = await runSweep(base, catalog, 's', levers, { from: 1, to: 1, steps: 1, runs: 3, seed: 7, chunk: 1 });
    expect(rows).toEqual(compareFigures(a.figures[0]!, b.figures[0]!));
    expect(partial).toEqual([1, 2, 3]);
  });
});
