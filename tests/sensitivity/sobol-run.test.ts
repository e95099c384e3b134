import { describe, expect, it } from 'vitest';
import { runSobol, selectInputs, sobolRunSize } from '../../src/sensitivity/index.js';
import { scenarioBase } from '../helpers.js';

const base = scenarioBase({}, 0.2);
const inputs = selectInputs(base.spec, null, ['clinician-institution-engagement', 'companies'], false, true);
const plan = { base, inputs, figure: 'giant_share.hospital', lever: null, target: 0.5, direction: 'rises' as const, ts: [0], n: 4, seed: 3, icc: 0.2, noisePoints: 1, noiseSeeds: 2, bootstrap: 50 };

describe('runSobol (the explorer worker\'s sensitivity run)', () => {
  it('no input to vary is refused before any network is drawn', async () => {
    let networks = 0;
    await expect(runSobol({ ...plan, inputs: [] }, { pace: async () => {}, onNetwork: () => networks++ })).rejects.toThrow(/no input to vary/);
    expect(networks).toBe(0);
  });

  it('draws the networks its size says, one at a time, with indices per input and conclusions carrying figures', async () => {
    const seen: number[] = [];
    const r = await runSobol(plan, { pace: async () => {}, onNetwork: (d, total) => (seen.push(d), expect(total).toBe(sobolRunSize(plan))) });
    expect(sobolRunSize(plan)).toBe(1 + 4 * 4 + 2);
    expect(seen).toEqual(Array.from({ length: 19 }, (_, i) => i + 1));
    expect(r.indices.map((x) => x.input)).toEqual(['clinician-institution-engagement', 'companies']);
    expect(r.conclusions[0]).toMatch(/^At the default assumptions hospitals in largest component is \d+\.\d%/);
    expect(Number.isFinite(r.baseline)).toBe(true);
    // Issue 14: inputs by their spec labels, in the indices (for the chart) and the sentences.
    expect(r.indices.map((x) => x.label)).toEqual(['clinicians working with research institutions', 'number of companies']);
    expect(r.conclusions.join(' ')).not.toMatch(/clinician-institution-engagement|giant_share|networks\)/);
  });

  it('stops between networks when pace throws', async () => {
    let networks = 0;
    await expect(runSobol(plan, { pace: async () => { if (networks === 3) throw new Error('cancelled'); }, onNetwork: () => networks++ })).rejects.toThrow('cancelled');
    expect(networks).toBe(3);
  });
});
