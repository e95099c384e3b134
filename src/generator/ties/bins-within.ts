import type { ResolvedTie } from '../../model/types.js';
import { createRng, deriveSeed, shuffleInPlace } from '../../random/index.js';
import type { Populations } from '../populations.js';
import { emptyStats, type TieStats } from './types.js';

/**
 * A tie type within one sector whose nodes report a binned number of partners of their own
 * sector (e.g. institution–institution): configuration model on one side. Each node brings its
 * drawn partner count as stubs; the stubs are shuffled and paired in order; a pair that would
 * be a self-loop or a repeat first swaps its second stub with a later one (up to 50 tries),
 * else both stubs are dropped and counted (as is an odd last stub). Returns pairs [a, b], a < b.
 */
export function drawBinsWithin(tie: ResolvedTie, sector: string, pop: Populations, seed: number): { pairs: [number, number][]; stats: TieStats } {
  const stats = emptyStats();
  const rng = createRng(deriveSeed(seed, tie.stream));
  const nodes = pop[sector]!;
  const n = nodes.length;
  const stubs: number[] = [];
  nodes.forEach((node, i) => {
    for (let k = node.target[tie.id]!; k > 0; k--) stubs.push(i);
  });
  stats.wanted = { [sector]: stubs.length };
  shuffleInPlace(stubs, rng);
  if (stubs.length % 2 === 1) {
    stubs.pop();
    stats.dropped++;
  }
  const made = new Set<number>();
  const key = (x: number, y: number) => Math.min(x, y) * n + Math.max(x, y);
  const bad = (x: number, y: number) => x === y || made.has(key(x, y));
  const pairs: [number, number][] = [];
  for (let i = 0; i + 1 < stubs.length; i += 2) {
    const a = stubs[i]!;
    if (bad(a, stubs[i + 1]!)) {
      let fixed = false;
      for (let t = 0; t < 50 && i + 2 < stubs.length && !fixed; t++) {
        const j = i + 2 + rng.int(stubs.length - i - 2);
        if (!bad(a, stubs[j]!)) {
          [stubs[i + 1], stubs[j]] = [stubs[j]!, stubs[i + 1]!];
          fixed = true;
        }
      }
      if (!fixed) {
        stats.dropped += 2;
        continue;
      }
      stats.swaps++;
    }
    const b = stubs[i + 1]!;
    made.add(key(a, b));
    pairs.push([Math.min(a, b), Math.max(a, b)]);
  }
  pairs.sort((x, y) => x[0] - y[0] || x[1] - y[1]);
  return { pairs, stats };
}
