import { describe, expect, it } from 'vitest';
import { evaluateInline, leverCatalog, meanInterval, networkFiguresFor, runSweep, scenarioModel, studentTCritical, SWEEP_BETWEENNESS_SAMPLES, type Evaluate } from '../../src/scenarios/index.js';
import { scenarioBase } from '../helpers.js';

const base = scenarioBase({}, 0.3);
const catalog = leverCatalog(base.survey, base.spec, base.baseline);
const options = { steps: 4, runs: 12, seed: 5, chunk: 3 };

describe('runSweep', () => {
  it('hospital isolate share never rises in mean as clinician engagement rises; the giant component grows', async () => {
    const r = await runSweep(base, catalog, 'ce', [{ lever: 'clinician-engagement' }], options);
    const iso = r.steps.map((s) => s.metrics['isolate_share.hospital']!.mean);
    const giant = r.steps.map((s) => s.metrics['giant_share.hospital']!.mean);
    for (let i = 1; i < iso.length; i++) {
      expect(iso[i]!).toBeLessThanOrEqual(iso[i - 1]!);
      expect(giant[i]!).toBeGreaterThanOrEqual(giant[i - 1]!);
    }
    expect(r.thresholds[0]!.t).not.toBeNull();
    expect(r.thresholds[1]!.t).not.toBeNull();
  });

  it('pairing: run i uses seed + i at every step, so its t = 0 network is the baseline run i and each step is that seed on that step\'s model', async () => {
    const levers = [{ lever: 'multi-center-networks' as const }];
    const r = await runSweep(base, catalog, 'mc', levers, options);
    expect(r.seeds).toEqual({ first: 5, last: 16 });
    for (const i of [0, 4, 11]) {
      // t = 0 is the baseline model: run i equals the baseline's network with seed 5 + i.
      expect(r.figures[0]![i], `run ${i} at t = 0`).toEqual(networkFiguresFor(base.baseline, 5 + i, SWEEP_BETWEENNESS_SAMPLES));
      for (const k of [1, 3]) expect(r.figures[k]![i], `run ${i} at step ${k}`).toEqual(networkFiguresFor(scenarioModel(base, catalog, levers, r.steps[k]!.t), 5 + i, SWEEP_BETWEENNESS_SAMPLES));
    }
    // Runs differ from one another (so the check above could fail): seeds are not all the same.
    expect(r.figures[0]![0]!.edges).not.toBe(r.figures[0]![1]!.edges);
  });

  it('each step summarizes its own runs: mean ± t(0.05, n−1)·s/√n of the figures', async () => {
    const r = await runSweep(base, catalog, 'mc', [{ lever: 'multi-center-networks' }], options);
    r.steps.forEach((s, k) => {
      for (const metric of ['edges', 'giant_share.hospital', 'ties.hospital-hospital']) {
        const xs = r.figures[k]!.map((f) => f[metric]!);
        expect(s.metrics[metric], `${metric} at step ${k}`).toEqual(meanInterval(xs));
        const mean = xs.reduce((a, x) => a + x, 0) / xs.length;
        const sd = Math.sqrt(xs.reduce((a, x) => a + (x - mean) ** 2, 0) / (xs.length - 1));
        expect(s.metrics[metric]!.hi - s.metrics[metric]!.mean).toBeCloseTo((studentTCritical(0.05, 11) * sd) / Math.sqrt(12), 9);
      }
    });
  });

  it('every step reports, per tie type and side, the distance to the survey and requested vs realized', async () => {
    const r = await runSweep(base, catalog, 'ce', [{ lever: 'clinician-engagement' }], { ...options, steps: 2 });
    const [first, last] = [r.steps[0]!.metrics, r.steps[1]!.metrics];
    for (const key of ['research-hospital.institution', 'research-hospital.hospital', 'research-company.institution', 'hospital-company.hospital'])
      for (const kind of ['tvd', 'requested', 'realized']) expect(first[`fit.${kind}.${key}`], `${kind} ${key}`).toBeDefined();
    // At t = 1 the clinicians ask far more ties than the institutions' bins hold: the institution side leaves the survey behind.
    expect(last['fit.tvd.research-hospital.institution']!.mean).toBeGreaterThan(first['fit.tvd.research-hospital.institution']!.mean + 0.3);
    expect(last['fit.requested.research-hospital.hospital']!.mean).toBeCloseTo(0.88, 6);
    expect(last['fit.realized.research-hospital.hospital']!.mean).toBeLessThan(0.88);
  });

  it('results do not depend on how jobs are scheduled (workers finish in any order)', async () => {
    let flip = 0;
    const shuffled: Evaluate = async (job) => {
      await new Promise((resolve) => setTimeout(resolve, (flip++ % 3) * 5));
      return evaluateInline(job);
    };
    const a = await runSweep(base, catalog, 'x', [{ lever: 'ai-departments' }], options);
    const b = await runSweep(base, catalog, 'x', [{ lever: 'ai-departments' }], { ...options, evaluate: shuffled, chunk: 5 });
    expect(JSON.stringify(b.steps)).toBe(JSON.stringify(a.steps));
  });

  it('intervals shrink like 1/√runs: half-width = t(0.05, n−1)·s/√n with s the runs\' standard deviation, which settles', async () => {
    const lever = [{ lever: 'clinician-engagement' as const, t: 0.5 }];
    const few = await runSweep(base, catalog, 'x', lever, { steps: 1, runs: 10, seed: 1 });
    const many = await runSweep(base, catalog, 'x', lever, { steps: 1, runs: 40, seed: 1 });
    // The first 10 runs of the larger sweep are the smaller sweep (same seeds).
    expect(many.figures[0]!.slice(0, 10)).toEqual(few.figures[0]);
    const sd = (r: typeof few) => {
      const xs = r.figures[0]!.map((f) => f['giant_share.hospital']!);
      const m = xs.reduce((a, x) => a + x, 0) / xs.length;
      return Math.sqrt(xs.reduce((a, x) => a + (x - m) ** 2, 0) / (xs.length - 1));
    };
    const half = (r: typeof few) => (r.steps[0]!.metrics['giant_share.hospital']!.hi - r.steps[0]!.metrics['giant_share.hospital']!.lo) / 2;
    expect(half(few)).toBeCloseTo((studentTCritical(0.05, 9) * sd(few)) / Math.sqrt(10), 12);
    expect(half(many)).toBeCloseTo((studentTCritical(0.05, 39) * sd(many)) / Math.sqrt(40), 12);
    // The spread of the runs settles (it does not shrink with n)…
    expect(sd(few) / sd(many)).toBeGreaterThan(0.5);
    expect(sd(few) / sd(many)).toBeLessThan(2);
    // …so 4× the runs gives about half the width: √4, times the ratio of t quantiles and of the spreads.
    expect(half(many) / half(few)).toBeCloseTo(((studentTCritical(0.05, 39) / studentTCritical(0.05, 9)) * (sd(many) / sd(few))) / 2, 12);
    expect(half(many) / half(few)).toBeLessThan(0.75);
  });
});
