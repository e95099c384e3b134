import type Graph from 'graphology';
import { collectText, type TextSink } from './sink.js';

/**
 * Streams graphology's own serialization (what `graph.export()` holds, byte for byte what
 * `JSON.stringify(graph.export())` gives), which `Graph.from` and `collabnet --in` read back.
 * One node or edge at a time, so no single string holds the whole network.
 */
export function writeGraphologyJson(graph: Graph, sink: TextSink): void {
  const options = { type: graph.type, multi: graph.multi, allowSelfLoops: graph.allowSelfLoops };
  sink.write(`{"options":${JSON.stringify(options)},"attributes":${JSON.stringify(graph.getAttributes())},"nodes":[`);
  let first = true;
  graph.forEachNode((key, attributes) => {
    const node: { key: string; attributes?: object } = { key };
    if (Object.keys(attributes).length) node.attributes = attributes;
    sink.write((first ? '' : ',') + JSON.stringify(node));
    first = false;
  });
  sink.write('],"edges":[');
  first = true;
  graph.forEachEdge((key, attributes, source, target, _s, _t, undirected) => {
    const edge: { key: string; source: string; target: string; attributes?: object; undirected?: true } = { key, source, target };
    if (Object.keys(attributes).length) edge.attributes = attributes;
    if (graph.type === 'mixed' && undirected) edge.undirected = true;
    sink.write((first ? '' : ',') + JSON.stringify(edge));
    first = false;
  });
  sink.write(']}\n');
}

/** Graphology's serialization as one string (see `writeGraphologyJson`). */
export function toGraphologyJson(graph: Graph): string {
  return collectText((sink) => writeGraphologyJson(graph, sink));
}
