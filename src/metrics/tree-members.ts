import type { Csr } from './csr.js';
import type { PendantForest } from './pendant-forest.js';

/** Nodes grouped by root (the root first) with their distances to it. */
export interface TreeMembers {
  /** Members of root r: `members[start[r] .. start[r+1])`. */
  readonly start: Int32Array;
  readonly members: Int32Array;
  /** Distance of each member to its root, by position in `members`. */
  readonly memberDistance: Float64Array;
}

/** Groups the `n` nodes by root (the root first), with each member's distance to its root. */
export function groupByRoot(n: number, forest: PendantForest): TreeMembers {
  const { root, rootDistance } = forest;
  const start = new Int32Array(n + 1);
  for (let i = 0; i < n; i++) start[root[i]! + 1]!++;
  for (let i = 0; i < n; i++) start[i + 1]! += start[i]!;
  const fill = start.slice(0, n);
  const members = new Int32Array(n);
  for (let i = 0; i < n; i++) if (root[i] === i) members[fill[i]!++] = i;
  for (let i = 0; i < n; i++) if (root[i] !== i) members[fill[root[i]!]!++] = i;
  const memberDistance = new Float64Array(n);
  for (let j = 0; j < n; j++) memberDistance[j] = rootDistance[members[j]!]!;
  return { start, members, memberDistance };
}

/**
 * Groups the nodes by root and adds to `harmonic` the part inside each tree (its root
 * included): a walk of the tree from each of its nodes.
 */
export function treeMembers(csr: Csr, forest: PendantForest, harmonic: Float64Array): TreeMembers {
  const { n, offsets, targets, lengths } = csr;
  const { root } = forest;
  const grouped = groupByRoot(n, forest);
  const { start, members } = grouped;

  const treeDist = new Float64Array(n);
  const stack = new Int32Array(n);
  const from = new Int32Array(n);
  for (let r = 0; r < n; r++) {
    if (root[r] !== r || start[r + 1]! - start[r]! < 2) continue;
    for (let j = start[r]!; j < start[r + 1]!; j++) {
      const v = members[j]!;
      let top = 0;
      stack[top] = v;
      from[top++] = -1;
      treeDist[v] = 0;
      let sum = 0;
      while (top > 0) {
        const x = stack[--top]!;
        const back = from[top]!;
        for (let k = offsets[x]!; k < offsets[x + 1]!; k++) {
          const y = targets[k]!;
          if (y === back || root[y] !== r) continue;
          treeDist[y] = treeDist[x]! + lengths[k]!;
          sum += 1 / treeDist[y]!;
          stack[top] = y;
          from[top++] = x;
        }
      }
      harmonic[v] = sum;
    }
  }
  return grouped;
}
