import type Graph from 'graphology';
import type { NodeRow } from '../../metrics/index.js';

/** The filters of the Filter panel. */
export interface Filters {
  /** Sectors to show (null: all). */
  sectors: ReadonlySet<string> | null;
  /** Attribute name → the value a node must have (the spec's category and region attributes). */
  attrs: Readonly<Record<string, string>>;
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
    for (const [name, value] of Object.entries(f.attrs)) if (value && String(a[name]) !== value) return;
    if (f.hideIsolates && degree === 0) return;
    if (f.giantOnly && (row?.component !== 0 || degree === 0)) return;
    if (degree < f.minDegree) return;
    visible.add(n);
  });
  return visible;
}
