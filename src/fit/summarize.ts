import { mean, quantileSorted } from 'simple-statistics';

/** Mean of a quantity over an ensemble, with the central 95% of its values (2.5th–97.5th percentile). */
export interface Stat {
  readonly mean: number;
  readonly lo: number;
  readonly hi: number;
}

/** The shape of `T` with every number replaced by a `Stat` (and `null` kept as `null`). */
export type Summarized<T> = T extends number
  ? Stat
  : T extends string | boolean | null | undefined
    ? T
    : T extends readonly (infer U)[]
      ? Summarized<U>[]
      : { [K in keyof T]: Summarized<T[K]> };

/** Summarizes numbers over runs: mean and 2.5–97.5 percentile interval. */
export function stat(values: readonly number[]): Stat {
  if (values.length === 0) return { mean: NaN, lo: NaN, hi: NaN };
  const sorted = [...values].sort((a, b) => a - b);
  return { mean: mean(sorted), lo: quantileSorted(sorted, 0.025), hi: quantileSorted(sorted, 0.975) };
}

/**
 * Summarizes structurally identical records (one per run): every number becomes a `Stat` over
 * the runs; strings and booleans are taken from the first run. Arrays must line up by index.
 */
export function summarizeRuns<T>(runs: readonly T[]): Summarized<T> {
  const walk = (values: readonly unknown[]): unknown => {
    const first = values[0];
    if (typeof first === 'number') return stat(values as number[]);
    if (first === null || typeof first !== 'object') return first;
    if (Array.isArray(first)) return first.map((_, i) => walk(values.map((v) => (v as unknown[])[i])));
    const out: Record<string, unknown> = {};
    for (const key of Object.keys(first)) out[key] = walk(values.map((v) => (v as Record<string, unknown>)[key]));
    return out;
  };
  if (runs.length === 0) throw new RangeError('summarizeRuns needs at least one run');
  return walk(runs) as Summarized<T>;
}
