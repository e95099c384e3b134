import { UndirectedGraph } from 'graphology';

/** A small weighted graph from [u, v, weight] triples, plus isolated nodes. */
export function graphOf(edges: [string, string, number][], isolates: string[] = []): UndirectedGraph {
  const g = new UndirectedGraph();
  for (const [u, v, w] of edges) {
    if (!g.hasNode(u)) g.addNode(u);
    if (!g.hasNode(v)) g.addNode(v);
    g.addEdge(u, v, { weight: w });
  }
  for (const v of isolates) g.addNode(v);
  return g;
}
