import type Graph from 'graphology';

/** A typed attribute column: the union of attribute names over a graph's nodes or edges. */
export interface AttributeColumn {
  readonly name: string;
  /** `boolean`, `int` (all values are integers that fit 32 bits), `long`, `double` or `string`. */
  readonly type: 'boolean' | 'int' | 'long' | 'double' | 'string';
}

/** Infers one column type from values: the narrowest type that holds every non-empty value. */
function columnType(values: unknown[]): AttributeColumn['type'] {
  let type: AttributeColumn['type'] | undefined;
  const widen = (t: AttributeColumn['type']) => {
    if (type === undefined || type === t) return t;
    const numeric = ['int', 'long', 'double'] as const;
    const a = numeric.indexOf(type as never);
    const b = numeric.indexOf(t as never);
    if (a >= 0 && b >= 0) return numeric[Math.max(a, b)]!;
    return 'string';
  };
  for (const v of values) {
    if (v === undefined || v === null) continue;
    if (typeof v === 'boolean') type = widen('boolean');
    else if (typeof v === 'number') type = widen(Number.isInteger(v) ? (Math.abs(v) < 2 ** 31 ? 'int' : 'long') : 'double');
    else type = widen('string');
  }
  return type ?? 'string';
}

/**
 * The attribute columns of a graph's nodes or edges, in first-seen order, with inferred types.
 * `skip` names attributes written natively by a format (e.g. `label`).
 */
export function attributeColumns(graph: Graph, what: 'node' | 'edge', skip: readonly string[] = []): AttributeColumn[] {
  const seen = new Map<string, unknown[]>();
  const collect = (attrs: Record<string, unknown>) => {
    for (const [k, v] of Object.entries(attrs)) {
      if (skip.includes(k)) continue;
      let list = seen.get(k);
      if (!list) seen.set(k, (list = []));
      list.push(v);
    }
  };
  if (what === 'node') graph.forEachNode((_n, a) => collect(a));
  else graph.forEachEdge((_e, a) => collect(a));
  return [...seen.entries()].map(([name, values]) => ({ name, type: columnType(values) }));
}
