export { toGraphml, writeGraphml, escapeXml } from './graphml.js';
export { toGexf, writeGexf } from './gexf.js';
export { toNodesCsv, toEdgesCsv, writeNodesCsv, writeEdgesCsv, safeCell } from './csv.js';
export { toGraphologyJson, writeGraphologyJson } from './json.js';
export { attributeColumns, type AttributeColumn } from './attribute-columns.js';
export { collectText, type TextSink } from './sink.js';
export { xmlSafe, XML_REPLACEMENT } from './xml-text.js';
export { GRAPH_FORMATS, graphWriters, type GraphFormat } from './graph-writers.js';
export { metricsToCsv, writeMetricsCsv } from './metrics-csv.js';
