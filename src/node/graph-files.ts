import type Graph from 'graphology';
import { checkOutputPath, readFileBytes, writeFilesAtomic } from '../cli/files.js';
import { graphWriters } from '../formats/index.js';
import { checkGraphFormat, readGraph } from '../api/graph-io.js';
import type { Model } from '../api/model.js';
import type { GraphFormat } from '../formats/index.js';
import type { ImportResult, InputFormat } from '../formats/read/index.js';
import { checkGraph, checkPath, checkString } from '../api/guards.js';

/** What `readGraphFile` takes. */
export interface ReadGraphFileInput {
  /** The format (default: from the file name: .graphml/.xml, .gexf, .json, .csv/.tsv/.txt). */
  readonly format?: InputFormat;
  /** A node table for a CSV edge list. */
  readonly nodes?: string;
  /** The model whose sectors are known. */
  readonly model?: Model;
}

/**
 * Reads a graph file as `collabnet metrics --in FILE` does: GraphML, GEXF, graphology JSON or a
 * CSV edge list (with `nodes`, a node table), with the same size limits, checks and import report.
 *
 * @example
 * ```ts
 * import { readGraphFile } from 'collabnet/node';
 * const { graph, report } = readGraphFile('observed.gexf');
 * console.log(graph.order, report.length);
 * ```
 */
export function readGraphFile(path: string, options: ReadGraphFileInput = {}): ImportResult {
  checkPath(path, 'readGraphFile');
  if (options.nodes !== undefined) checkString(options.nodes, 'readGraphFile', 'nodes', "the node table's file name");
  const nodes = options.nodes !== undefined ? { text: readFileBytes(options.nodes), file: options.nodes } : undefined;
  return readGraph(readFileBytes(path), { file: path, ...(options.format ? { format: options.format } : {}), ...(nodes ? { nodes } : {}), ...(options.model ? { model: options.model } : {}) });
}

/**
 * Writes a graph file atomically (a temp file beside it, renamed into place once complete; a
 * failure leaves what was there), as `collabnet generate --out` does. CSV writes two files,
 * `BASE.nodes.csv` and `BASE.edges.csv`. Returns the paths written.
 *
 * @example
 * ```ts
 * import { writeGraphFile } from 'collabnet/node';
 * writeGraphFile(graph, 'network.gexf'); // format from the name
 * writeGraphFile(graph, 'network.csv', 'csv'); // network.nodes.csv, network.edges.csv
 * ```
 */
export function writeGraphFile(graph: Graph, path: string, format?: GraphFormat): string[] {
  checkGraph(graph, 'writeGraphFile');
  checkPath(path, 'writeGraphFile');
  const fmt = checkGraphFormat(format ?? formatOf(path), 'writeGraphFile');
  const targets = fmt === 'csv' ? [`${path.replace(/(\.(nodes|edges))?\.csv$/i, '')}.nodes.csv`, `${path.replace(/(\.(nodes|edges))?\.csv$/i, '')}.edges.csv`] : [path];
  const paths = targets.map((p) => checkOutputPath(p, process.cwd(), 'writeGraphFile'));
  const writers = graphWriters(graph, fmt);
  writeFilesAtomic(paths.map((p, i) => ({ path: p, write: writers[i]! })));
  return paths;
}

/** The format a file name implies (`graph.gexf` → gexf), or the name itself for the error. */
function formatOf(path: string): string {
  const ext = /\.([a-z]+)$/i.exec(path)?.[1]?.toLowerCase() ?? path;
  return ext === 'xml' ? 'graphml' : ext;
}
