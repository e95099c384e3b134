import type Graph from 'graphology';
import { describeValue, InputError } from '../errors.js';
import { collectText, GRAPH_FORMATS, graphWriters, type GraphFormat } from '../formats/index.js';
import { readGraph as readAny, INPUT_FORMATS, type ImportResult, type InputFormat } from '../formats/read/index.js';
import type { Model } from './model.js';
import { checkGraph, checkModel, checkObject, checkString } from './guards.js';

/** What `readGraph` takes besides the text. */
export interface ReadGraphInput {
  /** Names the input in messages; its extension tells the format when `format` is not given. */
  readonly file: string;
  /** `graphml`, `gexf`, `json` (graphology) or `csv` (an edge list source,target[,weight]). */
  readonly format?: InputFormat;
  /** A node table for a CSV edge list: id[,sector,label,…]. */
  readonly nodes?: { readonly text: string | Uint8Array; readonly file: string };
  /** The model whose sectors are known (other sector values are kept and reported). */
  readonly model?: Model;
}

/**
 * Reads a graph from a file's content — GraphML, GEXF, graphology JSON or a CSV edge list — as
 * `collabnet metrics --in` does, with the same checks and import report (Gephi style: INFO,
 * WARNING, SEVERE messages). Bytes are decoded as the file says (XML encoding declaration or
 * byte-order mark), else as UTF-8.
 *
 * @example
 * ```ts
 * import { readGraph } from 'collabnet';
 * const { graph, report } = readGraph(gexfText, { file: 'observed.gexf', model });
 * for (const m of report) console.warn(m.level, m.message);
 * ```
 */
export function readGraph(text: string | Uint8Array, input: ReadGraphInput): ImportResult {
  if (typeof text !== 'string' && !(text instanceof Uint8Array)) throw new InputError(`readGraph: expected the file's text (a string) or bytes (a Uint8Array)`);
  checkObject(input, 'readGraph', 'input', 'an object { file, format?, nodes?, model? }');
  checkString(input.file, 'readGraph', 'file', "the file's name (for messages and the format)");
  if (input.model !== undefined) checkModel(input.model, 'readGraph');
  if (input?.format !== undefined && !(INPUT_FORMATS as readonly string[]).includes(input.format)) throw new InputError(`readGraph: format: expected one of ${INPUT_FORMATS.join(', ')}, got ${JSON.stringify(input.format)}`);
  const sectors = input.model ? input.model.spec.sectors.map((s) => s.id) : undefined;
  return readAny({ text, file: input.file, ...(input.format ? { format: input.format } : {}), ...(input.nodes ? { nodes: input.nodes } : {}), ...(sectors ? { sectors } : {}) });
}


/** Checks a graph format name. */
export function checkGraphFormat(format: unknown, fn: string): GraphFormat {
  if (typeof format !== 'string' || !(GRAPH_FORMATS as readonly string[]).includes(format)) throw new InputError(`${fn}: format: expected one of ${GRAPH_FORMATS.join(', ')}, got ${describeValue(format)}`);
  return format as GraphFormat;
}

/**
 * Writes a graph as `collabnet generate --format` does: graphology JSON, GEXF 1.3, GraphML, or
 * CSV (a node table and an edge table). Gephi, NetworkX and igraph read every one of them.
 *
 * @example
 * ```ts
 * import { writeGraph } from 'collabnet';
 * const gexf = writeGraph(graph, 'gexf');
 * const { nodes, edges } = writeGraph(graph, 'csv');
 * ```
 */
export function writeGraph(graph: Graph, format: 'csv'): { nodes: string; edges: string };
export function writeGraph(graph: Graph, format: Exclude<GraphFormat, 'csv'>): string;
export function writeGraph(graph: Graph, format: GraphFormat): string | { nodes: string; edges: string };
export function writeGraph(graph: Graph, format: GraphFormat): string | { nodes: string; edges: string } {
  checkGraph(graph, 'writeGraph');
  const texts = graphWriters(graph, checkGraphFormat(format, 'writeGraph')).map((w) => collectText(w));
  return format === 'csv' ? { nodes: texts[0]!, edges: texts[1]! } : texts[0]!;
}
