import { components } from './components.js';
import type { Csr } from './csr.js';
import { coreGraph, pendantForest, type CoreGraph, type PendantForest } from './pendant-forest.js';
import { sourceGroups, type SourceGroups } from './source-groups.js';
import { treeMembers, type TreeMembers } from './tree-members.js';

/**
 * How many chunks the core searches are cut into, whatever the number of threads that run them:
 * chunk partials are summed in chunk order, so 1, 2 or 8 workers give the same bits.
 */
export const FOLD_CHUNKS = 64;

/** A range of source groups, `[from, to)`. */
export interface FoldChunk {
  readonly from: number;
  readonly to: number;
}

/**
 * What the core searches read: the 2-core, each core node's reach weight, the source groups and
 * (for harmonic closeness) the nodes grouped by root. Typed arrays and numbers only, so it can be
 * posted to a worker thread as it is.
 */
export interface FoldSearchInput {
  /** Nodes of the whole graph. */
  readonly n: number;
  readonly cg: CoreGraph;
  /** Size of each core node's tree (itself included), by core index. */
  readonly reach: Float64Array;
  readonly groups: SourceGroups;
  /** Present when harmonic closeness is computed too. */
  readonly trees: TreeMembers | null;
}

/** Everything of a folded betweenness computation but the core searches (see `foldPlan`). */
export interface FoldPlan {
  readonly n: number;
  readonly forest: PendantForest;
  /** Subtree sizes (a core node's is its whole tree). */
  readonly sub: Float64Array;
  /** Tree part of betweenness, not normalized: pairs split by each node inside its component. */
  readonly treeBetweenness: Float64Array;
  /** Harmonic closeness inside each node's own tree; null without harmonic closeness. */
  readonly treeHarmonic: Float64Array | null;
  /** Input of the core searches; null when the graph has no 2-core. */
  readonly search: FoldSearchInput | null;
  /** The source groups cut into `FOLD_CHUNKS` (or fewer, one group each) consecutive ranges. */
  readonly chunks: readonly FoldChunk[];
}

/**
 * First step of folded exact betweenness (see brandes-folded.ts): the pendant forest, subtree
 * sizes, the tree part of betweenness, the core graph, the source groups, the tree members and
 * the chunks of groups that `foldSearch` runs and `foldFinish` combines. O(n + m) but for the
 * source groups' offsets (O(Σ depth)).
 */
export function foldPlan(csr: Csr, withHarmonic: boolean): FoldPlan {
  const { n } = csr;
  const treeBetweenness = new Float64Array(n);
  const forest = pendantForest(csr);
  const { parent, depth } = forest;
  const comp = components(csr);

  // Subtree sizes (a core node's is its whole tree), children first: by decreasing depth.
  let maxDepth = 0;
  for (let i = 0; i < n; i++) if (depth[i]! > maxDepth) maxDepth = depth[i]!;
  const byDepth = new Int32Array(maxDepth + 2);
  for (let i = 0; i < n; i++) byDepth[depth[i]! + 1]!++;
  for (let d = 0; d <= maxDepth; d++) byDepth[d + 1]! += byDepth[d]!;
  const order = new Int32Array(n);
  for (let i = 0; i < n; i++) order[byDepth[depth[i]!]!++] = i;
  const sub = new Float64Array(n).fill(1);
  const childSquares = new Float64Array(n);
  for (let j = n - 1; j >= 0; j--) {
    const x = order[j]!;
    const p = parent[x]!;
    if (p < 0) continue;
    sub[p]! += sub[x]!;
    childSquares[p]! += sub[x]! * sub[x]!;
  }
  for (let x = 0; x < n; x++) {
    const k = comp.sizes[comp.id[x]!]!;
    const rest = k - sub[x]!;
    treeBetweenness[x] = (k - 1) * (k - 1) - childSquares[x]! - rest * rest;
  }

  const treeHarmonic = withHarmonic ? new Float64Array(n) : null;
  const trees = treeHarmonic ? treeMembers(csr, forest, treeHarmonic) : null;

  let search: FoldSearchInput | null = null;
  if (forest.coreSize > 0) {
    const cg = coreGraph(csr, forest);
    const c = forest.coreSize;
    const reach = new Float64Array(c);
    for (let j = 0; j < c; j++) reach[j] = sub[cg.global[j]!]!;
    search = { n, cg, reach, groups: sourceGroups(forest, cg.local, c), trees };
  }
  const chunks = search ? foldChunks(search.groups.root.length) : [];
  return { n, forest, sub, treeBetweenness, treeHarmonic, search, chunks };
}

/** Cuts `groupCount` groups into at most `FOLD_CHUNKS` consecutive non-empty ranges of near-equal length. */
export function foldChunks(groupCount: number): FoldChunk[] {
  const chunks: FoldChunk[] = [];
  const k = Math.min(FOLD_CHUNKS, groupCount);
  for (let i = 0; i < k; i++) chunks.push({ from: Math.floor((i * groupCount) / k), to: Math.floor(((i + 1) * groupCount) / k) });
  return chunks;
}
