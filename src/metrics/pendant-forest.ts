import type { Csr } from './csr.js';

/**
 * A graph split into its 2-core and the trees hanging off it. Peeling nodes of degree ≤ 1 until
 * none is left (Seidman 1983) leaves the 2-core; every peeled node lies in a tree attached to the
 * core at one node, its root, or in a component that is a tree (rooted at its last peeled node).
 *
 * Shortest paths respect this split: a path that enters a pendant tree must leave through its
 * root, so no shortest path between two core nodes uses a tree node, and a path from a tree node
 * runs up its tree to the root. Core distances and path counts equal those of the whole graph.
 */
export interface PendantForest {
  /** 1 for a node of the 2-core. */
  readonly core: Uint8Array;
  /** The core node a tree hangs from (itself for core nodes), or a tree component's root. */
  readonly root: Int32Array;
  /** Next node towards the root (−1 at a root). */
  readonly parent: Int32Array;
  /** Edges to the root. */
  readonly depth: Int32Array;
  /** Path length to the root along the tree (Σ 1/weight, summed from the root down). */
  readonly rootDistance: Float64Array;
  /** Length of the edge to `parent` (0 at a root). */
  readonly parentLength: Float64Array;
  /** Number of core nodes. */
  readonly coreSize: number;
}

/** Splits a graph into its 2-core and pendant trees, in O(n + m). */
export function pendantForest(csr: Csr): PendantForest {
  const { n, offsets, targets, lengths } = csr;
  const remaining = new Int32Array(n);
  const removed = new Uint8Array(n);
  const parent = new Int32Array(n).fill(-1);
  const parentLength = new Float64Array(n);
  const peeled = new Int32Array(n);
  const stack = new Int32Array(n);
  let top = 0;
  let count = 0;
  for (let i = 0; i < n; i++) {
    remaining[i] = offsets[i + 1]! - offsets[i]!;
    if (remaining[i]! <= 1) stack[top++] = i;
  }
  while (top > 0) {
    const v = stack[--top]!;
    if (removed[v]) continue;
    removed[v] = 1;
    peeled[count++] = v;
    for (let k = offsets[v]!; k < offsets[v + 1]!; k++) {
      const w = targets[k]!;
      if (removed[w]) continue;
      parent[v] = w; // the one neighbour still present, if any
      parentLength[v] = lengths[k]!;
      if (--remaining[w]! === 1) stack[top++] = w;
    }
  }

  const core = new Uint8Array(n);
  const root = new Int32Array(n);
  const depth = new Int32Array(n);
  const rootDistance = new Float64Array(n);
  let coreSize = 0;
  for (let i = 0; i < n; i++) {
    if (!removed[i]) {
      core[i] = 1;
      coreSize++;
    }
    root[i] = i;
  }
  // A parent is peeled after its children (or never), so walking the peel order backwards
  // meets every parent before its children.
  for (let i = count - 1; i >= 0; i--) {
    const v = peeled[i]!;
    const p = parent[v]!;
    if (p < 0) continue;
    root[v] = root[p]!;
    depth[v] = depth[p]! + 1;
    rootDistance[v] = rootDistance[p]! + parentLength[v]!;
  }
  return { core, root, parent, depth, rootDistance, parentLength, coreSize };
}

/**
 * Calls `visit` for every node strictly between `u` and `v` on the unique tree path joining two
 * nodes with the same root (lowest common ancestor by walking up the deeper side).
 */
export function forEachInnerTreeNode(forest: PendantForest, u: number, v: number, visit: (node: number) => void): void {
  const { parent, depth } = forest;
  let a = u;
  let b = v;
  while (depth[a]! > depth[b]!) {
    a = parent[a]!;
    if (a !== v) visit(a);
  }
  while (depth[b]! > depth[a]!) {
    b = parent[b]!;
    if (b !== u) visit(b);
  }
  while (a !== b) {
    a = parent[a]!;
    b = parent[b]!;
    if (a === b) {
      visit(a);
      break;
    }
    visit(a);
    visit(b);
  }
}

/** The 2-core as a graph of its own, nodes renumbered 0..coreSize−1 (searches on it skip every tree node). */
export interface CoreGraph {
  /** Core index of each node of the graph, −1 outside the core. */
  readonly local: Int32Array;
  /** Node of the graph for each core index. */
  readonly global: Int32Array;
  readonly offsets: Int32Array;
  readonly targets: Int32Array;
  readonly lengths: Float64Array;
}

/** Extracts the 2-core's edges into compact CSR arrays. */
export function coreGraph(csr: Csr, forest: PendantForest): CoreGraph {
  const { n, offsets, targets, lengths } = csr;
  const local = new Int32Array(n).fill(-1);
  const global = new Int32Array(forest.coreSize);
  let c = 0;
  for (let i = 0; i < n; i++) if (forest.core[i]) (local[i] = c), (global[c++] = i);
  const coreOffsets = new Int32Array(c + 1);
  for (let j = 0; j < c; j++) {
    const i = global[j]!;
    let degree = 0;
    for (let k = offsets[i]!; k < offsets[i + 1]!; k++) if (forest.core[targets[k]!]) degree++;
    coreOffsets[j + 1] = coreOffsets[j]! + degree;
  }
  const coreTargets = new Int32Array(coreOffsets[c]!);
  const coreLengths = new Float64Array(coreOffsets[c]!);
  for (let j = 0, slot = 0; j < c; j++) {
    const i = global[j]!;
    for (let k = offsets[i]!; k < offsets[i + 1]!; k++) {
      const w = targets[k]!;
      if (!forest.core[w]) continue;
      coreTargets[slot] = local[w]!;
      coreLengths[slot++] = lengths[k]!;
    }
  }
  return { local, global, offsets: coreOffsets, targets: coreTargets, lengths: coreLengths };
}
