import { z } from 'zod';
import { parseJsonText } from '../../schemas/parse-json.js';
import { parseWith } from '../../schemas/format-issues.js';
import { GraphBuilder, type ImportResult } from './graph-builder.js';

const Key = z.union([z.string(), z.number()]).transform(String);
const Attributes = z.record(z.string(), z.unknown()).optional();

/** graphology's serialization format (`graph.export()`). */
const SerializedGraph = z.looseObject({
  attributes: Attributes,
  options: z.looseObject({}).optional(),
  nodes: z.array(z.looseObject({ key: Key, attributes: Attributes })),
  edges: z.array(z.looseObject({ key: Key.optional(), source: Key, target: Key, attributes: Attributes, undirected: z.boolean().optional() })),
});

/** Reads graphology JSON (what `collabnet generate --format json` writes). */
export function readGraphologyJson(text: string, file: string, knownSectors: readonly string[] = []): ImportResult {
  const data = parseWith(SerializedGraph, parseJsonText(text, file), file);
  const b = new GraphBuilder(file, true, knownSectors);
  // graphology: every edge of a directed graph is directed, and so is an edge of a mixed graph not marked `undirected`.
  const type = data.options?.type;
  data.nodes.forEach((n, i) => b.addNode(n.key, n.attributes ?? {}, `nodes.${i}`));
  data.edges.forEach((e, i) => {
    if (type === 'directed' || (type === 'mixed' && e.undirected !== true)) b.directedEdge(`edges.${i}`);
    b.addEdge(e.source, e.target, e.attributes?.weight, e.attributes ?? {}, `edges.${i}`);
  });
  return b.finish();
}
