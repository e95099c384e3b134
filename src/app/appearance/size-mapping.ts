// Size by any numeric attribute or metric, or as in the file.
import { numberOf, type AttributeInfo, type NodeRecord } from './attributes.js';
import { sizeScale, SIZE_RANGE, type SizeLegendItem } from './size-scale.js';

/** The size mode that keeps each node's own size from an imported file. */
export const SIZE_AS_IN_FILE = 'file';

/** A size mode's result: each node's radius and the legend. */
export interface SizeMapping {
  sizeOf(id: string): number;
  readonly legend: SizeLegendItem[];
  /** Nodes without a value (drawn smallest). */
  readonly missing: number;
}

/**
 * Sizes nodes by a numeric attribute (√ scale onto SIZE_RANGE) or, for `file`, by the file's own
 * `size` rescaled onto the same range (a file's sizes are relative: Gephi's go from 1 to 100s).
 */
export function sizeMapping(records: readonly NodeRecord[], mode: string, attributes: readonly AttributeInfo[]): SizeMapping {
  const name = mode === SIZE_AS_IN_FILE ? 'size' : mode;
  const values = new Map(records.map((r) => [r.id, numberOf(r.attrs, name)]));
  const info = attributes.find((a) => a.name === name);
  let min = Infinity;
  let max = -Infinity;
  if (info?.kind === 'numeric') ({ min, max } = info);
  else for (const v of values.values()) if (v !== undefined) ((min = Math.min(min, v)), (max = Math.max(max, v)));
  const scale = mode === SIZE_AS_IN_FILE ? linearScale(min, max) : sizeScale(min, max);
  return { sizeOf: (id) => scale.sizeOf(values.get(id)), legend: scale.legend, missing: [...values.values()].filter((v) => v === undefined).length };
}

/** The file's sizes keep their proportions: linear onto SIZE_RANGE. */
function linearScale(min: number, max: number): { sizeOf: (v: number | undefined) => number; legend: SizeLegendItem[] } {
  const [lo, hi] = SIZE_RANGE;
  const span = max - min;
  const sizeOf = (v: number | undefined) => (v === undefined ? lo : span > 0 ? lo + ((hi - lo) * (v - min)) / span : (lo + hi) / 2);
  const values = span > 0 ? [min, (min + max) / 2, max] : Number.isFinite(min) ? [min] : [];
  return { sizeOf, legend: values.map((value) => ({ value, size: sizeOf(value) })) };
}
