import type { ResolvedModel } from '../model/types.js';
import type { DrawnNetwork } from './draw.js';
import { nodeAttributeWriters, type AttributeWriter } from './node-attributes.js';

/** The nodes of a drawn network without a graph: where each sector starts and each node's attributes by name. */
export interface DrawnNodes {
  readonly n: number;
  /** Index of each sector's first node (sectors in the model's order), then n. */
  readonly start: Int32Array;
  /** Per sector (model order): the attribute of each name, as the graph's node record would hold it (the last writer of a name wins). */
  readonly attributes: readonly ReadonlyMap<string, AttributeWriter>[];
}

/** Sector offsets and attribute readers of a drawn network, as `buildGraph` would write them. */
export function drawnNodes(model: ResolvedModel, drawn: DrawnNetwork): DrawnNodes {
  const start = new Int32Array(model.sectors.length + 1);
  model.sectors.forEach((s, k) => (start[k + 1] = start[k]! + drawn.pop[s.id]!.length));
  const attributes = model.sectors.map((s) => new Map(nodeAttributeWriters(model, drawn, s).map((w) => [w.name, w])));
  return { n: start[model.sectors.length]!, start, attributes };
}
