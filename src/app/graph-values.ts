import type Graph from 'graphology';

/** The distinct values of a node attribute in a graph, sorted (missing and empty values left out). */
export function valuesOf(graph: Graph, attribute: string): string[] {
  const set = new Set<string>();
  graph.forEachNode((_n, a) => {
    const v = a[attribute];
    if (v !== undefined && v !== null && v !== '') set.add(String(v));
  });
  return [...set].sort();
}
