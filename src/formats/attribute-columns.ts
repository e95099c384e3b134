import type Graph from 'graphology';

/** A typed attribute column: the union of attribute names over a graph's nodes or edges. */
export interface AttributeColumn {
  readonly name: string;
  /** `boolean`, `int` (all values are integers that fit 32 bits), `long`, `double` or `string`. */
  readonly type: 'boolean' | 'int' | 'long' | 'double' | 'string';
}

type ColumnType = AttributeColumn['type'];
const NUMERIC = ['int', 'long', 'double'] as const;

/** The type of one value, or undefined for an empty one. */
function valueType(v: unknown): ColumnType | undefined {
  if (v === undefined || v === null) return undefined;
  if (typeof v === 'boolean') return 'boolean';
  if (typeof v === 'number') return Number.isInteger(v) ? (Math.abs(v) < 2 ** 31 ? 'int' : 'long') : 'double';
  return 'string';
}

/** The narrowest type that holds values of both types (numbers widen; anything else mixed is a string). */
export function widenType(a: ColumnType | undefined, b: ColumnType | undefined): ColumnType | undefined {
  if (a === undefined || a === b) return b ?? a;
  if (b === undefined) return a;
  const i = NUMERIC.indexOf(a as never);
  const j = NUMERIC.indexOf(b as never);
  if (i >= 0 && j >= 0) return NUMERIC[Math.max(i, j)]!;
  return 'string';
}

/**
 * Folds attribute records into typed columns, in first-seen order, without keeping the values
 * (so it runs in constant memory per column on networks of any size).
 */
export class ColumnCollector {
  private readonly types = new Map<string, ColumnType | undefined>();

  constructor(private readonly skip: (name: string, value: unknown) => boolean = () => false) {}

  /** Adds one node's or edge's attributes. */
  add(attrs: Record<string, unknown>): void {
    for (const k in attrs) {
      if (!Object.prototype.hasOwnProperty.call(attrs, k)) continue;
      const v = attrs[k];
      if (this.skip(k, v)) continue;
      this.types.set(k, widenType(this.types.get(k), valueType(v)));
    }
  }

  /** The columns seen so far; a column with only empty values is `string`. */
  columns(): AttributeColumn[] {
    return [...this.types.entries()].map(([name, type]) => ({ name, type: type ?? 'string' }));
  }
}

/**
 * The attribute columns of a graph's nodes or edges, in first-seen order, with inferred types.
 * `skip` names attributes written natively by a format (e.g. `label`).
 */
export function attributeColumns(graph: Graph, what: 'node' | 'edge', skip: readonly string[] = []): AttributeColumn[] {
  const collector = new ColumnCollector((name) => skip.includes(name));
  if (what === 'node') graph.forEachNode((_n, a) => collector.add(a));
  else graph.forEachEdge((_e, a) => collector.add(a));
  return collector.columns();
}
