import { describe, expect, it } from 'vitest';
import { binIndexOf, binMean, degreeDistribution, degreeSampler, drawInBin } from '../../src/model/index.js';
import { createRng } from '../../src/random/index.js';

const table6 = [
  { label: '0', min: 0, max: 0, share: 0.31 },
  { label: '1', min: 1, max: 1, share: 0.33 },
  { label: '2-5', min: 2, max: 5, share: 0.31 },
  { label: '>5', min: 6, max: null, share: 0.05 },
];

describe('binned degrees', () => {
  it('normalizes shares that do not sum to 1 and keeps the reported sum', () => {
    const d = degreeDistribution('q', [
      { label: 'a', min: 0, max: 0, share: 0.5 },
      { label: 'b', min: 1, max: 4, share: 0.53 },
    ], 2, 20);
    expect(d.reportedSum).toBeCloseTo(1.03, 12);
    expect(d.bins[0]!.share).toBeCloseTo(0.5 / 1.03, 12);
  });

  it('known answers: uniform bins and a capped geometric tail', () => {
    const d = degreeDistribution('q', table6, 2, 20);
    expect(binMean(d.bins[2]!, 2)).toBe(3.5);
    // A tail capped at its minimum is that minimum.
    expect(binMean({ label: 'x', min: 6, max: 6, open: true, share: 1 }, 2)).toBe(6);
    // Tail 6..7 with q = 2/3: (6 + 7·2/3) / (1 + 2/3) = 6.4
    expect(binMean({ label: 'x', min: 6, max: 7, open: true, share: 1 }, 2)).toBeCloseTo(6.4, 12);
  });

  it('draws stay inside their bin and match the bin mean', () => {
    const rng = createRng(11);
    const tail = { label: '>5', min: 6, max: 20, open: true, share: 1 };
    let total = 0;
    for (let i = 0; i < 50000; i++) {
      const k = drawInBin(tail, 2, rng);
      expect(k >= 6 && k <= 20).toBe(true);
      total += k;
    }
    expect(total / 50000).toBeCloseTo(binMean(tail, 2), 1);
  });

  it('a sampler reproduces the bin shares', () => {
    const d = degreeDistribution('q', table6, 2, 20);
    const draw = degreeSampler(d);
    const rng = createRng(5);
    const counts = [0, 0, 0, 0];
    for (let i = 0; i < 100000; i++) counts[binIndexOf(d.bins, draw(rng))]!++;
    counts.forEach((c, i) => expect(Math.abs(c / 100000 - d.bins[i]!.share)).toBeLessThan(0.005));
  });

  it('binIndexOf finds the bin, or −1 beyond the last closed bin', () => {
    const closed = degreeDistribution('q', [{ label: 'a', min: 0, max: 2, share: 1 }], 2, 20).bins;
    expect(binIndexOf(closed, 2)).toBe(0);
    expect(binIndexOf(closed, 3)).toBe(-1);
  });
});
