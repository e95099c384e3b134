import { describe, expect, it } from 'vitest';
import { createRng, deriveSeed, sampleDistinct, shuffleInPlace, weightedSampler } from '../../src/random/index.js';

describe('random', () => {
  it('rejects negative or non-finite weights', () => {
    expect(() => weightedSampler([1, -1])).toThrow(RangeError);
    expect(() => weightedSampler([1, NaN])).toThrow(RangeError);
    expect(() => weightedSampler([Infinity])).toThrow(RangeError);
  });

  it('is reproducible: same seed, same sequence; different seed, different sequence', () => {
    const a = createRng(42);
    const b = createRng(42);
    const c = createRng(43);
    const xs = Array.from({ length: 100 }, () => a.next());
    expect(Array.from({ length: 100 }, () => b.next())).toEqual(xs);
    expect(Array.from({ length: 100 }, () => c.next())).not.toEqual(xs);
    expect(xs.every((x) => x >= 0 && x < 1)).toBe(true);
  });

  it('pins the first values of seed 1 (a change of generator must be deliberate)', () => {
    const r = createRng(1);
    const first = [r.next(), r.next(), r.int(1000)];
    expect(first.map((x) => Math.round(x * 1e6))).toMatchSnapshot();
  });

  it('derives distinct, stable child seeds', () => {
    expect(deriveSeed(1, 'hospitals')).toBe(deriveSeed(1, 'hospitals'));
    expect(deriveSeed(1, 'hospitals')).not.toBe(deriveSeed(1, 'clinicians'));
    expect(deriveSeed(1, 'hospitals')).not.toBe(deriveSeed(2, 'hospitals'));
  });

  it('draws in proportion to weight, never a zero weight', () => {
    const s = weightedSampler([1, 0, 3]);
    const rng = createRng(7);
    const counts = [0, 0, 0];
    for (let i = 0; i < 40000; i++) counts[s.draw(rng)]!++;
    expect(counts[1]).toBe(0);
    expect(counts[2]! / 40000).toBeCloseTo(0.75, 2);
    expect(weightedSampler([0, 0]).draw(rng)).toBe(-1);
  });

  it('samples distinct indices, and no more than exist', () => {
    const rng = createRng(3);
    const s = weightedSampler([5, 1, 1, 1]);
    const picked = sampleDistinct(s, 4, rng);
    expect(new Set(picked).size).toBe(4);
    expect(sampleDistinct(s, 10, rng, 200)).toHaveLength(4);
  });

  it('shuffles to a permutation', () => {
    const xs = shuffleInPlace([1, 2, 3, 4, 5, 6, 7, 8], createRng(5));
    expect([...xs].sort()).toEqual([1, 2, 3, 4, 5, 6, 7, 8]);
  });
});
