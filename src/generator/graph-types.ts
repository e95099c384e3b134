import type { UndirectedGraph } from 'graphology';

/** Node attributes of a generated network: `sector` and `label`, then the spec's attributes. */
export interface NodeAttributes {
  sector: string;
  label: string;
  [key: string]: unknown;
}

/** Edge attributes: `weight` = collaboration strength (larger is stronger); `type` = tie type id. */
export interface EdgeAttributes {
  weight: number;
  type: string;
}

/** Graph attributes of a generated network: how it was drawn (seed, scale, assumptions the spec lists). */
export interface GraphAttributes {
  name: string;
  seed: number;
  scale: number;
  [key: string]: unknown;
}

/** A generated network: an undirected graphology graph, nodes with `sector` and `label`, edges with `weight` and `type`. */
export type CollabGraph = UndirectedGraph<NodeAttributes, EdgeAttributes, GraphAttributes>;
