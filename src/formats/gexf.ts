import type Graph from 'graphology';
// The writer half of graphology-gexf is plain JavaScript (no DOM), shared by its Node and browser builds.
import writeGexf from 'graphology-gexf/common/writer.js';

/**
 * Writes a graph as GEXF 1.2 through graphology-gexf: `label` and `weight` become GEXF's own
 * fields, every other attribute a typed `<attvalue>`, so Gephi and NetworkX's `read_gexf` read them.
 */
export function toGexf(graph: Graph): string {
  const text: string = writeGexf(graph, { version: '1.2', pretty: true });
  return text.endsWith('\n') ? text : `${text}\n`;
}
