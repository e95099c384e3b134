export { toCsr, DEFAULT_CSR_OPTIONS, type Csr, type CsrOptions } from './csr.js';
export { csrOfArrays, type NetworkArrays } from './network-arrays.js';
export { pathCentralities, resolveBrandesOptions, type PathCentralities, type BrandesOptions } from './brandes.js';
export { foldedBetweenness, foldedPathCentralities } from './brandes-folded.js';
export { foldPlan, foldChunks, FOLD_CHUNKS, type FoldPlan, type FoldChunk, type FoldSearchInput } from './fold-plan.js';
export { foldSearch, type FoldPartial } from './fold-search.js';
export { foldFinish } from './fold-finish.js';
export { pagerank, resolvePageRankOptions, DEFAULT_PAGERANK_OPTIONS, type PageRankOptions } from './pagerank.js';
export { eigenvectorCentrality, resolveEigenvectorOptions, DEFAULT_EIGENVECTOR_OPTIONS, type EigenvectorOptions } from './eigenvector.js';
export { lanczosTopEigenvector } from './lanczos.js';
export { burt } from './burt.js';
export { components } from './components.js';
export { hopsToNearest } from './hops.js';
export { bridgesAndArticulationPoints } from './bridges.js';
export { louvainCommunities } from './louvain.js';
export { modularity } from './modularity.js';
export { attributeAssortativity } from './assortativity.js';
export { freemanCentralization } from './centralization.js';
export { gini, giniSorted } from './gini.js';
export { sectorMixing, type SectorMixing } from './sector-mixing.js';
export { NODE_COLUMNS, NUMERIC_NODE_METRICS, type NodeRow, type NumericNodeMetric } from './node-columns.js';
export {
  computeMetrics,
  exactPathMethod,
  resolveMetricsOptions,
  DEFAULT_METRICS_OPTIONS,
  WEIGHT_CONVENTION,
  type BetweennessMethod,
  type MetricsOptions,
  type MetricsReport,
  type PathMetrics,
  type NetworkReport,
  type SectorReport,
  type Summary,
} from './compute-metrics.js';
export { withMetrics } from './with-metrics.js';
export { pendantForest, forEachInnerTreeNode, type PendantForest } from './pendant-forest.js';
export { vertexDiameterBound } from './vertex-diameter.js';
export {
  sampledBetweenness,
  riondatoKornaropoulosSamples,
  resolveSampledBetweennessOptions,
  betweennessCosts,
  smallestEpsilon,
  MAX_SAMPLED_PAIRS,
  type BetweennessCosts,
  DEFAULT_SAMPLED_BETWEENNESS_OPTIONS,
  EXACT_BETWEENNESS_MAX_NODES,
  type SampledBetweenness,
  type SampledBetweennessOptions,
} from './betweenness-sampled.js';
export { harmonicCloseness } from './harmonic-closeness.js';
export { sampledHarmonic, harmonicSamples, type SampledHarmonic } from './harmonic-sampled.js';
export {
  computeFigures,
  computeFiguresOfArrays,
  requirementsOf,
  FIGURE_FAMILIES,
  ALL_FIGURE_FAMILIES,
  type Figures,
  type FigureFamily,
  type FigureOptions,
  type Requirement,
} from './figure-registry.js';
