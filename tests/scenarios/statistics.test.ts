import { describe, expect, it } from 'vitest';
import { firstCrossing, meanInterval, normalQuantile, pairedDifference, studentTCritical } from '../../src/scenarios/index.js';

describe('Student t critical values (Hill 1970)', () => {
  it('rejects impossible arguments', () => {
    expect(studentTCritical(0, 5)).toBeNaN();
    expect(studentTCritical(0.05, 0)).toBeNaN();
  });

  it('matches the printed table (two-sided 5%)', () => {
    const table: [number, number][] = [
      [1, 12.706],
      [2, 4.303],
      [3, 3.182],
      [5, 2.571],
      [9, 2.262],
      [19, 2.093],
      [30, 2.042],
      [99, 1.984],
      [1000, 1.962],
    ];
    for (const [df, t] of table) expect(Math.abs(studentTCritical(0.05, df) - t)).toBeLessThan(0.0015);
  });

  it('matches the printed table at two-sided 1% and 10%', () => {
    const table: [number, number, number][] = [
      [0.01, 1, 63.657],
      [0.01, 10, 3.169],
      [0.01, 30, 2.75],
      [0.1, 1, 6.314],
      [0.1, 10, 1.812],
      [0.1, 30, 1.697],
    ];
    for (const [alpha, df, t] of table) expect(Math.abs(studentTCritical(alpha, df) - t), `α ${alpha}, df ${df}`).toBeLessThan(0.002);
  });
});

describe('intervals', () => {
  it('leaves out undefined values and handles one run', () => {
    expect(meanInterval([NaN, 2])).toEqual({ mean: 2, lo: 2, hi: 2, runs: 1 });
    expect(meanInterval([]).runs).toBe(0);
  });

  it('known answer: 1..10 → 5.5 ± 2.262·√(55/6)/√10', () => {
    const i = meanInterval([1, 2, 3, 4, 5, 6, 7, 8, 9, 10]);
    const half = studentTCritical(0.05, 9) * Math.sqrt(55 / 6 / 10);
    expect(i.mean).toBe(5.5);
    expect(i.lo).toBeCloseTo(5.5 - half, 12);
    expect(i.hi).toBeCloseTo(5.5 + half, 12);
  });

  it('the half-width is t(0.05, n−1)·s/√n: for ±1 alternating runs s = √(n/(n−1)), so it shrinks like 1/√n', () => {
    for (const n of [4, 16, 64, 256]) {
      const i = meanInterval(Array.from({ length: n }, (_, k) => (k % 2 ? -1 : 1)));
      expect(i.mean).toBe(0);
      expect(i.hi).toBeCloseTo(studentTCritical(0.05, n - 1) * Math.sqrt(n / (n - 1)) / Math.sqrt(n), 12);
      expect(i.lo).toBeCloseTo(-i.hi, 12);
    }
    // 16× the runs: a quarter of the width, times the ratio of t quantiles and of the s.
    const w = (n: number) => meanInterval(Array.from({ length: n }, (_, k) => (k % 2 ? -1 : 1))).hi;
    expect(w(256) / w(16)).toBeCloseTo((studentTCritical(0.05, 255) / studentTCritical(0.05, 15)) * Math.sqrt((256 / 255) / (16 / 15)) / 4, 12);
  });

  it('a shifted and scaled sample gives the shifted and scaled interval', () => {
    const xs = [3, 7, 1, 9, 4, 4, 8];
    const a = meanInterval(xs);
    const b = meanInterval(xs.map((x) => 10 + 2 * x));
    expect(b.mean).toBeCloseTo(10 + 2 * a.mean, 12);
    expect(b.hi - b.lo).toBeCloseTo(2 * (a.hi - a.lo), 12);
  });

  it('paired differences cancel what the pairs share', () => {
    const a = [10, 20, 30, 40];
    const d = pairedDifference(a, a.map((x) => x + 1));
    expect(d).toEqual({ mean: 1, lo: 1, hi: 1, runs: 4 });
  });

  it('paired differences pair run i with run i (not sorted, not shuffled)', () => {
    const a = [1, 5, 2, 8];
    const b = [2, 5, 4, 8]; // differences 1, 0, 2, 0
    expect(pairedDifference(a, b)).toEqual(meanInterval([1, 0, 2, 0]));
    expect(pairedDifference(a, b).mean).toBe(0.75);
  });
});

describe('thresholds', () => {
  const step = (t: number, m: number) => ({ t, metrics: { x: { mean: m, lo: m, hi: m, runs: 1 } } });
  it('interpolates between the grid points around the crossing', () => {
    const th = firstCrossing([step(0, 0.2), step(0.5, 0.4), step(1, 0.8)], 'x', 0.5, 'rises');
    expect(th.gridT).toBe(1);
    expect(th.t).toBeCloseTo(0.5 + 0.5 * (0.1 / 0.4), 12);
    expect(firstCrossing([step(0, 0.9), step(1, 0.2)], 'x', 0.5, 'falls')).toMatchObject({ gridT: 1 });
    expect(firstCrossing([step(0, 0.2), step(1, 0.3)], 'x', 0.5, 'rises')).toMatchObject({ gridT: null, t: null });
  });
});

describe('normal quantile', () => {
  it('matches known values to 1e-7', () => {
    expect(normalQuantile(0.975)).toBeCloseTo(1.959963985, 7);
    expect(normalQuantile(0.5)).toBe(0);
    expect(normalQuantile(0.001)).toBeCloseTo(-3.090232306, 7);
  });
});
