import { describe, expect, it } from 'vitest';
import { graphOf } from './graph-of.js';
import { generateNetwork } from '../../src/generator/index.js';
import { FOLD_CHUNKS, foldChunks, foldedBetweenness, foldedPathCentralities, foldFinish, foldPlan, foldSearch, toCsr, type FoldPartial, type FoldPlan } from '../../src/metrics/index.js';
import { scenarioBase } from '../helpers.js';

type Edge = [string, string, number];

/** A cycle of 6 with a pendant tree on every cycle node: 6 roots, several offsets each. */
function pendantCycle(): Edge[] {
  const edges: Edge[] = Array.from({ length: 6 }, (_, i) => [`c${i}`, `c${(i + 1) % 6}`, 1 + (i % 3)] as Edge);
  for (let i = 0; i < 24; i++) edges.push([`t${i}`, i < 6 ? `c${i}` : `t${i - 6}`, 1 + (i % 5)]);
  return edges;
}

const bits = (a: Float64Array) => Array.from(new Uint8Array(a.buffer, a.byteOffset, a.byteLength));
const partialsOf = (plan: FoldPlan): FoldPartial[] => plan.chunks.map(({ from, to }) => foldSearch(plan.search!, from, to));

describe('foldFinish: bad input', () => {
  const plan = foldPlan(toCsr(graphOf(pendantCycle())), true);
  const partials = partialsOf(plan);

  it('rejects partials out of chunk order, missing, extra or without harmonic closeness', () => {
    expect(partials.length).toBeGreaterThan(1);
    expect(() => foldFinish(plan, [...partials].reverse())).toThrow(/foldFinish: partial 0: expected groups \[0, /);
    expect(() => foldFinish(plan, partials.slice(1))).toThrow(RangeError);
    expect(() => foldFinish(plan, partials.slice(0, -1))).toThrow(`foldFinish: expected ${partials.length} partials, got ${partials.length - 1}`);
    expect(() => foldFinish(plan, [...partials, partials[0]!])).toThrow(RangeError);
    expect(() => foldFinish(plan, partials.map((p) => ({ ...p, harmonic: null })))).toThrow(/expected harmonic closeness/);
  });

  it('a graph without a 2-core has no chunks and takes no partials', () => {
    const tree = foldPlan(toCsr(graphOf([['a', 'b', 1], ['b', 'c', 2]])), true);
    expect(tree.search).toBeNull();
    expect(tree.chunks).toEqual([]);
    expect(Array.from(foldFinish(tree, []).betweenness)).toEqual([0, 1, 0]);
    expect(() => foldFinish(tree, partials.slice(0, 1))).toThrow('foldFinish: expected 0 partials, got 1');
  });
});

describe('foldChunks: fixed ranges, whatever runs them', () => {
  it('covers [0, G) with at most FOLD_CHUNKS consecutive non-empty ranges', () => {
    expect(foldChunks(0)).toEqual([]);
    expect(foldChunks(3)).toEqual([{ from: 0, to: 1 }, { from: 1, to: 2 }, { from: 2, to: 3 }]);
    for (const g of [1, 63, 64, 65, 617, 10_001]) {
      const chunks = foldChunks(g);
      expect(chunks.length).toBe(Math.min(g, FOLD_CHUNKS));
      chunks.forEach((c, i) => {
        expect(c.from).toBe(i === 0 ? 0 : chunks[i - 1]!.to);
        expect(c.to).toBeGreaterThan(c.from);
      });
      expect(chunks.at(-1)!.to).toBe(g);
    }
  });
});

describe('foldPlan + foldSearch + foldFinish: known answers', () => {
  it('a path a–b–c–d hung from a triangle: the same bits as foldedPathCentralities, chunk by chunk', () => {
    const csr = toCsr(graphOf([['x', 'y', 1], ['y', 'z', 1], ['z', 'x', 1], ['x', 'a', 1]]));
    const plan = foldPlan(csr, true);
    expect(plan.search!.groups.root.length).toBe(4); // x at offsets 0 and 1, y and z at 0
    const got = foldFinish(plan, partialsOf(plan));
    // x splits a from y and z: 2 ordered pairs ×2 of (n−1)(n−2) = 6.
    expect(Array.from(got.betweenness)).toEqual([4 / 6, 0, 0, 0]);
    expect(bits(got.betweenness)).toEqual(bits(foldedPathCentralities(csr).betweenness));
  });

  it('each chunk searched on its own (any thread, any order) gives the bits of the single-threaded result', () => {
    const sb = scenarioBase();
    const csr = toCsr(generateNetwork(sb.baseline, { seed: 1 }).graph);
    const plan = foldPlan(csr, true);
    expect(plan.chunks.length).toBe(FOLD_CHUNKS);
    // Computed back to front, then handed over in chunk order.
    const partials = plan.chunks
      .map((c, i) => [i, c] as const)
      .reverse()
      .map(([i, { from, to }]) => [i, foldSearch(plan.search!, from, to)] as const)
      .sort((a, b) => a[0] - b[0])
      .map(([, p]) => p);
    const got = foldFinish(plan, partials);
    const once = foldedPathCentralities(csr);
    expect(bits(got.betweenness)).toEqual(bits(once.betweenness));
    expect(bits(got.harmonic)).toEqual(bits(once.harmonic));
    expect(bits(foldFinish(foldPlan(csr, false), partialsOf(foldPlan(csr, false))).betweenness)).toEqual(bits(foldedBetweenness(csr)));
  }, 60_000);
});
