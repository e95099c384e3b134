import type Graph from 'graphology';
import type { NodeRow } from '../../metrics/index.js';
import { passesFilters, type AttributeFilter } from './predicates.js';

/** The filters of the Filter panel. */
export interface Filters {
  /** Sectors to show (null: all). */
  sectors: ReadonlySet<string> | null;
  /** Filters on any attribute or metric (categories or ranges); each applies only to nodes that have the attribute. */
  attributes: readonly AttributeFilter[];
  hideIsolates: boolean;
  giantOnly: boolean;
  minDegree: number;
}

/** The nodes the filters let through. */
export function visibleNodes(graph: Graph, rows: ReadonlyMap<string, NodeRow>, f: Filters): Set<string> {
  const visible = new Set<string>();
  graph.forEachNode((n, a) => {
    const row = rows.get(n);
    const degree = graph.degree(n);
    if (f.sectors && !f.sectors.has(String(a.sector))) return;
    // The node's own attributes, then its metrics (a metric filter reads the row).
    if (f.attributes.length && !passesFilters(row ? { ...row, ...a } : a, f.attributes)) return;
    if (f.hideIsolates && degree === 0) return;
    if (f.giantOnly && (row?.component !== 0 || degree === 0)) return;
    if (degree < f.minDegree) return;
    visible.add(n);
  });
  return visible;
}
