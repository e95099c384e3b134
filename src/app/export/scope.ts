// What an export holds: the whole network, or what the filters show — and the file says which.
import type Graph from 'graphology';

/** `full`: every node and edge; `shown`: the nodes the active filters show and the edges between them. */
export type ExportScope = 'full' | 'shown';

/** The graph attribute every export carries to say what it holds. */
export const SCOPE_ATTRIBUTE = 'collabnetExport';

/** Attributes the view keeps on nodes only while drawing (never exported). */
const VIEW_ONLY = ['highlighted', 'hidden', 'forceLabel', 'zIndex'];

/**
 * A copy of the graph for export. For `shown`, only the nodes `shown` accepts (and the edges
 * between them). The copy's graph attribute `collabnetExport` says which, in words, e.g. "filtered
 * view: 312 of 2,482 nodes, 90 of 1,204 edges (tier: tertiary)" or "full network: 2,482 nodes,
 * 1,204 edges"; GEXF writes it in <meta>, GraphML as a graph <data>, CSV in the file name.
 */
export function exportCopy(graph: Graph, scope: ExportScope, shown: (node: string) => boolean, filters = ''): Graph {
  const copy = graph.copy();
  copy.forEachNode((n) => {
    for (const k of VIEW_ONLY) copy.removeNodeAttribute(n, k);
  });
  const counts = (g: Graph) => `${g.order.toLocaleString('en-US')} nodes, ${g.size.toLocaleString('en-US')} edges`;
  if (scope === 'full') {
    copy.setAttribute(SCOPE_ATTRIBUTE, `full network: ${counts(copy)}`);
    return copy;
  }
  for (const n of copy.nodes()) if (!shown(n)) copy.dropNode(n);
  const of = `${copy.order.toLocaleString('en-US')} of ${graph.order.toLocaleString('en-US')} nodes, ${copy.size.toLocaleString('en-US')} of ${graph.size.toLocaleString('en-US')} edges`;
  copy.setAttribute(SCOPE_ATTRIBUTE, `filtered view: ${of}${filters ? ` (${filters})` : ''}`);
  return copy;
}

/** The file name of an export: `collabnet-filtered.gexf`, `collabnet-nodes.csv`, … */
export function exportFileName(scope: ExportScope, what: 'gexf' | 'graphml' | 'nodes.csv' | 'png'): string {
  const [base, ext] = what === 'nodes.csv' ? ['collabnet-nodes', 'csv'] : ['collabnet', what];
  return `${base}${scope === 'shown' ? '-filtered' : ''}.${ext}`;
}
