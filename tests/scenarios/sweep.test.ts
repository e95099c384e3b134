import { describe, expect, it } from 'vitest';
import { evaluateInline, leverCatalog, runSweep, type Evaluate } from '../../src/scenarios/index.js';
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

  it('every interval contains its mean; the paired seeds are the same at every step', async () => {
    const r = await runSweep(base, catalog, 'mc', [{ lever: 'multi-center-networks' }], options);
    for (const s of r.steps) for (const [k, i] of Object.entries(s.metrics)) if (i.runs > 0) expect(i.lo <= i.mean && i.mean <= i.hi, k).toBe(true);
    expect(r.seeds).toEqual({ first: 5, last: 16 });
    expect(r.figures[0]![0]!.nodes).toBe(r.figures[3]![0]!.nodes);
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

  it('intervals narrow as runs grow', async () => {
    const few = await runSweep(base, catalog, 'x', [{ lever: 'clinician-engagement', t: 0.5 }], { steps: 1, runs: 5, seed: 1 });
    const many = await runSweep(base, catalog, 'x', [{ lever: 'clinician-engagement', t: 0.5 }], { steps: 1, runs: 40, seed: 1 });
    const width = (r: typeof few) => r.steps[0]!.metrics['giant_share.hospital']!.hi - r.steps[0]!.metrics['giant_share.hospital']!.lo;
    expect(width(many)).toBeLessThan(width(few));
  });
});
