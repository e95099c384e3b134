// Node sizes from a numeric attribute, with the legend that reads them back.

/** Pixel radius of the smallest and largest node. */
export const SIZE_RANGE = [2, 14] as const;

/** One size legend entry: a value and the radius it is drawn with. */
export interface SizeLegendItem {
  readonly value: number;
  readonly size: number;
}

/**
 * A √ scale over [min, max] onto SIZE_RANGE (a node's area grows with its value). A node without a
 * value gets the smallest size. The legend has the minimum, middle and maximum values (one entry
 * when all values are equal).
 */
export function sizeScale(min: number, max: number, range: readonly [number, number] = SIZE_RANGE): { sizeOf: (v: number | undefined) => number; legend: SizeLegendItem[] } {
  const [lo, hi] = range;
  const span = max - min;
  const sizeOf = (v: number | undefined) => {
    if (v === undefined || !Number.isFinite(v) || !(span > 0)) return lo;
    return lo + (hi - lo) * Math.sqrt(Math.min(1, Math.max(0, (v - min) / span)));
  };
  const values = span > 0 ? [min, min + span / 2, max] : Number.isFinite(min) ? [min] : [];
  return { sizeOf, legend: values.map((value) => ({ value, size: sizeOf(value) })) };
}

/** A number as a legend shows it: integers with separators, others with 3 significant digits. */
export function formatLegendNumber(v: number): string {
  if (Number.isInteger(v)) return v.toLocaleString('en-US');
  const a = Math.abs(v);
  if (a !== 0 && (a < 1e-3 || a >= 1e6)) return v.toExponential(2);
  return Number(v.toPrecision(3)).toLocaleString('en-US', { maximumFractionDigits: 6 });
}
