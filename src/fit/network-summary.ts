import { connectedComponents } from 'graphology-components';
import type { CollabGraph } from '../generator/generate.js';
import type { ResolvedModel } from '../model/types.js';

/** Headline figures of one network: sizes, tie counts, isolates and the giant component, per sector and tie type of its model. */
export interface NetworkSummary {
  readonly nodes: number;
  readonly edges: number;
  readonly sectors: Readonly<Record<string, { readonly nodes: number; readonly isolates: number; readonly inGiant: number; readonly meanDegree: number }>>;
  readonly ties: Readonly<Record<string, { readonly edges: number; readonly weight: number }>>;
  readonly components: number;
  /** Share of all nodes in the largest connected component. */
  readonly giantShare: number;
  /** Per sector: respondents, and for each category or flag attribute the share of nodes per value. */
  readonly attributes: Readonly<Record<string, { readonly respondents: number; readonly shares: Readonly<Record<string, number>> }>>;
}

/** Computes the headline figures of a generated network. Pure. */
export function summarizeNetwork(graph: CollabGraph, model: ResolvedModel): NetworkSummary {
  const sectors: Record<string, { nodes: number; isolates: number; inGiant: number; meanDegree: number }> = {};
  for (const s of model.sectors) sectors[s.id] = { nodes: 0, isolates: 0, inGiant: 0, meanDegree: 0 };
  const ties: Record<string, { edges: number; weight: number }> = {};
  for (const t of model.ties) ties[t.id] = { edges: 0, weight: 0 };
  const attributes: Record<string, { respondents: number; shares: Record<string, number> }> = {};
  for (const s of model.sectors) {
    // Keys in the spec's order: each category value, then each flag.
    const shares: Record<string, number> = {};
    for (const x of s.attributes) {
      if (x.kind === 'category') for (const v of x.values) shares[`${x.name}=${v.value}`] = 0;
      if (x.kind === 'flag') shares[x.name] = 0;
    }
    attributes[s.id] = { respondents: 0, shares };
  }
  const bySector = new Map(model.sectors.map((s) => [s.id, s]));
  graph.forEachNode((node, a) => {
    const s = (sectors[a.sector] ??= { nodes: 0, isolates: 0, inGiant: 0, meanDegree: 0 });
    s.nodes++;
    const d = graph.degree(node);
    s.meanDegree += d;
    if (d === 0) s.isolates++;
    const spec = bySector.get(a.sector);
    if (!spec) return;
    const at = attributes[a.sector]!;
    const r = spec.respondents;
    at.respondents += r?.nesting === 'many-per-node' && r.attribute ? Number(a[r.attribute] ?? 0) : r ? 1 : 0;
    for (const x of spec.attributes)
      if (x.kind === 'category' || x.kind === 'flag') {
        const key = x.kind === 'flag' ? (a[x.name] ? x.name : '') : `${x.name}=${String(a[x.name])}`;
        if (key) at.shares[key] = (at.shares[key] ?? 0) + 1;
      }
  });
  for (const [id, s] of Object.entries(sectors)) {
    if (attributes[id]) for (const k of Object.keys(attributes[id]!.shares)) attributes[id]!.shares[k]! /= s.nodes || 1;
    s.meanDegree = s.nodes ? s.meanDegree / s.nodes : 0;
  }
  graph.forEachEdge((_e, a) => {
    const t = (ties[a.type] ??= { edges: 0, weight: 0 });
    t.edges++;
    t.weight += a.weight;
  });
  const components = connectedComponents(graph);
  let giant: string[] = [];
  for (const c of components) if (c.length > giant.length) giant = c;
  for (const node of giant) sectors[graph.getNodeAttribute(node, 'sector')]!.inGiant++;
  return { nodes: graph.order, edges: graph.size, sectors, ties, components: components.length, giantShare: graph.order ? giant.length / graph.order : 0, attributes };
}
