import type { ResolvedModel, ResolvedSector } from '../model/types.js';
import { degreeSampler } from '../model/bins.js';
import { createRng, deriveSeed, shuffleInPlace, weightedSampler } from '../random/index.js';

/** A node before ties are drawn. */
export interface NodeDraft {
  /** Attribute values in declaration order (regions as indices; see `renderAttributes`). */
  readonly values: (string | number | boolean)[];
  /** Group key of each attribute (category value index, region index), for structures. */
  readonly keys: number[];
  respondents: number;
  /** Per-respondent engagement multiplier (propensity flag). */
  multiplier: number;
  /** Respondents drawn as collaborating, by tie type id (share reports). */
  readonly engaged: Record<string, number>;
  /** Respondents drawn as collaborating through every share-reported tie type at once. */
  both: number;
  /** Drawn partner counts, by tie type id (bins reports). */
  readonly target: Record<string, number>;
  /** Chance of being picked as a partner (zipf-rank attribute); 1 otherwise. */
  popularity: number;
}

/** The nodes of every sector, by sector id, in the spec's order. */
export type Populations = Record<string, NodeDraft[]>;

/**
 * Draws every sector's nodes and attributes. Each stage draws from its own seeded stream (common
 * random numbers): the sector's attributes (one stream, attributes in declaration order, then the
 * partner counts of its bins reports), respondent placement, and engagement (one uniform per
 * respondent and share-reported tie type, always drawn) — so raising a share only adds to what
 * a lower share drew, and changing one assumption does not reshuffle the others.
 */
export function drawPopulations(model: ResolvedModel, seed: number): Populations {
  const pop: Populations = {};
  // Tie types by the sectors that report them (one pass: linear in sectors + tie types).
  const reporting = new Map<string, ResolvedModel['ties'][number][]>();
  for (const t of model.ties) for (const end of Object.keys(t.reports)) (reporting.get(end) ?? reporting.set(end, []).get(end)!).push(t);
  for (const sector of model.sectors) pop[sector.id] = drawSector(sector, seed, reporting.get(sector.id) ?? []);
  return pop;
}

function drawSector(sector: ResolvedSector, seed: number, reporting: ResolvedModel['ties'][number][]): NodeDraft[] {
  const n = sector.count;
  const rng = createRng(deriveSeed(seed, sector.stream));
  const binsTies = reporting.filter((t) => t.reports[sector.id]?.kind === 'bins');
  // Per-attribute draw functions, prepared before the first node (a region subset is shuffled here).
  const draws = sector.attributes.map((a, index) => {
    switch (a.kind) {
      case 'category': {
        const cut = a.values.map((v) => v.share);
        return (node: NodeDraft) => {
          const u = rng.next();
          let k = 0;
          let acc = cut[0]!;
          while (k < cut.length - 1 && !(u < acc)) acc += cut[++k]!;
          node.values.push(a.values[k]!.value);
          node.keys.push(k);
        };
      }
      case 'region': {
        if (a.subset !== null) {
          const regions = shuffleInPlace(Array.from({ length: a.regions }, (_, i) => i), rng).slice(0, a.subset).sort((x, y) => x - y);
          return (node: NodeDraft) => {
            const r = regions[rng.int(regions.length)]!;
            node.values.push(r);
            node.keys.push(r);
          };
        }
        const sampler = weightedSampler(Array.from({ length: a.regions }, (_, i) => Math.pow(i + 1, -a.concentration)));
        return (node: NodeDraft) => {
          const r = sampler.draw(rng);
          node.values.push(r);
          node.keys.push(r);
        };
      }
      case 'flag': {
        const givenIndex = sector.attributes.findIndex((x) => x.name === a.given);
        return (node: NodeDraft) => {
          const u = rng.next();
          const on = u < (a.shares[String(node.values[givenIndex])] ?? 0);
          node.values.push(on);
          node.keys.push(on ? 1 : 0);
        };
      }
      case 'binned': {
        const draw = degreeSampler(a.dist);
        return (node: NodeDraft) => {
          const v = draw(rng);
          node.values.push(v);
          node.keys.push(v);
        };
      }
      case 'zipf-rank':
        return (node: NodeDraft, i: number) => {
          node.values.push(i + 1);
          node.keys.push(i);
          node.popularity = Math.pow(i + 1, -a.exponent);
          void index;
        };
    }
  });
  const targets = binsTies.map((t) => {
    const rep = t.reports[sector.id];
    return { id: t.id, draw: degreeSampler((rep as Extract<typeof rep, { kind: 'bins' }>).dist) };
  });
  const nodes: NodeDraft[] = new Array(n);
  for (let i = 0; i < n; i++) {
    const node: NodeDraft = { values: [], keys: [], respondents: 1, multiplier: 1, engaged: {}, both: 0, target: {}, popularity: 1 };
    for (const d of draws) d(node, i);
    for (const t of targets) node.target[t.id] = t.draw(rng);
    nodes[i] = node;
  }

  const r = sector.respondents;
  if (!r) return nodes;
  const attrIndex = (name: string) => sector.attributes.findIndex((a) => a.name === name);
  if (r.propensity) {
    const k = attrIndex(r.propensity.attribute);
    for (const node of nodes) node.multiplier = (node.values[k] ? r.propensity.ratio : 1) / r.propensity.normalizer;
  }
  if (r.nesting === 'many-per-node') {
    const rngC = createRng(deriveSeed(seed, r.stream));
    const k = r.weight ? attrIndex(r.weight.attribute) : -1;
    const seatOf = weightedSampler(nodes.map((node) => (k >= 0 ? (r.weight!.weights[String(node.values[k])] ?? 1) : 1)));
    for (let extra = r.count - n; extra > 0; extra--) nodes[seatOf.draw(rngC)]!.respondents++;
  }
  const shareTies = reporting.filter((t) => t.reports[sector.id]?.kind === 'share');
  if (shareTies.length === 0) return nodes;
  const rngE = createRng(deriveSeed(seed, r.engagementStream));
  const shares = shareTies.map((t) => (t.reports[sector.id] as { share: number }).share);
  // One probability and one count per share-reported tie type, reused from node to node.
  const k = shareTies.length;
  const p = new Float64Array(k);
  const counts = new Int32Array(k);
  for (const node of nodes) {
    for (let j = 0; j < k; j++) {
      p[j] = Math.min(1, shares[j]! * node.multiplier);
      counts[j] = 0;
    }
    for (let c = 0; c < node.respondents; c++) {
      let all = true;
      for (let j = 0; j < k; j++) {
        const hit = rngE.next() < p[j]!;
        if (hit) counts[j]!++;
        else all = false;
      }
      if (all) node.both++;
    }
    for (let j = 0; j < k; j++) node.engaged[shareTies[j]!.id] = counts[j]!;
  }
  return nodes;
}
