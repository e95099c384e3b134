import { UndirectedGraph } from 'graphology';
import type { ResolvedModel } from '../model/types.js';
import type { DrawnNetwork } from './draw.js';
import type { CollabGraph, NodeAttributes } from './graph-types.js';
import { nodeAttributeWriters, nodeId } from './node-attributes.js';

/**
 * Builds the graphology graph of a drawn network: every sector's nodes with their attributes
 * (ids: the sector's prefix + number), then every tie type's edges `e0, e1, …` with `weight` and
 * `type`, in the drawn order.
 */
export function buildGraph(model: ResolvedModel, drawn: DrawnNetwork): CollabGraph {
  const graph: CollabGraph = new UndirectedGraph({ allowSelfLoops: false, multi: false });
  graph.replaceAttributes({ name: 'collabnet baseline network', seed: drawn.seed, scale: model.scale, ...model.graphAttributes });
  const ids: Record<string, string[]> = {};
  for (const s of model.sectors) {
    const n = drawn.pop[s.id]!.length;
    const sectorIds = new Array<string>(n);
    for (let i = 0; i < n; i++) sectorIds[i] = nodeId(s.idPrefix, i, n);
    ids[s.id] = sectorIds;
    const writers = nodeAttributeWriters(model, drawn, s);
    for (let i = 0; i < n; i++) {
      const attrs = {} as NodeAttributes;
      for (const w of writers) attrs[w.name] = w.value(i);
      graph.addNode(sectorIds[i]!, attrs);
    }
  }
  let e = 0;
  model.ties.forEach((t, k) => {
    const ia = ids[t.ends[0]]!;
    const ib = ids[t.ends[1]]!;
    const { a, b, weight } = drawn.ties[k]!;
    for (let j = 0; j < a.length; j++) graph.addUndirectedEdgeWithKey(`e${e++}`, ia[a[j]!]!, ib[b[j]!]!, { weight: weight[j]!, type: t.id });
  });
  return graph;
}
