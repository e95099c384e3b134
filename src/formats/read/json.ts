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
export function readGraphologyJson(text: string, file: string): ImportResult {
  const data = parseWith(SerializedGraph, parseJsonText(text, file), file);
  const b = new GraphBuilder(file, true);
  if (data.options?.type === 'directed') b.note('WARNING', 'directed', 'a directed graph read as undirected (reciprocal arcs merged)');
  data.nodes.forEach((n, i) => b.addNode(n.key, n.attributes ?? {}, `nodes.${i}`));
  data.edges.forEach((e, i) => b.addEdge(e.source, e.target, e.attributes?.weight, e.attributes ?? {}, `edges.${i}`));
  return b.finish();
}
