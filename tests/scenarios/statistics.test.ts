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

  it('contains the mean and narrows as runs grow', () => {
    const values = Array.from({ length: 400 }, (_, i) => Math.sin(i * 12.9898) * 10);
    const small = meanInterval(values.slice(0, 25));
    const large = meanInterval(values);
    for (const i of [small, large]) expect(i.lo <= i.mean && i.mean <= i.hi).toBe(true);
    expect(large.hi - large.lo).toBeLessThan(small.hi - small.lo);
  });

  it('paired differences cancel what the pairs share', () => {
    const a = [10, 20, 30, 40];
    const d = pairedDifference(a, a.map((x) => x + 1));
    expect(d).toEqual({ mean: 1, lo: 1, hi: 1, runs: 4 });
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
