import type Graph from 'graphology';
import type { MetricsReport } from './compute-metrics.js';

/**
 * A copy of `graph` with every node metric as a node attribute (undefined values left out), so a
 * Gephi or NetworkX user sees them in an exported file. The input graph is not changed.
 */
export function withMetrics<G extends Graph>(graph: G, report: MetricsReport): G {
  const copy = graph.copy() as G;
  for (const row of report.nodes) {
    const id = row.id as string;
    for (const [k, v] of Object.entries(row)) {
      if (k === 'id' || v === null) continue;
      if (k === 'label' || k === 'sector') {
        if (!copy.hasNodeAttribute(id, k)) copy.setNodeAttribute(id, k, v);
        continue;
      }
      copy.setNodeAttribute(id, k, v);
    }
  }
  return copy;
}
