import { describe, expect, it } from 'vitest';
import { createRng } from '../../src/random/index.js';
import { saltelliDesign, saltelliPoints, sobolWithBootstrap, splitSaltelliOutputs, type SobolResult } from '../../src/sensitivity/index.js';
import { ISHIGAMI, ishigami, sobolG, sobolGIndices } from './functions.js';

function analyse(f: (u: readonly number[]) => number, n: number, k: number, seed: number): SobolResult {
  const design = saltelliDesign(n, k, createRng(seed));
  const y = saltelliPoints(design).map(({ point }) => f(point));
  return sobolWithBootstrap(splitSaltelliOutputs(n, k, y), createRng(seed + 1), 500);
}

const width = (r: SobolResult) => [...r.S1, ...r.ST].reduce((s, e) => s + (e.high - e.low), 0);

describe('Sobol indices (Saltelli 2010 first order, Jansen 1999 total order)', () => {
  it('rejects bad designs and outputs', () => {
    expect(() => saltelliDesign(1, 3, createRng(1))).toThrow(/N is 1/);
    expect(() => saltelliDesign(10, 0, createRng(1))).toThrow(/k is 0/);
    expect(() => splitSaltelliOutputs(10, 3, [1, 2, 3])).toThrow(/expected N\(k \+ 2\) = 50/);
    const out = splitSaltelliOutputs(2, 1, [1, 2, 3, 4, 5, 6]);
    expect(() => sobolWithBootstrap(out, createRng(1), 5)).toThrow(/resamples/);
    expect(() => sobolWithBootstrap(out, createRng(1), 100, 1.5)).toThrow(/level/);
  });

  it('A_B^i is A with column i from B', () => {
    const d = saltelliDesign(4, 3, createRng(7));
    for (let i = 0; i < 3; i++)
      for (let r = 0; r < 4; r++)
        for (let j = 0; j < 3; j++) expect(d.AB[i]![r]![j]).toBe(j === i ? d.B[r]![j] : d.A[r]![j]);
    expect(saltelliPoints(d)).toHaveLength(4 * 5);
  });

  it('Ishigami (a = 7, b = 0.1): every analytical index lies in its 95% bootstrap interval', () => {
    const r = analyse(ishigami, 8192, 3, 1);
    for (let i = 0; i < 3; i++) {
      expect(r.S1[i]!.low).toBeLessThanOrEqual(ISHIGAMI.S1[i]!);
      expect(r.S1[i]!.high).toBeGreaterThanOrEqual(ISHIGAMI.S1[i]!);
      expect(r.ST[i]!.low).toBeLessThanOrEqual(ISHIGAMI.ST[i]!);
      expect(r.ST[i]!.high).toBeGreaterThanOrEqual(ISHIGAMI.ST[i]!);
      expect(Math.abs(r.S1[i]!.value - ISHIGAMI.S1[i]!)).toBeLessThan(0.04);
      expect(Math.abs(r.ST[i]!.value - ISHIGAMI.ST[i]!)).toBeLessThan(0.04);
    }
  });

  it('Sobol G (a = 0, 1, 4.5, 9, 99, 99): every analytical index lies in its 95% bootstrap interval', () => {
    const a = [0, 1, 4.5, 9, 99, 99];
    const exact = sobolGIndices(a);
    const r = analyse((u) => sobolG(u, a), 8192, a.length, 77);
    for (let i = 0; i < a.length; i++) {
      expect(r.S1[i]!.low).toBeLessThanOrEqual(exact.S1[i]!);
      expect(r.S1[i]!.high).toBeGreaterThanOrEqual(exact.S1[i]!);
      expect(r.ST[i]!.low).toBeLessThanOrEqual(exact.ST[i]!);
      expect(r.ST[i]!.high).toBeGreaterThanOrEqual(exact.ST[i]!);
    }
    // the ranking is right: a smaller a_i matters more
    expect(r.ST[0]!.value).toBeGreaterThan(r.ST[1]!.value);
    expect(r.ST[1]!.value).toBeGreaterThan(r.ST[2]!.value);
  });

  it('intervals shrink as N grows (about 1/√N)', () => {
    const small = width(analyse(ishigami, 512, 3, 5));
    const large = width(analyse(ishigami, 8192, 3, 5));
    // 16× the rows: √16 = 4× narrower; allow sampling slack
    expect(large).toBeLessThan(small / 2.5);
  });

  it('the 95% intervals cover the analytical Ishigami indices in about 95% of 40 independent runs', () => {
    let covered = 0;
    let total = 0;
    for (let rep = 0; rep < 40; rep++) {
      const r = analyse(ishigami, 512, 3, 1000 + 7 * rep);
      for (let i = 0; i < 3; i++) {
        for (const [est, exact] of [[r.S1[i]!, ISHIGAMI.S1[i]!], [r.ST[i]!, ISHIGAMI.ST[i]!]] as const) {
          total++;
          if (est.low <= exact && exact <= est.high) covered++;
        }
      }
    }
    expect(covered / total).toBeGreaterThan(0.88);
  });

  it('is reproducible: same seeds, same indices and intervals', () => {
    expect(analyse(ishigami, 256, 3, 9)).toEqual(analyse(ishigami, 256, 3, 9));
  });
});
