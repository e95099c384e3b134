import type Graph from 'graphology';

/** Writes graphology's own serialization (`graph.export()`), which `Graph.from` reads back. */
export function toGraphologyJson(graph: Graph): string {
  return JSON.stringify(graph.export()) + '\n';
}
