export { toGraphml, escapeXml } from './graphml.js';
export { toGexf } from './gexf.js';
export { toNodesCsv, toEdgesCsv, safeCell } from './csv.js';
export { toGraphologyJson } from './json.js';
export { attributeColumns, type AttributeColumn } from './attribute-columns.js';

/** Graph file formats collabnet writes. */
export const GRAPH_FORMATS = ['json', 'gexf', 'graphml', 'csv'] as const;
export type GraphFormat = (typeof GRAPH_FORMATS)[number];
export { metricsToCsv } from './metrics-csv.js';
