import type Graph from 'graphology';
import { mean } from 'simple-statistics';
import { createRng } from '../random/index.js';
import { attributeAssortativity } from './assortativity.js';
import { bridgesAndArticulationPoints } from './bridges.js';
import { burt } from './burt.js';
import { freemanCentralization } from './centralization.js';
import { components } from './components.js';
import { pathMetrics, resolveMetricsOptions } from './compute-metrics.js';
import { toCsr, type Csr } from './csr.js';
import { csrOfArrays, type NetworkArrays } from './network-arrays.js';
import { gini } from './gini.js';
import { hopsToNearest } from './hops.js';
import { louvainCommunities } from './louvain.js';
import { modularity } from './modularity.js';
import { sectorMixing } from './sector-mixing.js';

/**
 * Network figures by family, each declaring the computations it needs, so that an ensemble
 * computes only the union of what its requested figures need (a sweep of connectivity figures
 * never runs Brandes or Louvain). The values are exactly those `computeMetrics` reports (the
 * same functions on the same inputs, in the same order): tests/metrics/figure-registry.test.ts.
 */

/** Every network metric of one network as a flat record, the unit an ensemble summarizes. */
export type Figures = Record<string, number>;

/** A computation figures can need; each runs at most once per network. */
export type Requirement = 'components' | 'hops' | 'cuts' | 'louvain' | 'mixing' | 'paths' | 'burt';

/** The figure families, with what each needs (beyond the CSR and the sector codes, always built). */
export const FIGURE_FAMILIES = {
  /** nodes, edges, total_weight, density, ties.<type> */
  size: [],
  /** centralization_degree, mean_degree.<sector>, mean_strength.<sector>, gini_strength.<sector> */
  degree: [],
  /** components, giant_share, isolate_share, giant_share.<sector>, isolate_share.<sector>, reach_2|3.<sector> */
  connectivity: ['components', 'hops'],
  /** bridges, articulation_points (counts) */
  cuts: ['cuts'],
  /** communities, modularity (Louvain, seeded) */
  communities: ['louvain'],
  /** sector_assortativity, ei_index.<sector> */
  mixing: ['mixing'],
  /** centralization_betweenness, mean_betweenness.<sector> */
  betweenness: ['paths'],
  /** mean_harmonic.<sector> */
  harmonic: ['paths'],
  /** mean_constraint.<sector> */
  constraint: ['burt'],
} as const satisfies Record<string, readonly Requirement[]>;

/** A family of network figures computed together (`size`, `degree`, `connectivity`, `cuts`, `communities`, `mixing`, `betweenness`, `harmonic`, `constraint`). */
export type FigureFamily = keyof typeof FIGURE_FAMILIES;

/** Every family, in report order. */
export const ALL_FIGURE_FAMILIES = Object.keys(FIGURE_FAMILIES) as FigureFamily[];

/** The union of the computations the families need, in a fixed order. */
export function requirementsOf(families: readonly FigureFamily[]): Requirement[] {
  const wanted = new Set<Requirement>(families.flatMap((f) => FIGURE_FAMILIES[f]));
  return (['components', 'hops', 'cuts', 'louvain', 'mixing', 'paths', 'burt'] as const).filter((r) => wanted.has(r));
}

export interface FigureOptions {
  /** Seeds Louvain and the betweenness pivots. */
  seed: number;
  /** Betweenness pivots (null: exact). */
  betweennessSamples: number | null;
  /** The model's tie types, counted by the size family (edge attribute `type`). */
  tieTypes: readonly string[];
  /** Sectors in this order first (the model's), then any others found, sorted. */
  sectorOrder: readonly string[];
  /** The sector reach is measured from (null: no reach figures). */
  reachFrom: string | null;
}

/** What the figures read: always the CSR and sectors; the rest only when a family declared it. */
interface Context {
  readonly csr: Csr;
  /** Adds each edge's tie type to `counts` (by name), in edge order. */
  readonly countTies: (counts: Record<string, number>) => void;
  readonly sectors: readonly string[];
  readonly code: Int32Array;
  readonly members: readonly number[][];
  readonly degree: Int32Array;
  readonly options: FigureOptions;
  components?: { id: Int32Array; sizes: number[] };
  hops?: Int32Array[];
  cuts?: { bridges: number; articulation: number };
  louvain?: { communities: number; modularity: number };
  mixing?: { eiIndex: number[]; assortativity: number };
  paths?: { betweenness: Float64Array; harmonic: Float64Array };
  burt?: Float64Array;
}

const COMPUTE: Record<Requirement, (c: Context) => void> = {
  components: (c) => (c.components = components(c.csr)),
  hops: (c) => (c.hops = c.sectors.map((_, s) => hopsToNearest(c.csr, (i) => c.code[i] === s))),
  cuts: (c) => {
    const cut = bridgesAndArticulationPoints(c.csr);
    c.cuts = { bridges: cut.bridges.length, articulation: cut.articulation.length };
  },
  louvain: (c) => {
    const community = louvainCommunities(c.csr, createRng(c.options.seed), 1);
    c.louvain = { communities: new Set(community).size, modularity: modularity(c.csr, community, 1) };
  },
  mixing: (c) => {
    const { n, offsets, targets } = c.csr;
    const edges: [number, number][] = [];
    for (let i = 0; i < n; i++) for (let k = offsets[i]!; k < offsets[i + 1]!; k++) if (i < targets[k]!) edges.push([i, targets[k]!]);
    c.mixing = {
      eiIndex: Array.from(sectorMixing(c.csr, c.code, c.sectors.length).eiIndex),
      assortativity: c.sectors.length > 0 ? attributeAssortativity(edges, c.code, c.sectors.length) : NaN,
    };
  },
  paths: (c) => (c.paths = pathMetrics(c.csr, resolveMetricsOptions({ seed: c.options.seed, betweennessSamples: c.options.betweennessSamples }))),
  burt: (c) => (c.burt = burt(c.csr).constraint),
};

/** A value the family declared; a family reading what it did not declare is a bug, caught here. */
function need<K extends Requirement>(c: Context, key: K): NonNullable<Context[K]> {
  const v = c[key];
  if (v === undefined) throw new Error(`figure registry: "${key}" read but not declared`);
  return v as NonNullable<Context[K]>;
}

const num = (x: number): number => (Number.isFinite(x) ? x : NaN);

/** The mean of the finite values (NaN if none), as the metrics report's sector summaries take it. */
function finiteMean(c: Context, s: number, value: (i: number) => number): number {
  const xs = c.members[s]!.map(value).filter((v) => Number.isFinite(v));
  return xs.length ? mean(xs) : NaN;
}

/** Writes a family's figures into `f`. */
const FIGURES: Record<FigureFamily, (c: Context, f: Figures) => void> = {
  size: (c, f) => {
    const { n, m, strength } = c.csr;
    let total = 0;
    for (let i = 0; i < n; i++) total += strength[i]!;
    f.nodes = n;
    f.edges = m;
    f.total_weight = total / 2;
    f.density = n > 1 ? m / ((n * (n - 1)) / 2) : 0;
    const ties: Record<string, number> = Object.fromEntries(c.options.tieTypes.map((t) => [t, 0]));
    c.countTies(ties);
    for (const t of c.options.tieTypes) f[`ties.${t}`] = ties[t]!;
  },
  degree: (c, f) => {
    f.centralization_degree = num(freemanCentralization(c.degree, 'degree'));
    c.sectors.forEach((s, si) => {
      f[`mean_degree.${s}`] = finiteMean(c, si, (i) => c.degree[i]!);
      f[`mean_strength.${s}`] = finiteMean(c, si, (i) => c.csr.strength[i]!);
      const xs = c.members[si]!.map((i) => c.csr.strength[i]!).filter((v) => Number.isFinite(v));
      f[`gini_strength.${s}`] = xs.length ? gini(xs) : NaN;
    });
  },
  connectivity: (c, f) => {
    const { id, sizes } = need(c, 'components');
    const hops = need(c, 'hops');
    const n = c.csr.n;
    const giant = sizes[0] ?? 0;
    let isolates = 0;
    for (let i = 0; i < n; i++) if (c.degree[i] === 0) isolates++;
    f.components = sizes.length;
    f.giant_share = n ? giant / n : 0;
    f.isolate_share = n ? isolates / n : 0;
    const fromIndex = c.options.reachFrom === null ? -1 : c.sectors.indexOf(c.options.reachFrom);
    if (fromIndex >= 0) {
      const from = c.members[fromIndex]!;
      c.sectors.forEach((s, si) => {
        if (si === fromIndex) return;
        const h = hops[si]!;
        const within = (k: number) => from.filter((i) => h[i]! >= 0 && h[i]! <= k).length / from.length;
        f[`reach_2.${s}`] = within(2);
        f[`reach_3.${s}`] = within(3);
      });
    }
    c.sectors.forEach((s, si) => {
      const members = c.members[si]!;
      const inGiant = members.filter((i) => id[i] === 0 && giant > 1).length;
      const iso = members.filter((i) => c.degree[i] === 0).length;
      f[`giant_share.${s}`] = members.length ? inGiant / members.length : NaN;
      f[`isolate_share.${s}`] = members.length ? iso / members.length : NaN;
    });
  },
  cuts: (c, f) => {
    const cut = need(c, 'cuts');
    f.bridges = cut.bridges;
    f.articulation_points = cut.articulation;
  },
  communities: (c, f) => {
    const l = need(c, 'louvain');
    f.communities = l.communities;
    f.modularity = l.modularity;
  },
  mixing: (c, f) => {
    const mx = need(c, 'mixing');
    f.sector_assortativity = num(mx.assortativity);
    c.sectors.forEach((s, si) => (f[`ei_index.${s}`] = num(mx.eiIndex[si]!)));
  },
  betweenness: (c, f) => {
    const { betweenness } = need(c, 'paths');
    f.centralization_betweenness = num(freemanCentralization(betweenness, 'betweenness'));
    c.sectors.forEach((s, si) => (f[`mean_betweenness.${s}`] = finiteMean(c, si, (i) => betweenness[i]!)));
  },
  harmonic: (c, f) => {
    const { harmonic } = need(c, 'paths');
    c.sectors.forEach((s, si) => (f[`mean_harmonic.${s}`] = finiteMean(c, si, (i) => harmonic[i]!)));
  },
  constraint: (c, f) => {
    const constraint = need(c, 'burt');
    c.sectors.forEach((s, si) => (f[`mean_constraint.${s}`] = finiteMean(c, si, (i) => constraint[i]!)));
  },
};

/**
 * The figures of `families` for one network, computing only the union of what they need.
 * Unknown families are rejected by the caller's schema; here they are a bug.
 */
export function computeFigures(graph: Graph, families: readonly FigureFamily[], options: FigureOptions): Figures {
  checkFamilies(families);
  const csr = toCsr(graph);
  // Sector names interned in node order; −1: no sector.
  const names: string[] = [];
  const codeOf = new Map<string, number>();
  const raw = new Int32Array(csr.n);
  csr.ids.forEach((id, i) => {
    const s = graph.getNodeAttribute(id, 'sector');
    if (typeof s !== 'string' || s === '') return void (raw[i] = -1);
    let k = codeOf.get(s);
    if (k === undefined) codeOf.set(s, (k = names.push(s) - 1));
    raw[i] = k;
  });
  const countTies = (ties: Record<string, number>) => graph.forEachEdge((_e, a) => (ties[a.type] = (ties[a.type] ?? 0) + 1));
  return figuresOf(csr, names, raw, countTies, families, options);
}

/**
 * The figures of `families` for a network given as plain arrays (what an ensemble draws), with
 * no graph built: the same values, bit for bit, as `computeFigures` on the graph the arrays
 * stand for (tests/metrics/figure-arrays.test.ts).
 */
export function computeFiguresOfArrays(net: NetworkArrays, families: readonly FigureFamily[], options: FigureOptions): Figures {
  checkFamilies(families);
  const csr = csrOfArrays(net);
  const countTies = (ties: Record<string, number>) => {
    const perType = new Int32Array(net.typeNames.length);
    for (let e = 0; e < net.type.length; e++) perType[net.type[e]!]!++;
    net.typeNames.forEach((t, k) => {
      if (perType[k]! > 0) ties[t] = (ties[t] ?? 0) + perType[k]!;
    });
  };
  return figuresOf(csr, net.sectorNames, net.sector, countTies, families, options);
}

function checkFamilies(families: readonly FigureFamily[]): void {
  for (const family of families) if (!(family in FIGURE_FAMILIES)) throw new Error(`figure registry: unknown figure family "${family}"`);
}

/** The figures from a CSR and raw sector codes into `names` (−1 or an empty name: no sector). */
function figuresOf(csr: Csr, names: readonly string[], raw: Int32Array, countTies: Context['countTies'], families: readonly FigureFamily[], options: FigureOptions): Figures {
  const present = new Uint8Array(names.length);
  for (let i = 0; i < csr.n; i++) if (raw[i]! >= 0 && names[raw[i]!] !== '') present[raw[i]!] = 1;
  const found = new Set(names.filter((_, k) => present[k]));
  const sectors = [...options.sectorOrder.filter((s) => found.has(s)), ...[...found].filter((s) => !options.sectorOrder.includes(s)).sort()];
  const final = Int32Array.from(names, (s, k) => (present[k] ? sectors.indexOf(s) : -1));
  const code = new Int32Array(csr.n);
  for (let i = 0; i < csr.n; i++) code[i] = raw[i]! >= 0 ? final[raw[i]!]! : -1;
  const members: number[][] = sectors.map(() => []);
  for (let i = 0; i < csr.n; i++) if (code[i]! >= 0) members[code[i]!]!.push(i);
  const degree = new Int32Array(csr.n);
  for (let i = 0; i < csr.n; i++) degree[i] = csr.offsets[i + 1]! - csr.offsets[i]!;
  const context: Context = { csr, countTies, sectors, code, members, degree, options };
  for (const r of requirementsOf(families)) COMPUTE[r](context);
  const f: Figures = {};
  for (const family of ALL_FIGURE_FAMILIES) if (families.includes(family)) FIGURES[family](context, f);
  return inReportOrder(f, sectors);
}

/** Network-wide figures in the order reports list them; then tie counts, reach, and figures by sector. */
const NETWORK_ORDER = ['nodes', 'edges', 'total_weight', 'density', 'components', 'giant_share', 'isolate_share', 'bridges', 'articulation_points', 'communities', 'modularity', 'sector_assortativity', 'centralization_degree', 'centralization_betweenness'];
const SECTOR_ORDER = ['giant_share', 'isolate_share', 'ei_index', 'mean_degree', 'mean_strength', 'gini_strength', 'mean_betweenness', 'mean_harmonic', 'mean_constraint'];

/** The figures with their keys in report order (the column order of a sweep's CSV). */
function inReportOrder(f: Figures, sectors: readonly string[]): Figures {
  const rank = (key: string): number => {
    const at = NETWORK_ORDER.indexOf(key);
    if (at >= 0) return at;
    if (key.startsWith('ties.')) return 100;
    if (key.startsWith('reach_')) return 200;
    const dot = key.indexOf('.');
    return 1000 + 100 * sectors.indexOf(key.slice(dot + 1)) + SECTOR_ORDER.indexOf(key.slice(0, dot));
  };
  const keys = Object.keys(f);
  const position = new Map(keys.map((k, i) => [k, i]));
  keys.sort((a, b) => rank(a) - rank(b) || position.get(a)! - position.get(b)!);
  return Object.fromEntries(keys.map((k) => [k, f[k]!]));
}
