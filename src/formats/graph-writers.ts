import type Graph from 'graphology';
import { writeEdgesCsv, writeNodesCsv } from './csv.js';
import { writeGexf } from './gexf.js';
import { writeGraphml } from './graphml.js';
import { writeGraphologyJson } from './json.js';
import type { TextSink } from './sink.js';

/** Graph file formats collabnet writes. */
export const GRAPH_FORMATS = ['json', 'gexf', 'graphml', 'csv'] as const;
/** A graph file format collabnet writes: graphology JSON, GEXF, GraphML or CSV (node and edge tables). */
export type GraphFormat = (typeof GRAPH_FORMATS)[number];

/** The streaming writers of a graph in a format: one for every format but CSV, which has a node table and an edge table (in that order). */
export function graphWriters(graph: Graph, format: GraphFormat): ((sink: TextSink) => void)[] {
  switch (format) {
    case 'json':
      return [(sink) => writeGraphologyJson(graph, sink)];
    case 'gexf':
      return [(sink) => writeGexf(graph, sink)];
    case 'graphml':
      return [(sink) => writeGraphml(graph, sink)];
    case 'csv':
      return [(sink) => writeNodesCsv(graph, sink), (sink) => writeEdgesCsv(graph, sink)];
  }
}
