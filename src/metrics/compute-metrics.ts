import type Graph from 'graphology';
import { mean } from 'simple-statistics';
import { createRng, deriveSeed, shuffleInPlace } from '../random/index.js';
import { attributeAssortativity } from './assortativity.js';
import { bridgesAndArticulationPoints } from './bridges.js';
import { betweennessCosts, MAX_SAMPLED_PAIRS, sampledBetweenness, smallestEpsilon } from './betweenness-sampled.js';
import { OptionError } from '../errors.js';
import { checkNumberOption, checkOptionKeys } from '../options.js';
import { pathCentralities } from './brandes.js';
import { foldedPathCentralities } from './brandes-folded.js';
import { burt } from './burt.js';
import { freemanCentralization } from './centralization.js';
import { components } from './components.js';
import { toCsr } from './csr.js';
import { DEFAULT_EIGENVECTOR_OPTIONS, eigenvectorCentrality, resolveEigenvectorOptions, type EigenvectorOptions } from './eigenvector.js';
import { giniSorted } from './gini.js';
import { harmonicCloseness } from './harmonic-closeness.js';
import { sampledHarmonic } from './harmonic-sampled.js';
import { hopsToNearest } from './hops.js';
import { louvainCommunities } from './louvain.js';
import { modularity } from './modularity.js';
import { NUMERIC_NODE_METRICS, type NodeRow, type NumericNodeMetric } from './node-columns.js';
import { DEFAULT_PAGERANK_OPTIONS, pagerank, resolvePageRankOptions, type PageRankOptions } from './pagerank.js';
import { sectorMixing } from './sector-mixing.js';

/** The weight convention, stated once for every report. */
export const WEIGHT_CONVENTION = 'weight = collaboration strength (larger is stronger); path length = 1/weight';


export interface MetricsOptions {
  /** Seed of the PRNG Louvain draws from. */
  seed: number;
  /** How many top nodes each sector summary lists. */
  topK: number;
  weightAttribute: string;
  sectorAttribute: string;
  /** Sectors listed first, in this order (a spec's); other sector values found in the graph follow, sorted. */
  sectorOrder: readonly string[];
  /** Reach (share within 2 and 3 hops of each other sector) is measured from this sector's nodes; null: not measured. */
  reachFrom: string | null;
  /** Louvain resolution γ. */
  resolution: number;
  pagerank: PageRankOptions;
  eigenvector: EigenvectorOptions;
  /**
   * null: exact betweenness and harmonic closeness (every node a source). A number k: k uniform
   * random pivot sources among the non-isolated nodes (Brandes & Pich 2007), unbiased for
   * betweenness; harmonic closeness is then known for the pivots only and sector means use them.
   */
  betweennessSamples: number | null;
  /**
   * null: as `betweennessSamples` says. A number ε in (0, 1): betweenness from uniformly sampled
   * node pairs (Riondato & Kornaropoulos 2016), every node within ±ε of its exact value with
   * probability 1 − `betweennessDelta`; harmonic closeness is then exact for every node, computed
   * on the 2-core and its pendant trees. Takes precedence over `betweennessSamples`.
   */
  betweennessEpsilon: number | null;
  /** Failure probability of the ±ε guarantee. */
  betweennessDelta: number;
  /**
   * Only with `betweennessEpsilon`: null keeps harmonic closeness exact; a number ε in (0, 1)
   * estimates it from uniformly sampled sources, every node within ±ε·w_max·n of exact with
   * probability 1 − `betweennessDelta` (src/metrics/harmonic-sampled.ts). For national scale,
   * where exact harmonic closeness grows with the square of the giant component.
   */
  harmonicEpsilon: number | null;
}

export const DEFAULT_METRICS_OPTIONS: MetricsOptions = {
  betweennessSamples: null,
  betweennessEpsilon: null,
  betweennessDelta: 0.1,
  harmonicEpsilon: null,
  seed: 1,
  topK: 10,
  weightAttribute: 'weight',
  sectorAttribute: 'sector',
  sectorOrder: [],
  reachFrom: null,
  resolution: 1,
  pagerank: DEFAULT_PAGERANK_OPTIONS,
  eigenvector: DEFAULT_EIGENVECTOR_OPTIONS,
};

/**
 * Merges partial options over the defaults and checks every one: an `OptionError` names the
 * option and what it accepts (e.g. `computeMetrics: betweennessSamples: expected null or an
 * integer ≥ 1, got -1`).
 */
export function resolveMetricsOptions(options: Partial<Omit<MetricsOptions, 'pagerank' | 'eigenvector'>> & { pagerank?: Partial<PageRankOptions>; eigenvector?: Partial<EigenvectorOptions> } = {}): MetricsOptions {
  const fn = 'computeMetrics';
  checkOptionKeys(fn, options, Object.keys(DEFAULT_METRICS_OPTIONS));
  const o: MetricsOptions = {
    ...DEFAULT_METRICS_OPTIONS,
    ...options,
    pagerank: resolvePageRankOptions(options.pagerank, `${fn}: pagerank`),
    eigenvector: resolveEigenvectorOptions(options.eigenvector, `${fn}: eigenvector`),
  };
  checkNumberOption(fn, 'seed', o.seed, { min: -2147483648, max: 4294967295, integer: true });
  checkNumberOption(fn, 'topK', o.topK, { min: 0, integer: true });
  checkNumberOption(fn, 'resolution', o.resolution, { min: 0, minOpen: true, max: 1e6 });
  for (const key of ['weightAttribute', 'sectorAttribute'] as const)
    if (typeof o[key] !== 'string' || o[key] === '') throw new OptionError(fn, key, 'a non-empty string (an attribute name)', o[key]);
  if (o.betweennessSamples !== null && !(Number.isInteger(o.betweennessSamples) && o.betweennessSamples >= 1))
    throw new OptionError(fn, 'betweennessSamples', 'null (exact) or an integer ≥ 1', o.betweennessSamples);
  if (o.betweennessEpsilon !== null && !(typeof o.betweennessEpsilon === 'number' && o.betweennessEpsilon > 0 && o.betweennessEpsilon < 1))
    throw new OptionError(fn, 'betweennessEpsilon', 'null (not sampled) or a number in (0, 1)', o.betweennessEpsilon);
  checkNumberOption(fn, 'betweennessDelta', o.betweennessDelta, { min: 0, max: 1, minOpen: true, maxOpen: true });
  return o;
}

/** A node metric summarized over a sector: mean, median, maximum, Gini. */
export interface Summary {
  readonly mean: number;
  readonly median: number;
  readonly max: number;
  readonly gini: number;
}

/** A sector's part of a metrics report: counts, shares in the giant component and isolated, E-I index, summaries of each node metric, top nodes. */
export interface SectorReport {
  readonly nodes: number;
  readonly isolates: number;
  readonly isolateShare: number;
  readonly inGiant: number;
  readonly giantShare: number;
  readonly eiIndex: number | null;
  readonly metrics: Readonly<Record<NumericNodeMetric, Summary>>;
  readonly top: readonly { readonly id: string; readonly betweenness: number; readonly strength: number }[];
}

/** The network-wide figures of a metrics report: size, components, reach, bridges, communities, mixing, centralization, how betweenness was computed. */
export interface NetworkReport {
  readonly weightConvention: string;
  readonly nodes: number;
  readonly edges: number;
  readonly totalWeight: number;
  readonly density: number;
  readonly components: number;
  readonly giantSize: number;
  readonly giantShare: number;
  readonly isolates: number;
  readonly isolateShare: number;
  /** Whether every figure by sector could be computed (the graph has a `sector` attribute). */
  readonly sectorsAvailable: boolean;
  readonly sectors: readonly string[];
  /** Share of `reachFrom` nodes reaching a node of each other sector within 2 and 3 hops (null when not asked or absent). */
  readonly reach: { readonly from: string; readonly to: Readonly<Record<string, { readonly within2: number; readonly within3: number }>> } | null;
  readonly density_by_sector_pair: readonly { readonly a: string; readonly b: string; readonly ties: number; readonly density: number | null }[];
  readonly bridges: readonly [string, string][];
  readonly articulationPoints: readonly string[];
  readonly louvain: { readonly seed: number; readonly resolution: number; readonly communities: number; readonly modularity: number };
  readonly sectorAssortativity: number | null;
  readonly centralization: { readonly degree: number | null; readonly betweenness: number | null };
  readonly pagerank: { readonly iterations: number; readonly converged: boolean };
  readonly eigenvector: { readonly iterations: number; readonly converged: boolean; readonly note: string };
  /** How betweenness (and harmonic closeness) were computed, and the guarantee if sampled. */
  readonly betweenness: BetweennessMethod;
}

/** How betweenness was computed. */
export type BetweennessMethod =
  | {
      readonly method: 'exact';
      /** Set when sampling was asked for (±epsilon) but its pairs would cost more than the exact computation. */
      readonly requested?: { readonly epsilon: number; readonly delta: number; /** null: more than any finite count (ε underflows). */ readonly samples: number | null };
      readonly note?: string;
    }
  | { readonly method: 'pivots'; readonly pivots: number; readonly note: string }
  | {
      readonly method: 'sampled-pairs';
      readonly epsilon: number;
      readonly delta: number;
      readonly samples: number;
      readonly vertexDiameterBound: number;
      readonly note: string;
      /** Present when harmonic closeness was sampled too. */
      readonly harmonic?: { readonly epsilon: number; readonly samples: number; readonly absoluteError: number };
    };

/** Every metric of a network: the network's figures, a summary per sector, and one row per node. */
export interface MetricsReport {
  readonly network: NetworkReport;
  readonly sectors: Readonly<Record<string, SectorReport>> | null;
  readonly nodes: readonly NodeRow[];
}

const finite = (x: number): number | null => (Number.isFinite(x) ? x : null);

/** Uniform random pivots among the non-isolated nodes (seeded), or all sources when `samples` is null or covers them. */
function pivotSources(csr: ReturnType<typeof toCsr>, samples: number | null, seed: number): { sources?: Int32Array; sourceScale?: number } {
  if (samples === null) return {};
  const eligible: number[] = [];
  for (let i = 0; i < csr.n; i++) if (csr.offsets[i + 1]! > csr.offsets[i]!) eligible.push(i);
  if (samples >= eligible.length) return {};
  const rng = createRng(deriveSeed(seed, 'betweenness-pivots'));
  shuffleInPlace(eligible, rng);
  const sources = Int32Array.from(eligible.slice(0, samples)).sort();
  return { sources, sourceScale: eligible.length / samples };
}

const fmtCost = (x: number) => (Number.isFinite(x) ? Number(x.toPrecision(2)).toLocaleString('en-US') : '∞');

/** Betweenness and harmonic closeness with the method that computed them (what `pathMetrics` returns). */
export interface PathMetrics {
  readonly betweenness: Float64Array;
  readonly harmonic: Float64Array;
  readonly method: BetweennessMethod;
}

/**
 * The method to report when the options make `pathMetrics` compute exact betweenness and harmonic
 * closeness (`foldedPathCentralities`); null when they sample. Lets a caller compute the exact
 * values elsewhere (on worker threads) and hand them to `computeMetrics`.
 */
export function exactPathMethod(csr: ReturnType<typeof toCsr>, opts: MetricsOptions): Extract<BetweennessMethod, { method: 'exact' }> | null {
  if (opts.betweennessEpsilon !== null) {
    const cost = betweennessCosts(csr, { epsilon: opts.betweennessEpsilon, delta: opts.betweennessDelta });
    if (cost.sampledCost < cost.exactCost) return null;
    // Sampling would be slower than the exact computation (a small ε on a small network): compute exactly.
    const pairs = Number.isFinite(cost.samples) ? cost.samples.toLocaleString('en-US') : 'unboundedly many';
    return {
      method: 'exact',
      requested: { epsilon: opts.betweennessEpsilon, delta: opts.betweennessDelta, samples: Number.isFinite(cost.samples) ? cost.samples : null },
      note: `computed exactly: ±${opts.betweennessEpsilon} needs ${pairs} node pairs, which cost more than exact betweenness on this network (estimated ${fmtCost(cost.sampledCost)} against ${fmtCost(cost.exactCost)} steps)`,
    };
  }
  return pivotSources(csr, opts.betweennessSamples, opts.seed).sources ? null : { method: 'exact' };
}

/** Betweenness and harmonic closeness by the method the options ask for. */
export function pathMetrics(csr: ReturnType<typeof toCsr>, opts: MetricsOptions): PathMetrics {
  const exact = exactPathMethod(csr, opts);
  if (exact) return { ...foldedPathCentralities(csr), method: exact };
  if (opts.betweennessEpsilon !== null) {
    const cost = betweennessCosts(csr, { epsilon: opts.betweennessEpsilon, delta: opts.betweennessDelta });
    if (cost.samples > MAX_SAMPLED_PAIRS)
      throw new OptionError(
        'computeMetrics',
        'betweennessEpsilon',
        '',
        opts.betweennessEpsilon,
        `computeMetrics: betweennessEpsilon: ±${opts.betweennessEpsilon} needs ${cost.samples.toLocaleString('en-US')} node pairs on this network, more than the ${MAX_SAMPLED_PAIRS.toLocaleString('en-US')} one computation holds, and exact betweenness costs even more; expected ε ≥ ${smallestEpsilon(cost.vertexDiameterBound, csr.n, opts.betweennessDelta, 0.5)}`,
      );
    const s = sampledBetweenness(csr, createRng(deriveSeed(opts.seed, 'betweenness-pairs')), { epsilon: opts.betweennessEpsilon, delta: opts.betweennessDelta });
    if (opts.harmonicEpsilon !== null) {
      const h = sampledHarmonic(csr, createRng(deriveSeed(opts.seed, 'harmonic-sources')), opts.harmonicEpsilon, opts.betweennessDelta);
      return {
        betweenness: s.betweenness,
        harmonic: h.harmonic,
        method: {
          method: 'sampled-pairs',
          epsilon: s.epsilon,
          delta: s.delta,
          samples: s.samples,
          vertexDiameterBound: s.vertexDiameterBound,
          harmonic: { epsilon: h.epsilon, samples: h.samples, absoluteError: h.absoluteError },
          note: `Riondato & Kornaropoulos (2016): ${s.samples} uniform node pairs, one uniform shortest path each; every node within ±${s.epsilon} of exact with probability ≥ ${1 - s.delta}; harmonic closeness from ${h.samples} uniform sources (Eppstein & Wang 2004, Hoeffding): every node within ±${h.absoluteError.toPrecision(3)} (ε·w_max·n, ε = ${h.epsilon}) with probability ≥ ${1 - h.delta}`,
        },
      };
    }
    return {
      betweenness: s.betweenness,
      harmonic: harmonicCloseness(csr),
      method: {
        method: 'sampled-pairs',
        epsilon: s.epsilon,
        delta: s.delta,
        samples: s.samples,
        vertexDiameterBound: s.vertexDiameterBound,
        note: `Riondato & Kornaropoulos (2016): ${s.samples} uniform node pairs, one uniform shortest path each; every node within ±${s.epsilon} of exact with probability ≥ ${1 - s.delta}; harmonic closeness exact`,
      },
    };
  }
  const pivots = pivotSources(csr, opts.betweennessSamples, opts.seed);
  const { betweenness, harmonic } = pathCentralities(csr, pivots);
  const count = pivots.sources!.length; // set: exactPathMethod returned null
  return {
    betweenness,
    harmonic,
    method: { method: 'pivots', pivots: count, note: `Brandes & Pich (2007): ${count} uniform pivot sources, unbiased, no per-node bound; harmonic closeness for the pivots only` },
  };
}

/**
 * Mean, median, max and Gini of the finite values of `source` at `members` (one sort serves the
 * median and the Gini coefficient; the mean sums in the members' order).
 */
function summarize(members: readonly number[], source: ArrayLike<number>): Summary {
  const xs: number[] = [];
  for (const i of members) {
    const v = source[i]!;
    if (Number.isFinite(v)) xs.push(v);
  }
  if (xs.length === 0) return { mean: NaN, median: NaN, max: NaN, gini: NaN };
  const sorted = Float64Array.from(xs).sort();
  const k = sorted.length;
  const middle = k % 2 === 1 ? sorted[(k - 1) / 2]! : (sorted[k / 2 - 1]! + sorted[k / 2]!) / 2;
  return { mean: mean(xs), median: middle, max: sorted[k - 1]!, gini: giniSorted(sorted) };
}

/**
 * Every node and network metric of collabnet on one graph (generated or imported). Pure: the
 * graph is read, never changed. Node metrics match NetworkX's definitions (see README).
 * `paths`, when given, are betweenness and harmonic closeness already computed on
 * `toCsr(graph, { weightAttribute })` as `pathMetrics` would (e.g. exact, on worker threads).
 */
export function computeMetrics(graph: Graph, options: Parameters<typeof resolveMetricsOptions>[0] = {}, paths?: PathMetrics): MetricsReport {
  const opts = resolveMetricsOptions(options);
  const csr = toCsr(graph, { weightAttribute: opts.weightAttribute });
  const { n, ids, offsets, targets } = csr;

  // Sectors: codes in canonical order; −1 for a node without one.
  const rawSector = ids.map((id) => {
    const s = graph.getNodeAttribute(id, opts.sectorAttribute);
    return typeof s === 'string' && s !== '' ? s : null;
  });
  const found = new Set(rawSector.filter((s): s is string => s !== null));
  const sectors = [...opts.sectorOrder.filter((s) => found.has(s)), ...[...found].filter((s) => !opts.sectorOrder.includes(s)).sort()];
  const code = new Int32Array(n).map((_, i) => (rawSector[i] === null ? -1 : sectors.indexOf(rawSector[i]!)));
  const sectorsAvailable = sectors.length > 0;

  const degree = new Int32Array(n).map((_, i) => offsets[i + 1]! - offsets[i]!);
  if (paths && (paths.betweenness.length !== n || paths.harmonic.length !== n))
    throw new RangeError(`computeMetrics: paths: expected betweenness and harmonic closeness for the graph's ${n} nodes, got ${paths.betweenness.length} and ${paths.harmonic.length}`);
  const { betweenness, harmonic, method } = paths ?? pathMetrics(csr, opts);
  const pr = pagerank(csr, opts.pagerank);
  const ev = eigenvectorCentrality(csr, opts.eigenvector);
  const { constraint, effectiveSize } = burt(csr);
  const comp = components(csr);
  const cut = bridgesAndArticulationPoints(csr);
  const community = louvainCommunities(csr, createRng(opts.seed), opts.resolution);
  const q = modularity(csr, community, opts.resolution);
  const hops = sectors.map((_, s) => hopsToNearest(csr, (i) => code[i] === s));

  // Rows as literals in NODE_COLUMNS' order (one object shape for every row), then the per-sector columns.
  const partnerKeys = sectors.map((s) => `partners_${s}`);
  const hopKeys = sectors.map((s) => `hops_${s}`);
  const partners = new Int32Array(sectors.length);
  const nodes: NodeRow[] = new Array(n);
  for (let i = 0; i < n; i++) {
    const label = graph.getNodeAttribute(ids[i]!, 'label');
    const row: NodeRow = {
      id: ids[i]!,
      sector: rawSector[i]!,
      degree: degree[i]!,
      strength: csr.strength[i]!,
      betweenness: betweenness[i]!,
      harmonic: finite(harmonic[i]!),
      pagerank: pr.scores[i]!,
      eigenvector: ev.scores[i]!,
      constraint: finite(constraint[i]!),
      effective_size: finite(effectiveSize[i]!),
      component: comp.id[i]!,
      isolated: degree[i] === 0,
      community: community[i]!,
      label: typeof label === 'string' ? label : null,
    };
    if (sectorsAvailable) {
      partners.fill(0);
      for (let k = offsets[i]!; k < offsets[i + 1]!; k++) {
        const s = code[targets[k]!]!;
        if (s >= 0) partners[s]!++;
      }
      for (let si = 0; si < sectors.length; si++) row[partnerKeys[si]!] = partners[si]!;
      for (let si = 0; si < sectors.length; si++) row[hopKeys[si]!] = code[i] === si || hops[si]![i]! < 0 ? null : hops[si]![i]!;
    }
    nodes[i] = row;
  }

  const giantSize = comp.sizes[0] ?? 0;
  const isolates = degree.reduce((s, d) => s + (d === 0 ? 1 : 0), 0);
  let totalWeight = 0;
  for (let i = 0; i < n; i++) totalWeight += csr.strength[i]!;
  totalWeight /= 2;

  const mixing = sectorMixing(csr, code, sectors.length);
  const pairs: { a: string; b: string; ties: number; density: number | null }[] = [];
  sectors.forEach((a, ai) => sectors.forEach((b, bi) => bi >= ai && pairs.push({ a, b, ties: mixing.ties[ai]![bi]!, density: finite(mixing.density[ai]![bi]!) })));

  const fromIndex = opts.reachFrom === null ? -1 : sectors.indexOf(opts.reachFrom);
  let reach: { from: string; to: Record<string, { within2: number; within3: number }> } | null = null;
  if (fromIndex >= 0) {
    reach = { from: opts.reachFrom!, to: {} };
    const from = [...code.keys()].filter((i) => code[i] === fromIndex);
    sectors.forEach((s, si) => {
      if (si === fromIndex) return;
      const h = hops[si]!;
      const within = (k: number) => from.filter((i) => h[i]! >= 0 && h[i]! <= k).length / from.length;
      reach!.to[s] = { within2: within(2), within3: within(3) };
    });
  }

  const edges: [number, number][] = [];
  for (let i = 0; i < n; i++) for (let k = offsets[i]!; k < offsets[i + 1]!; k++) if (i < targets[k]!) edges.push([i, targets[k]!]);

  const network: NetworkReport = {
    weightConvention: WEIGHT_CONVENTION,
    nodes: n,
    edges: csr.m,
    totalWeight,
    density: n > 1 ? csr.m / ((n * (n - 1)) / 2) : 0,
    components: comp.sizes.length,
    giantSize,
    giantShare: n ? giantSize / n : 0,
    isolates,
    isolateShare: n ? isolates / n : 0,
    sectorsAvailable,
    sectors,
    reach,
    density_by_sector_pair: pairs,
    bridges: cut.bridges.map(([u, v]) => [ids[u]!, ids[v]!] as [string, string]),
    articulationPoints: Array.from(cut.articulation, (i) => ids[i]!),
    louvain: { seed: opts.seed, resolution: opts.resolution, communities: new Set(community).size, modularity: q },
    sectorAssortativity: sectorsAvailable ? finite(attributeAssortativity(edges, code, sectors.length)) : null,
    centralization: { degree: finite(freemanCentralization(degree, 'degree')), betweenness: finite(freemanCentralization(betweenness, 'betweenness')) },
    pagerank: { iterations: pr.iterations, converged: pr.converged },
    eigenvector: {
      iterations: ev.iterations,
      converged: ev.converged,
      note: 'principal eigenvector of the whole weighted graph: non-zero only on the component with the largest eigenvalue',
    },
    betweenness: method,
  };

  // The numeric columns of the rows, read from the arrays they were written from.
  const column: Record<NumericNodeMetric, ArrayLike<number>> = {
    degree,
    strength: csr.strength,
    betweenness,
    harmonic,
    pagerank: pr.scores,
    eigenvector: ev.scores,
    constraint,
    effective_size: effectiveSize,
  };
  let sectorReports: Record<string, SectorReport> | null = null;
  if (sectorsAvailable) {
    sectorReports = {};
    sectors.forEach((s, si) => {
      const members = [...code.keys()].filter((i) => code[i] === si);
      const iso = members.filter((i) => degree[i] === 0).length;
      const inGiant = members.filter((i) => comp.id[i] === 0 && giantSize > 1).length;
      const metrics = Object.fromEntries(NUMERIC_NODE_METRICS.map((metric) => [metric, summarize(members, column[metric])])) as Record<NumericNodeMetric, Summary>;
      const top = [...members]
        .sort((a, b) => betweenness[b]! - betweenness[a]! || csr.strength[b]! - csr.strength[a]! || a - b)
        .slice(0, opts.topK)
        .map((i) => ({ id: ids[i]!, betweenness: betweenness[i]!, strength: csr.strength[i]! }));
      sectorReports![s] = {
        nodes: members.length,
        isolates: iso,
        isolateShare: members.length ? iso / members.length : NaN,
        inGiant,
        giantShare: members.length ? inGiant / members.length : NaN,
        eiIndex: finite(mixing.eiIndex[si]!),
        metrics,
        top,
      };
    });
  }

  return { network, sectors: sectorReports, nodes };
}
