// Attribute filters built from the data: a categorical attribute keeps chosen values, a numeric one
// a range. A filter only applies to nodes that have the attribute: a hospital's "tier" never hides
// an institution or a company.
import { categoryOf, hasValue, numberOf } from '../appearance/attributes.js';

/** Keep nodes whose value is one of `values`. */
export interface CategoryFilter {
  readonly attribute: string;
  readonly kind: 'categorical';
  readonly values: readonly string[];
}

/** Keep nodes whose value is in [min, max] (either bound may be absent). */
export interface RangeFilter {
  readonly attribute: string;
  readonly kind: 'numeric';
  readonly min?: number;
  readonly max?: number;
}

export type AttributeFilter = CategoryFilter | RangeFilter;

/**
 * Whether a node passes every filter. A node without the filter's attribute passes that filter:
 * filters narrow the nodes the attribute describes and leave the others alone.
 */
export function passesFilters(attrs: Readonly<Record<string, unknown>>, filters: readonly AttributeFilter[]): boolean {
  for (const f of filters) {
    if (!hasValue(attrs[f.attribute])) continue;
    if (f.kind === 'categorical') {
      const v = categoryOf(attrs, f.attribute);
      if (v === undefined || !f.values.includes(v)) return false;
    } else {
      const v = numberOf(attrs, f.attribute);
      if (v === undefined) return false;
      if (f.min !== undefined && v < f.min) return false;
      if (f.max !== undefined && v > f.max) return false;
    }
  }
  return true;
}

/** A filter that keeps everything (all values chosen, or no bound) is no filter: dropped. */
export function activeFilters(filters: readonly AttributeFilter[], allValues: (attribute: string) => readonly string[]): AttributeFilter[] {
  return filters.filter((f) => (f.kind === 'categorical' ? allValues(f.attribute).some((v) => !f.values.includes(v)) : f.min !== undefined || f.max !== undefined));
}

/** A short description of filters for a summary line or a file ("tier: tertiary; degree ≥ 2"). */
export function describeFilters(filters: readonly AttributeFilter[]): string {
  return filters
    .map((f) => {
      if (f.kind === 'categorical') return `${f.attribute}: ${f.values.join(', ') || 'none'}`;
      if (f.min !== undefined && f.max !== undefined) return `${f.attribute} ${f.min}–${f.max}`;
      return f.min !== undefined ? `${f.attribute} ≥ ${f.min}` : `${f.attribute} ≤ ${f.max}`;
    })
    .join('; ');
}
