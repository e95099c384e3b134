import prand from 'pure-rand';

/**
 * The one source of randomness in collabnet. Every random choice in the core draws from an
 * `Rng` passed down from the caller; the global unseeded generator is never used.
 */
export interface Rng {
  /** A float in [0, 1) with 53 random bits. */
  next(): number;
  /** An integer in [0, n). `n` must be a positive integer. */
  int(n: number): number;
}

/**
 * A seeded generator: xoroshiro128+ (Blackman & Vigna 2018) from `pure-rand`, seeded with a
 * 32-bit integer. Same seed, same sequence, on every platform.
 */
export function createRng(seed: number): Rng {
  const g = prand.xoroshiro128plus(seed | 0);
  const next = (): number => {
    const hi = g.unsafeNext() >>> 5; // 27 bits
    const lo = g.unsafeNext() >>> 6; // 26 bits
    return (hi * 67108864 + lo) / 9007199254740992;
  };
  return {
    next,
    int: (n: number) => Math.floor(next() * n),
  };
}

/**
 * Derives an independent child seed from a seed and a stream name, so that sub-tasks
 * (one network of an ensemble, one tie type) get their own reproducible streams.
 * FNV-1a over the name, mixed with the seed (splitmix32 finalizer).
 */
export function deriveSeed(seed: number, stream: string | number): number {
  let h = 0x811c9dc5 ^ (seed | 0);
  const s = String(stream);
  for (let i = 0; i < s.length; i++) {
    h ^= s.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  h = Math.imul(h ^ (h >>> 16), 0x85ebca6b);
  h = Math.imul(h ^ (h >>> 13), 0xc2b2ae35);
  return (h ^ (h >>> 16)) | 0;
}
