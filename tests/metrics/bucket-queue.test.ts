import { describe, expect, it } from 'vitest';
import { graphOf } from './graph-of.js';
import { BucketQueue, distanceQueue, MAX_BUCKET_SCALE, reciprocalScale } from '../../src/metrics/bucket-queue.js';
import { foldedPathCentralities, harmonicCloseness, pathCentralities, toCsr } from '../../src/metrics/index.js';
import { MinHeap } from '../../src/metrics/min-heap.js';
import { createRng } from '../../src/random/index.js';

const lengths = (...xs: number[]) => Float64Array.from(xs);

describe('reciprocalScale: lengths a bucket queue cannot take', () => {
  it('a length that is not the float 1/k of a whole k, or not finite and positive: 0 (the heap)', () => {
    expect(reciprocalScale(lengths(1, 0.4), 10, 10)).toBe(0); // weight 2.5
    expect(reciprocalScale(lengths(1, 1 / 3 + 1e-12), 10, 10)).toBe(0);
    expect(reciprocalScale(lengths(1, 0), 10, 10)).toBe(0);
    expect(reciprocalScale(lengths(1, Number.NaN), 10, 10)).toBe(0);
    expect(reciprocalScale(lengths(1, Infinity), 10, 10)).toBe(0);
    expect(reciprocalScale(lengths(2), 10, 10)).toBe(0); // weight 0.5
  });

  it('a common denominator above MAX_BUCKET_SCALE: 0', () => {
    expect(reciprocalScale(lengths(1 / 7, 1 / 8, 1 / 9), 10, 10)).toBe(0); // lcm 504
    expect(reciprocalScale(lengths(1 / (MAX_BUCKET_SCALE + 1)), 10, 10)).toBe(0);
  });

  it('float sums that could stray 1/(4L) from their exact value: 0', () => {
    expect(reciprocalScale(lengths(1, 1 / 5), 1e8, 1e8)).toBe(0);
    expect(reciprocalScale(lengths(1, 1 / 5), 1e6, 1e6)).toBe(5);
  });
});

describe('reciprocalScale: known answers', () => {
  it('the least common multiple of the k in 1/k', () => {
    expect(reciprocalScale(lengths(1, 1 / 2, 1 / 3, 1 / 4, 1 / 5), 2482, 3000)).toBe(60);
    expect(reciprocalScale(lengths(1, 1 / 2, 1 / 4), 10, 10)).toBe(4);
    expect(reciprocalScale(lengths(1 / 3, 1 / 3), 10, 10)).toBe(3);
    expect(reciprocalScale(lengths(), 10, 10)).toBe(1);
  });

  it('distanceQueue: a bucket queue for weights 1…5, a heap otherwise', () => {
    expect(distanceQueue(lengths(1, 1 / 2, 1 / 5), 100, 2)).toBeInstanceOf(BucketQueue);
    expect(distanceQueue(lengths(1, 0.4), 100, 2)).toBeInstanceOf(MinHeap);
  });
});

describe('BucketQueue', () => {
  it('pops in order of key, measured from the origin, over several turns of the ring', () => {
    const q = new BucketQueue(60, 60, 1000);
    const rng = createRng(5);
    q.clear(7 / 3);
    q.push(7 / 3, 0);
    const popped: number[] = [];
    const key = new Map<number, number>([[0, 7 / 3]]);
    let next = 1;
    while (q.size > 0) {
      const v = q.pop();
      popped.push(key.get(v)!);
      // A Dijkstra-like run: new keys no more than one unit of length above the popped one.
      for (let j = 0; j < 2 && next < 300; j++) {
        const k = key.get(v)! + 1 / (1 + rng.int(5));
        key.set(next, k);
        q.push(k, next++);
      }
    }
    expect(popped.length).toBe(300);
    for (let i = 1; i < popped.length; i++) expect(Math.round(popped[i]! * 60)).toBeGreaterThanOrEqual(Math.round(popped[i - 1]! * 60));
    expect(Math.max(...popped) - 7 / 3).toBeGreaterThan(3); // more than three turns of the 61-bucket ring
  });

  it('keeps repeats (lazy) and starts over after clear', () => {
    const q = new BucketQueue(2, 2, 10);
    q.clear(0);
    q.push(0, 4);
    expect(q.pop()).toBe(4);
    q.push(1, 5);
    q.push(0.5, 5);
    q.push(1, 6);
    expect([q.pop(), q.pop(), q.pop()]).toEqual([5, 6, 5]);
    q.push(1.5, 7);
    q.clear(10);
    expect(q.size).toBe(0);
    q.push(10.5, 8);
    q.push(10, 9);
    expect([q.pop(), q.pop()]).toEqual([9, 8]);
  });
});

describe('searches with the bucket queue keep the float ties of the heap', () => {
  // Cycle s–a1…a5–t (weight 3) and s–b–t (weight 1): six lengths 1/3 sum to 1.9999999999999998 < 2.
  const cycle: [string, string, number][] = [['s', 'a1', 3], ['a1', 'a2', 3], ['a2', 'a3', 3], ['a3', 'a4', 3], ['a4', 'a5', 3], ['a5', 't', 3], ['s', 'b', 1], ['b', 't', 1]];
  const expectHeapValues = (edges: [string, string, number][]) => {
    const csr = toCsr(graphOf(edges));
    const got = foldedPathCentralities(csr);
    const unfolded = pathCentralities(csr);
    csr.ids.forEach((_, i) => {
      expect(Math.abs(got.betweenness[i]! - unfolded.betweenness[i]!)).toBeLessThanOrEqual(1e-12);
      expect(Math.abs(got.harmonic[i]! - unfolded.harmonic[i]!)).toBeLessThanOrEqual(1e-12);
    });
    expect(Array.from(got.harmonic)).toEqual(Array.from(harmonicCloseness(csr)));
    return got.betweenness[csr.ids.indexOf('b')];
  };

  it('s–t through a1…a5 is shorter in floats though the exact lengths tie: b brokers nothing (1/42 with the exact tie)', () => {
    expect(expectHeapValues(cycle)).toBe(0);
  });

  it('with a leaf on s and on t (searches from x start at 1/3), the floats decide as the heap search does', () => {
    expect(expectHeapValues([...cycle, ['s', 'x', 3], ['t', 'y', 3]])).toBe(2.5 / 90);
  });
});
