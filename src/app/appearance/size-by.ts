import type Graph from 'graphology';
import type { NodeRow } from '../../metrics/index.js';

/** Smallest and largest node size in pixels. */
export const SIZE_RANGE = [2, 14] as const;

/**
 * Sizes nodes by a numeric metric: √-scaled between 2 and 14 px; nodes without a value get the
 * smallest size. Before the metrics arrive, degree is read off the graph itself.
 */
export function sizeBy(metric: string, graph: Graph, rows: ReadonlyMap<string, NodeRow>): Map<string, number> {
  let min = Infinity;
  let max = -Infinity;
  const values = new Map<string, number | null>();
  graph.forEachNode((n) => {
    const raw = rows.get(n)?.[metric] ?? (metric === 'degree' ? graph.degree(n) : null);
    const v = typeof raw === 'number' && Number.isFinite(raw) ? raw : null;
    values.set(n, v);
    if (v !== null) {
      min = Math.min(min, v);
      max = Math.max(max, v);
    }
  });
  const [lo, hi] = SIZE_RANGE;
  const sizes = new Map<string, number>();
  for (const [n, v] of values) sizes.set(n, lo + (hi - lo) * (v !== null && max > min ? Math.sqrt((v - min) / (max - min)) : 0));
  return sizes;
}
