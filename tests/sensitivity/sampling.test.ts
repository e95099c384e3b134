import { describe, expect, it } from 'vitest';
import { betaDraw, createRng, dirichletDraw, gammaDraw } from '../../src/random/index.js';
import { drawBlockShares, drawShare, effectiveSampleSize, latinHypercube, noiseShare, valueAt } from '../../src/sensitivity/index.js';

const mean = (xs: number[]) => xs.reduce((s, x) => s + x, 0) / xs.length;
const variance = (xs: number[]) => {
  const m = mean(xs);
  return xs.reduce((s, x) => s + (x - m) ** 2, 0) / (xs.length - 1);
};

describe('sampling distributions of survey answers', () => {
  it('rejects bad parameters', () => {
    expect(() => gammaDraw(-1, createRng(1))).toThrow(/gamma shape is -1/);
    expect(() => dirichletDraw([0, 0], createRng(1))).toThrow(/every alpha is 0/);
    expect(() => drawShare(1.2, 120, createRng(1))).toThrow(/share is 1.2/);
    expect(() => drawShare(0.3, 1, createRng(1))).toThrow(/n is 1/);
    expect(() => drawBlockShares([0.5, -0.1], 120, createRng(1))).toThrow(/shares ≥ 0/);
    expect(() => effectiveSampleSize(5142, 6000, 0.1)).toThrow(/clusters is 6000/);
    expect(() => effectiveSampleSize(5142, 2135, 2)).toThrow(/icc is 2/);
  });

  it('gamma and beta draws have the right mean and variance', () => {
    const rng = createRng(3);
    for (const shape of [0.3, 1, 4.5]) {
      const xs = Array.from({ length: 20000 }, () => gammaDraw(shape, rng));
      expect(mean(xs)).toBeCloseTo(shape, 1);
      expect(variance(xs) / shape).toBeGreaterThan(0.93);
      expect(variance(xs) / shape).toBeLessThan(1.07);
    }
    const bs = Array.from({ length: 20000 }, () => betaDraw(2, 6, rng));
    expect(mean(bs)).toBeCloseTo(0.25, 2);
    expect(variance(bs)).toBeCloseTo((2 * 6) / (8 * 8 * 9), 3);
  });

  it('a Table 6 share from 120 researchers: 31% ± about 8 points (95%), variance p(1 − p)/n', () => {
    const rng = createRng(8);
    const xs = Array.from({ length: 20000 }, () => drawShare(0.31, 120, rng));
    expect(mean(xs)).toBeCloseTo(0.31, 2);
    const sd = Math.sqrt(variance(xs));
    expect(sd).toBeCloseTo(Math.sqrt((0.31 * 0.69) / 120), 3);
    expect(1.96 * sd).toBeGreaterThan(0.078);
    expect(1.96 * sd).toBeLessThan(0.088);
    expect(drawShare(0, 120, rng)).toBe(0);
  });

  it('block shares: Dirichlet with multinomial covariance, reported total kept, zeros stay zero', () => {
    const rng = createRng(9);
    const shares = [0.31, 0.4, 0.3, 0];
    const draws = Array.from({ length: 20000 }, () => drawBlockShares(shares, 120, rng));
    for (const d of draws.slice(0, 50)) {
      expect(d.reduce((s, x) => s + x, 0)).toBeCloseTo(1.01, 12);
      expect(d[3]).toBe(0);
    }
    const p0 = 0.31 / 1.01;
    const first = draws.map((d) => d[0]! / 1.01);
    expect(mean(first)).toBeCloseTo(p0, 2);
    expect(variance(first)).toBeCloseTo((p0 * (1 - p0)) / 120, 4);
  });

  it('clinicians clustered in hospitals: Kish design effect 1 + (m̄ − 1)ρ', () => {
    const e = effectiveSampleSize(5142, 2135, 0.2);
    expect(e.meanClusterSize).toBeCloseTo(2.4084, 3);
    expect(e.designEffect).toBeCloseTo(1 + 1.4084 * 0.2, 3);
    expect(e.effective).toBeCloseTo(5142 / e.designEffect, 6);
    expect(effectiveSampleSize(120, 120, 0.5).effective).toBe(120);
  });
});

describe('Latin hypercube, ranges, noise share', () => {
  it('rejects bad sizes', () => {
    expect(() => latinHypercube(0, 2, createRng(1))).toThrow(/n is 0/);
    expect(() => valueAt({ kind: 'set', values: [] }, 0.5)).toThrow(/empty/);
    expect(() => valueAt({ kind: 'interval', low: 0, high: 1 }, 2)).toThrow(/u is 2/);
    expect(() => noiseShare([[1], [2]], 1)).toThrow(/2 or more replicate/);
  });

  it('every stratum of every input holds exactly one point', () => {
    const n = 50;
    const x = latinHypercube(n, 4, createRng(2));
    for (let j = 0; j < 4; j++) {
      const strata = x.map((row) => Math.floor(row[j]! * n)).sort((a, b) => a - b);
      expect(strata).toEqual(Array.from({ length: n }, (_, i) => i));
    }
  });

  it('maps the unit interval onto intervals and discrete sets', () => {
    expect(valueAt({ kind: 'interval', low: 0.08, high: 0.16 }, 0.5)).toBeCloseTo(0.12);
    expect(valueAt({ kind: 'interval', low: 50, high: 200, integer: true }, 0.333)).toBe(100);
    const set = { kind: 'set', values: ['table', 'text'] } as const;
    expect(valueAt(set, 0.49)).toBe('table');
    expect(valueAt(set, 0.5)).toBe('text');
    expect(valueAt(set, 1)).toBe('text');
  });

  it('noise share is the pooled within-point variance over the total', () => {
    const s = noiseShare([[1, 3], [10, 12, 14]], 20);
    // within: (2 + 8) / (1 + 2) = 10/3
    expect(s.noiseVariance).toBeCloseTo(10 / 3);
    expect(s.share).toBeCloseTo(10 / 60);
    expect(noiseShare([[1, 1]], 0).share).toBe(0);
  });
});
