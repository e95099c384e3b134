import type { Rng } from './prng.js';

/** Shuffles an array in place (Fisher–Yates / Durstenfeld 1964) and returns it. */
export function shuffleInPlace<T extends { length: number; [i: number]: unknown }>(array: T, rng: Rng): T {
  for (let i = array.length - 1; i > 0; i--) {
    const j = rng.int(i + 1);
    const tmp = array[i];
    array[i] = array[j];
    array[j] = tmp;
  }
  return array;
}
