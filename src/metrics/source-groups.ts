import type { PendantForest } from './pendant-forest.js';

/** Sources of the core searches: a core root, a distance offset, and how many graph nodes share them. */
export interface SourceGroups {
  /** Core index of the root (groups are ordered by root, then by offset). */
  readonly root: Int32Array;
  /** Distance from the sources to the root. */
  readonly offset: Float64Array;
  /** How many graph nodes share the root and the offset. */
  readonly sources: Float64Array;
}

/**
 * Groups the nodes of the trees hanging from core nodes by root and by their distance to it,
 * summed from the node up, as a Dijkstra search from the node adds it. The searches from all
 * nodes of a group meet the core at the same root with the same float distance, so they find
 * the same ties there (with lengths like 1/3, ties found by float equality depend on that
 * offset), and one core search with the group's size as multiplicity stands for all of them.
 */
export function sourceGroups(forest: PendantForest, local: Int32Array, coreSize: number): SourceGroups {
  const { root, parent, parentLength, core } = forest;
  const n = root.length;
  const count = new Int32Array(coreSize + 1);
  for (let x = 0; x < n; x++) if (core[root[x]!]) count[local[root[x]!]! + 1]!++;
  for (let j = 0; j < coreSize; j++) count[j + 1]! += count[j]!;
  const fill = count.slice(0, coreSize);
  const offsets = new Float64Array(count[coreSize]!);
  for (let x = 0; x < n; x++) {
    const r = root[x]!;
    if (!core[r]) continue;
    let d = 0;
    for (let y = x; y !== r; y = parent[y]!) d += parentLength[y]!;
    offsets[fill[local[r]!]!++] = d;
  }
  const groupRoot: number[] = [];
  const groupOffset: number[] = [];
  const groupSources: number[] = [];
  for (let j = 0; j < coreSize; j++) {
    const slice = offsets.subarray(count[j]!, count[j + 1]!).sort();
    for (let i = 0; i < slice.length; ) {
      let e = i + 1;
      while (e < slice.length && slice[e] === slice[i]) e++;
      groupRoot.push(j);
      groupOffset.push(slice[i]!);
      groupSources.push(e - i);
      i = e;
    }
  }
  return { root: Int32Array.from(groupRoot), offset: Float64Array.from(groupOffset), sources: Float64Array.from(groupSources) };
}
