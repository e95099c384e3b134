export { toGraphml, writeGraphml, escapeXml } from './graphml.js';
export { toGexf, writeGexf } from './gexf.js';
export { toNodesCsv, toEdgesCsv, writeNodesCsv, writeEdgesCsv, safeCell } from './csv.js';
export { toGraphologyJson, writeGraphologyJson } from './json.js';
export { attributeColumns, type AttributeColumn } from './attribute-columns.js';
export { collectText, type TextSink } from './sink.js';
export { xmlSafe, XML_REPLACEMENT } from './xml-text.js';

/** Graph file formats collabnet writes. */
export const GRAPH_FORMATS = ['json', 'gexf', 'graphml', 'csv'] as const;
/** A graph file format collabnet writes: graphology JSON, GEXF, GraphML or CSV (node and edge tables). */
export type GraphFormat = (typeof GRAPH_FORMATS)[number];
export { metricsToCsv, writeMetricsCsv } from './metrics-csv.js';
