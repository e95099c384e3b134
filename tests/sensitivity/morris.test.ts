import { describe, expect, it } from 'vitest';
import { createRng } from '../../src/random/index.js';
import { morrisDesign, morrisMeasures, morrisPoints } from '../../src/sensitivity/index.js';
import { ishigami } from './functions.js';

describe('Morris elementary effects', () => {
  it('rejects bad designs and outputs', () => {
    expect(() => morrisDesign(1, 3, 4, createRng(1))).toThrow(/r is 1/);
    expect(() => morrisDesign(10, 3, 5, createRng(1))).toThrow(/even/);
    const d = morrisDesign(3, 2, 4, createRng(1));
    expect(() => morrisMeasures(d, [1, 2])).toThrow(/expected r\(k \+ 1\) = 9/);
  });

  it('each step moves one input by ±Δ and stays in [0, 1]', () => {
    const d = morrisDesign(20, 5, 4, createRng(3));
    expect(d.delta).toBeCloseTo(4 / 6);
    for (const path of d.trajectories) {
      expect(path).toHaveLength(6);
      for (let j = 0; j < 5; j++) {
        const diff = path[j + 1]!.map((x, i) => x - path[j]![i]!).filter((x) => Math.abs(x) > 1e-12);
        expect(diff).toHaveLength(1);
        expect(Math.abs(diff[0]!)).toBeCloseTo(d.delta);
      }
      expect(path.flat().every((x) => x >= 0 && x <= 1 + 1e-12)).toBe(true);
    }
  });

  it('μ* ranks a linear model’s inputs by |coefficient| and equals it; σ is 0', () => {
    const c = [0.5, -4, 2, 0, 1];
    const d = morrisDesign(10, c.length, 4, createRng(11));
    const y = morrisPoints(d).map((x) => x.reduce((s, v, i) => s + c[i]! * v, 0));
    const m = morrisMeasures(d, y);
    m.forEach((mi, i) => {
      expect(mi.muStar).toBeCloseTo(Math.abs(c[i]!), 10);
      expect(mi.mu).toBeCloseTo(c[i]!, 10);
      expect(mi.sigma).toBeCloseTo(0, 10);
    });
    const rank = m.map((mi, i) => [mi.muStar, i] as const).sort((a, b) => b[0] - a[0]).map(([, i]) => i);
    expect(rank).toEqual([1, 2, 4, 0, 3]);
  });

  it('on Ishigami, x3 acts only through interaction: μ ≈ 0, σ large; x2 has the largest μ*', () => {
    const d = morrisDesign(200, 3, 4, createRng(5));
    const m = morrisMeasures(d, morrisPoints(d).map((x) => ishigami(x)));
    expect(Math.abs(m[2]!.mu)).toBeLessThan(m[2]!.sigma / 3);
    expect(m[1]!.muStar).toBeGreaterThan(m[0]!.muStar);
    expect(m[1]!.muStar).toBeGreaterThan(m[2]!.muStar);
  });
});
