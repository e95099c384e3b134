import type { Rng } from './prng.js';
import type { WeightedSampler } from './weighted-sampler.js';

/**
 * Draws up to `k` distinct indices with probability proportional to weight, one after another
 * without replacement (successive sampling), by rejecting repeats. Stops after
 * `maxAttempts` draws; the caller counts the shortfall `k − result.length` as dropped.
 */
export function sampleDistinct(sampler: WeightedSampler, k: number, rng: Rng, maxAttempts = 100 * k + 1000): number[] {
  const picked: number[] = [];
  if (k <= 0 || sampler.total <= 0) return picked;
  const seen = new Set<number>();
  for (let attempt = 0; attempt < maxAttempts && picked.length < k; attempt++) {
    const i = sampler.draw(rng);
    if (!seen.has(i)) {
      seen.add(i);
      picked.push(i);
    }
  }
  return picked;
}
