import type Graph from 'graphology';
import { components, csrOfArrays, toCsr, type Csr, type NetworkArrays } from '../metrics/index.js';

/** Figures that need only the graph's components, degrees and tie types — no paths, no communities. */
const STRUCTURAL = /^(nodes|edges|components|giant_share|isolate_share|(giant_share|isolate_share)\.[\w-]+|ties\.[\w-]+)$/;

/** True when `metric` is one `structuralFigures` computes (cheap: linear time). */
export function isStructural(metric: string): boolean {
  return STRUCTURAL.test(metric);
}

/**
 * The structural figures of a network, with the same definitions as the full metrics report
 * (giant_share.SECTOR counts a sector's nodes in the largest component when it has 2 or more
 * nodes; isolates have degree 0), in O(n + m): components by breadth-first search, nothing else.
 * Sectors come from the node attribute `sector`, tie types from the edge attribute `type`;
 * `tieTypes` are counted even when the network has none of them (0).
 */
export function structuralFigures(graph: Graph, tieTypes: readonly string[] = []): Record<string, number> {
  const csr = toCsr(graph);
  const countTies = (f: Record<string, number>) =>
    graph.forEachEdge((_e, a) => {
      const key = `ties.${String((a as { type?: unknown }).type ?? 'untyped')}`;
      f[key] = (f[key] ?? 0) + 1;
    });
  return structural(csr, (i) => String(graph.getNodeAttribute(csr.ids[i]!, 'sector') ?? ''), countTies, tieTypes);
}

/** `structuralFigures` of a network given as plain arrays (a drawn network): the same figures, no graph. */
export function structuralFiguresOfArrays(net: NetworkArrays, tieTypes: readonly string[] = []): Record<string, number> {
  const countTies = (f: Record<string, number>) => {
    for (let e = 0; e < net.type.length; e++) {
      const key = `ties.${net.typeNames[net.type[e]!]!}`;
      f[key] = (f[key] ?? 0) + 1;
    }
  };
  return structural(csrOfArrays(net), (i) => (net.sector[i]! >= 0 ? net.sectorNames[net.sector[i]!]! : ''), countTies, tieTypes);
}

function structural(csr: Csr, sectorOf: (i: number) => string, countTies: (f: Record<string, number>) => void, tieTypes: readonly string[]): Record<string, number> {
  const comp = components(csr);
  const giant = comp.sizes[0] ?? 0;
  const n = csr.n;
  const f: Record<string, number> = { nodes: n, edges: csr.m, components: comp.sizes.length };
  let isolates = 0;
  const bySector = new Map<string, { nodes: number; iso: number; inGiant: number }>();
  for (let i = 0; i < n; i++) {
    const deg = csr.offsets[i + 1]! - csr.offsets[i]!;
    if (deg === 0) isolates++;
    const s = sectorOf(i);
    if (!s) continue;
    const x = bySector.get(s) ?? { nodes: 0, iso: 0, inGiant: 0 };
    x.nodes++;
    if (deg === 0) x.iso++;
    if (comp.id[i] === 0 && giant > 1) x.inGiant++;
    bySector.set(s, x);
  }
  f.giant_share = n ? giant / n : 0;
  f.isolate_share = n ? isolates / n : 0;
  for (const [s, x] of bySector) {
    f[`giant_share.${s}`] = x.inGiant / x.nodes;
    f[`isolate_share.${s}`] = x.iso / x.nodes;
  }
  for (const t of tieTypes) f[`ties.${t}`] = 0;
  countTies(f);
  return f;
}
