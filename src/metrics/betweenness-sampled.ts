import { OptionError } from '../errors.js';
import { checkNumberOption, checkOptionKeys } from '../options.js';
import type { Rng } from '../random/index.js';
import { components } from './components.js';
import type { Csr } from './csr.js';
import { MinHeap } from './min-heap.js';
import { coreGraph, forEachInnerTreeNode, pendantForest } from './pendant-forest.js';
import { vertexDiameterBound } from './vertex-diameter.js';

/** Options of `sampledBetweenness`. */
export interface SampledBetweennessOptions {
  /** Largest additive error of any node's normalized betweenness. */
  epsilon: number;
  /** Probability that some node misses ±epsilon. */
  delta: number;
  /**
   * The constant c of the ε-sample bound (Löffler & Phillips 2009), ≈ 0.5 as Riondato &
   * Kornaropoulos use it. NetworKit defaults to 1 to be safe; pass 1 to double the samples.
   */
  universalConstant: number;
}

/**
 * Above this many nodes exact betweenness takes a minute or more: the explorer samples it
 * (ε = 0.01, δ = 0.1) and the CLI suggests `--betweenness-epsilon`.
 */
export const EXACT_BETWEENNESS_MAX_NODES = 20_000;

export const DEFAULT_SAMPLED_BETWEENNESS_OPTIONS: SampledBetweennessOptions = { epsilon: 0.01, delta: 0.1, universalConstant: 0.5 };

/**
 * Most node pairs one sampled computation draws: the pairs are held in memory (about 24 bytes
 * each). An ε that needs more, on a network where exact betweenness costs even more, is refused.
 */
export const MAX_SAMPLED_PAIRS = 10_000_000;

/** Merges partial options over the defaults; an `OptionError` names epsilon or delta outside (0, 1), or universalConstant ≤ 0. */
export function resolveSampledBetweennessOptions(options: Partial<SampledBetweennessOptions> = {}, fn = 'sampledBetweenness'): SampledBetweennessOptions {
  checkOptionKeys(fn, options, Object.keys(DEFAULT_SAMPLED_BETWEENNESS_OPTIONS));
  const o = { ...DEFAULT_SAMPLED_BETWEENNESS_OPTIONS, ...options };
  checkNumberOption(fn, 'epsilon', o.epsilon, { min: 0, max: 1, minOpen: true, maxOpen: true });
  checkNumberOption(fn, 'delta', o.delta, { min: 0, max: 1, minOpen: true, maxOpen: true });
  checkNumberOption(fn, 'universalConstant', o.universalConstant, { min: 0, minOpen: true, max: 1e6 });
  return o;
}

/** What sampling would cost on a graph against the exact computation, in units of about one edge relaxation. */
export interface BetweennessCosts {
  /** Pairs the ±ε guarantee needs (may be Infinity for a vanishing ε). */
  readonly samples: number;
  readonly vertexDiameterBound: number;
  /** ≈ 3 per pair drawn and walked, plus one core search (core nodes + core arcs) per distinct core source. */
  readonly sampledCost: number;
  /** ≈ Σ over components of size × (size + 2 × edges): one search from every node. */
  readonly exactCost: number;
}

/**
 * Estimates both costs without computing either. The constants were measured on generated
 * networks (scale 1 and 10): a pair drawn and walked ≈ 3 relaxations; with them the estimate
 * picks the faster method to within a few percent where both take the same time.
 */
export function betweennessCosts(csr: Csr, options: Partial<SampledBetweennessOptions> = {}): BetweennessCosts {
  const { epsilon, delta, universalConstant } = resolveSampledBetweennessOptions(options, 'betweennessCosts');
  const { n } = csr;
  const forest = pendantForest(csr);
  const comp = components(csr);
  const vd = n < 3 ? n : vertexDiameterBound(csr, comp.id, comp.sizes, forest);
  const samples = n < 3 ? 0 : riondatoKornaropoulosSamples(vd, (epsilon * (n - 2)) / n, delta, universalConstant);
  const edgesOf = new Float64Array(comp.sizes.length);
  let coreArcs = 0;
  for (let i = 0; i < n; i++) {
    edgesOf[comp.id[i]!]! += (csr.offsets[i + 1]! - csr.offsets[i]!) / 2;
    if (forest.core[i]) for (let k = csr.offsets[i]!; k < csr.offsets[i + 1]!; k++) if (forest.core[csr.targets[k]!]) coreArcs++;
  }
  let exactCost = 0;
  comp.sizes.forEach((size, c) => (exactCost += size * (size + 2 * edgesOf[c]!)));
  const core = forest.coreSize;
  const sampledCost = 3 * samples + Math.min(samples, core) * (core + coreArcs);
  return { samples, vertexDiameterBound: vd, sampledCost, exactCost };
}

/** Sampled betweenness and what its guarantee rests on. */
export interface SampledBetweenness {
  /** Normalized as `pathCentralities` (NetworkX's `normalized=True`). */
  readonly betweenness: Float64Array;
  readonly epsilon: number;
  readonly delta: number;
  /** Node pairs drawn. */
  readonly samples: number;
  /** Upper bound on the vertex diameter the sample size was computed from. */
  readonly vertexDiameterBound: number;
}

/**
 * Number of pairs Riondato & Kornaropoulos (2016, Thm. 2) draw so that every node's betweenness
 * (as a share of ordered pairs) is within ±ε with probability 1 − δ:
 * r = ⌈(c / ε²)(⌊log₂(VD − 2)⌋ + 1 + ln(1/δ))⌉. Zero when VD < 3 (no inner nodes exist).
 */
export function riondatoKornaropoulosSamples(vertexDiameter: number, epsilon: number, delta: number, universalConstant: number): number {
  if (vertexDiameter < 3) return 0;
  return Math.ceil((universalConstant / (epsilon * epsilon)) * (Math.floor(Math.log2(vertexDiameter - 2)) + 1 + Math.log(1 / delta)));
}

/** The smallest ε (rounded up to 2 significant digits) whose pair count fits MAX_SAMPLED_PAIRS. */
export function smallestEpsilon(vertexDiameter: number, n: number, delta: number, universalConstant: number): number {
  const perEps2 = universalConstant * (Math.floor(Math.log2(Math.max(1, vertexDiameter - 2))) + 1 + Math.log(1 / delta));
  const eps = (Math.sqrt(perEps2 / MAX_SAMPLED_PAIRS) * n) / Math.max(1, n - 2);
  const p = Math.pow(10, Math.floor(Math.log10(eps)) - 1);
  return +(Math.ceil(eps / p) * p).toPrecision(2);
}

/**
 * Betweenness with a guarantee, after Riondato & Kornaropoulos (2016), "Fast approximation of
 * betweenness centrality through sampling": draw r uniform ordered pairs (u, v), u ≠ v, pick
 * one shortest u–v path uniformly at random, and credit its inner nodes 1/r. With r from
 * `riondatoKornaropoulosSamples`, every node is within ±ε of its exact value with probability
 * ≥ 1 − δ. Path length = 1/weight, ties by exact float equality, as `pathCentralities`.
 *
 * Paths are found fast: tree parts of a path are walked along the pendant forest, and only the
 * part between two core nodes needs a Dijkstra search, on the 2-core, stopped once its
 * targets are settled (one search per source serves all pairs drawn from it).
 */
export function sampledBetweenness(csr: Csr, rng: Rng, options: Partial<SampledBetweennessOptions> = {}): SampledBetweenness {
  const { epsilon, delta, universalConstant } = resolveSampledBetweennessOptions(options);
  const { n } = csr;
  const betweenness = new Float64Array(n);
  if (n < 3) return { betweenness, epsilon, delta, samples: 0, vertexDiameterBound: n };
  const forest = pendantForest(csr);
  const comp = components(csr);
  const vd = vertexDiameterBound(csr, comp.id, comp.sizes, forest);
  // Our normalization is over (n−1)(n−2) ordered pairs, theirs over n(n−1): ours = theirs·n/(n−2),
  // so their ε is tightened by (n−2)/n for ours to meet ε.
  const r = riondatoKornaropoulosSamples(vd, (epsilon * (n - 2)) / n, delta, universalConstant);
  if (r > MAX_SAMPLED_PAIRS)
    throw new OptionError('sampledBetweenness', 'epsilon', `a larger ε: ±${epsilon} needs ${r.toLocaleString('en-US')} node pairs, more than the ${MAX_SAMPLED_PAIRS.toLocaleString('en-US')} held in memory`, epsilon, `sampledBetweenness: epsilon: ±${epsilon} needs ${r.toLocaleString('en-US')} node pairs on this network, more than the ${MAX_SAMPLED_PAIRS.toLocaleString('en-US')} one computation holds; expected ε ≥ ${smallestEpsilon(vd, n, delta, universalConstant)}`);
  const hits = new Float64Array(n);
  const credit = (v: number) => {
    hits[v]! += 1;
  };

  // Draw every pair first; tree parts are credited at once, core parts are queued.
  const coreSource: number[] = [];
  const coreTarget: number[] = [];
  const { root } = forest;
  for (let i = 0; i < r; i++) {
    const u = rng.int(n);
    let v = rng.int(n - 1);
    if (v >= u) v++;
    if (comp.id[u] !== comp.id[v]) continue;
    const ru = root[u]!;
    const rv = root[v]!;
    if (ru === rv) {
      forEachInnerTreeNode(forest, u, v, credit);
      continue;
    }
    // u climbs to its core root ru, v to rv; both roots are inner unless they are u or v.
    for (let x = u; x !== ru; ) {
      x = forest.parent[x]!;
      if (x !== ru) hits[x]! += 1;
    }
    for (let x = v; x !== rv; ) {
      x = forest.parent[x]!;
      if (x !== rv) hits[x]! += 1;
    }
    if (ru !== u) hits[ru]! += 1;
    if (rv !== v) hits[rv]! += 1;
    coreSource.push(ru);
    coreTarget.push(rv);
  }

  // A shortest u–v path read backwards is a shortest v–u path, and a uniform one stays uniform:
  // each pair is searched from whichever end is drawn more often (ties: the smaller index), so
  // the hubs' searches serve most pairs and fewer searches run (at ×100, 2,700 instead of 4,000).
  const drawn = new Int32Array(n);
  for (let i = 0; i < coreSource.length; i++) {
    drawn[coreSource[i]!]!++;
    drawn[coreTarget[i]!]!++;
  }
  for (let i = 0; i < coreSource.length; i++) {
    const a = coreSource[i]!;
    const b = coreTarget[i]!;
    if (drawn[b]! > drawn[a]! || (drawn[b] === drawn[a] && b < a)) {
      coreSource[i] = b;
      coreTarget[i] = a;
    }
  }
  // Core parts, grouped by source (sorted, so the walks' draws are reproducible).
  const order = coreSource.map((_, i) => i).sort((a, b) => coreSource[a]! - coreSource[b]! || a - b);
  const cg = coreGraph(csr, forest);
  const c = forest.coreSize;
  const dist = new Float64Array(c).fill(Infinity);
  const sigma = new Float64Array(c);
  const settled = new Uint8Array(c);
  const wanted = new Uint8Array(c);
  const touched = new Int32Array(c);
  const heap = new MinHeap(cg.offsets[c]! + 1);
  for (let g = 0; g < order.length; ) {
    const s = cg.local[coreSource[order[g]!]!]!;
    let end = g;
    let pending = 0;
    while (end < order.length && coreSource[order[end]!] === coreSource[order[g]!]) {
      const t = cg.local[coreTarget[order[end]!]!]!;
      if (!wanted[t]) {
        wanted[t] = 1;
        pending++;
      }
      end++;
    }
    let touchedCount = 0;
    dist[s] = 0;
    sigma[s] = 1;
    touched[touchedCount++] = s;
    heap.clear();
    heap.push(0, s);
    while (heap.size > 0 && pending > 0) {
      const d = heap.topKey();
      const v = heap.pop();
      if (settled[v] || d > dist[v]!) continue;
      settled[v] = 1;
      if (wanted[v]) pending--;
      for (let k = cg.offsets[v]!; k < cg.offsets[v + 1]!; k++) {
        const w = cg.targets[k]!;
        if (settled[w]) continue;
        const alt = d + cg.lengths[k]!;
        const old = dist[w]!;
        if (alt < old) {
          if (old === Infinity) touched[touchedCount++] = w;
          dist[w] = alt;
          sigma[w] = sigma[v]!;
          heap.push(alt, w);
        } else if (alt === old) sigma[w]! += sigma[v]!;
      }
    }
    // One uniform shortest path per pair: walk back from t, choosing predecessor x with
    // probability σ(x)/σ(w).
    for (let j = g; j < end; j++) {
      let w = cg.local[coreTarget[order[j]!]!]!;
      wanted[w] = 0;
      while (w !== s) {
        let pick = rng.next() * sigma[w]!;
        let chosen = -1;
        for (let k = cg.offsets[w]!; k < cg.offsets[w + 1]!; k++) {
          const x = cg.targets[k]!;
          if (!settled[x] || dist[x]! + cg.lengths[k]! !== dist[w]) continue;
          chosen = x;
          pick -= sigma[x]!;
          if (pick < 0) break;
        }
        w = chosen;
        if (w !== s) hits[cg.global[w]!]! += 1;
      }
    }
    for (let i = 0; i < touchedCount; i++) {
      const v = touched[i]!;
      dist[v] = Infinity;
      sigma[v] = 0;
      settled[v] = 0;
    }
    g = end;
  }

  const scale = r > 0 ? n / (r * (n - 2)) : 0;
  for (let i = 0; i < n; i++) betweenness[i] = hits[i]! * scale;
  return { betweenness, epsilon, delta, samples: r, vertexDiameterBound: vd };
}
