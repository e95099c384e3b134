import { connectedComponents } from 'graphology-components';
import type { CollabGraph } from '../generator/generate.js';
import { SECTORS, TIE_TYPES, type Sector, type TieType } from '../generator/sectors.js';

/** Headline figures of one network: sizes, tie counts, isolates and the giant component. */
export interface NetworkSummary {
  readonly nodes: number;
  readonly edges: number;
  readonly sectors: Readonly<Record<Sector, { readonly nodes: number; readonly isolates: number; readonly inGiant: number; readonly meanDegree: number }>>;
  readonly ties: Readonly<Record<TieType, { readonly edges: number; readonly weight: number }>>;
  readonly components: number;
  /** Share of all nodes in the largest connected component. */
  readonly giantShare: number;
  readonly hospitals: { readonly tertiary: number; readonly aiDepartment: number; readonly clinicians: number };
}

/** Computes the headline figures of a generated network. Pure. */
export function summarizeNetwork(graph: CollabGraph): NetworkSummary {
  const sectors = Object.fromEntries(SECTORS.map((s) => [s, { nodes: 0, isolates: 0, inGiant: 0, meanDegree: 0 }])) as Record<Sector, { nodes: number; isolates: number; inGiant: number; meanDegree: number }>;
  const ties = Object.fromEntries(TIE_TYPES.map((t) => [t, { edges: 0, weight: 0 }])) as Record<TieType, { edges: number; weight: number }>;
  const hospitals = { tertiary: 0, aiDepartment: 0, clinicians: 0 };
  graph.forEachNode((node, a) => {
    const s = sectors[a.sector];
    s.nodes++;
    const d = graph.degree(node);
    s.meanDegree += d;
    if (d === 0) s.isolates++;
    if (a.sector === 'hospital') {
      if (a.tier === 'tertiary') hospitals.tertiary++;
      if (a.aiDepartment) hospitals.aiDepartment++;
      hospitals.clinicians += a.clinicians ?? 0;
    }
  });
  for (const s of Object.values(sectors)) s.meanDegree = s.nodes ? s.meanDegree / s.nodes : 0;
  graph.forEachEdge((_e, a) => {
    ties[a.type].edges++;
    ties[a.type].weight += a.weight;
  });
  const components = connectedComponents(graph);
  let giant: string[] = [];
  for (const c of components) if (c.length > giant.length) giant = c;
  for (const node of giant) sectors[graph.getNodeAttribute(node, 'sector')].inGiant++;
  return {
    nodes: graph.order,
    edges: graph.size,
    sectors,
    ties,
    components: components.length,
    giantShare: graph.order ? giant.length / graph.order : 0,
    hospitals,
  };
}
