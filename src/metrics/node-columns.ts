/**
 * The leading columns of every node table (CSV, JSON `nodes`, exported attributes), in order.
 * More columns follow: community, label, partners_<sector>, hops_<sector>.
 */
export const NODE_COLUMNS = [
  'id',
  'sector',
  'degree',
  'strength',
  'betweenness',
  'harmonic',
  'pagerank',
  'eigenvector',
  'constraint',
  'effective_size',
  'component',
  'isolated',
] as const;

/** One node's metrics: the leading columns, then the rest. `null` where a value is undefined. */
export type NodeRow = Record<string, string | number | boolean | null>;

/** The numeric node metrics a sector summary and a "size by" control can use. */
export const NUMERIC_NODE_METRICS = ['degree', 'strength', 'betweenness', 'harmonic', 'pagerank', 'eigenvector', 'constraint', 'effective_size'] as const;
export type NumericNodeMetric = (typeof NUMERIC_NODE_METRICS)[number];
