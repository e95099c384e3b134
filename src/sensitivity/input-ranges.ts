/** A plausible range for one uncertain input: an interval, or a discrete set of values. */
export type InputRange =
  | { readonly kind: 'interval'; readonly low: number; readonly high: number; readonly integer?: boolean }
  | { readonly kind: 'set'; readonly values: readonly (number | string)[] };

/**
 * Maps u in [0, 1) to a value of the range: linearly onto [low, high] (rounded for integers),
 * or onto one of m values by the cell floor(u · m), each value an equal share of [0, 1).
 */
export function valueAt(range: InputRange, u: number): number | string {
  if (!(u >= 0 && u <= 1)) throw new RangeError(`input range: u is ${u}; expected a number in [0, 1]`);
  if (range.kind === 'set') {
    if (range.values.length === 0) throw new RangeError('input range: the set is empty');
    return range.values[Math.min(range.values.length - 1, Math.floor(u * range.values.length))]!;
  }
  const v = range.low + u * (range.high - range.low);
  return range.integer ? Math.round(v) : v;
}
