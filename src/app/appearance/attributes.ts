// Attribute discovery: what a network's nodes carry (its own attributes and the measured metrics),
// and for each attribute whether it is categorical (values with counts) or numeric (a range).

/** One node as the explorer's panels see it: its id and every attribute and metric it has. */
export interface NodeRecord {
  readonly id: string;
  readonly attrs: Readonly<Record<string, unknown>>;
}

/** A categorical attribute: its values with how many nodes have each (most frequent first). */
export interface CategoricalAttribute {
  readonly name: string;
  readonly kind: 'categorical';
  /** Nodes that have a value. */
  readonly count: number;
  readonly values: readonly { readonly value: string; readonly count: number }[];
}

/** A numeric attribute: its range over the nodes that have a finite value. */
export interface NumericAttribute {
  readonly name: string;
  readonly kind: 'numeric';
  readonly count: number;
  readonly min: number;
  readonly max: number;
  /** Every value is an integer. */
  readonly integer: boolean;
}

/** A text attribute (ids, names: nearly one value per node): searchable and shown in the table, not for colour or filters. */
export interface TextAttribute {
  readonly name: string;
  readonly kind: 'text';
  readonly count: number;
}

export type AttributeInfo = CategoricalAttribute | NumericAttribute | TextAttribute;

export interface DiscoverOptions {
  /** Attributes never listed (what the drawing itself writes, e.g. x, y). */
  readonly skip?: readonly string[];
  /** Numeric attributes that are group ids (community, component): categorical. */
  readonly categorical?: readonly string[];
  /** A string attribute with more distinct values than this (and than half its nodes) is text. Default 60. */
  readonly maxCategories?: number;
}

/** Whether a value counts as present (not undefined, null, '' or NaN). */
export function hasValue(v: unknown): boolean {
  return v !== undefined && v !== null && v !== '' && !(typeof v === 'number' && Number.isNaN(v));
}

/**
 * Finds every attribute the nodes carry and its kind, in first-seen order: numbers (all present
 * values finite numbers) are numeric, unless named in `categorical`; booleans and strings are
 * categorical, unless nearly every node has its own value (then text).
 */
export function discoverAttributes(nodes: Iterable<NodeRecord>, options: DiscoverOptions = {}): AttributeInfo[] {
  const skip = new Set(options.skip ?? []);
  const asCategory = new Set(options.categorical ?? []);
  const maxCategories = options.maxCategories ?? 60;
  type Acc = { count: number; numeric: boolean; integer: boolean; min: number; max: number; values: Map<string, number> };
  const acc = new Map<string, Acc>();
  for (const { attrs } of nodes)
    for (const name of Object.keys(attrs)) {
      if (skip.has(name)) continue;
      const v = attrs[name];
      if (!hasValue(v)) continue;
      let a = acc.get(name);
      if (!a) acc.set(name, (a = { count: 0, numeric: true, integer: true, min: Infinity, max: -Infinity, values: new Map() }));
      a.count++;
      if (typeof v === 'number' && Number.isFinite(v)) {
        a.min = Math.min(a.min, v);
        a.max = Math.max(a.max, v);
        if (!Number.isInteger(v)) a.integer = false;
      } else a.numeric = false;
      const key = typeof v === 'object' ? JSON.stringify(v) : String(v);
      // Distinct values are only counted while they might still be categories.
      if (a.values.size <= Math.max(maxCategories, 0) || a.values.has(key)) a.values.set(key, (a.values.get(key) ?? 0) + 1);
    }
  const out: AttributeInfo[] = [];
  for (const [name, a] of acc) {
    if (a.numeric && !asCategory.has(name)) {
      out.push({ name, kind: 'numeric', count: a.count, min: a.min, max: a.max, integer: a.integer });
      continue;
    }
    if (a.values.size > maxCategories && !asCategory.has(name)) {
      out.push({ name, kind: 'text', count: a.count });
      continue;
    }
    const values = [...a.values.entries()].map(([value, count]) => ({ value, count })).sort((x, y) => y.count - x.count || compareValues(x.value, y.value));
    out.push({ name, kind: 'categorical', count: a.count, values });
  }
  return out;
}

/** Orders category values: numerically when both are numbers, else as text. */
export function compareValues(a: string, b: string): number {
  const x = Number(a);
  const y = Number(b);
  if (a !== '' && b !== '' && Number.isFinite(x) && Number.isFinite(y)) return x - y;
  return a < b ? -1 : a > b ? 1 : 0;
}

/** A node's value of an attribute as a category key (undefined when it has none). */
export function categoryOf(attrs: Readonly<Record<string, unknown>>, name: string): string | undefined {
  const v = attrs[name];
  if (!hasValue(v)) return undefined;
  return typeof v === 'object' ? JSON.stringify(v) : String(v);
}

/** A node's finite numeric value of an attribute (undefined when it has none). */
export function numberOf(attrs: Readonly<Record<string, unknown>>, name: string): number | undefined {
  const v = attrs[name];
  return typeof v === 'number' && Number.isFinite(v) ? v : undefined;
}
