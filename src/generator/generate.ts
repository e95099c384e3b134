import { UndirectedGraph } from 'graphology';
import { InputError } from '../errors.js';
import type { ResolvedModel, ResolvedTie } from '../model/types.js';
import { checkNumberOption, checkOptionKeys } from '../options.js';
import { createRng, deriveSeed, weightedSampler } from '../random/index.js';
import { checkGenerationBounds } from './bounds.js';
import { drawPopulations, type Populations } from './populations.js';
import { drawBinsNone } from './ties/bins-none.js';
import { drawBinsShare } from './ties/bins-share.js';
import { drawBinsWithin } from './ties/bins-within.js';
import { drawHubAndSpoke } from './ties/hub-and-spoke.js';
import { drawShareNone } from './ties/share-none.js';
import { matchStubs } from './ties/stubs.js';
import { emptyStats, sum, type TieStats } from './ties/types.js';
import { drawWilling } from './ties/willing.js';

/** Node attributes of a generated network: `sector` and `label`, then the spec's attributes. */
export interface NodeAttributes {
  sector: string;
  label: string;
  [key: string]: unknown;
}

/** Edge attributes: `weight` = collaboration strength (larger is stronger); `type` = tie type id. */
export interface EdgeAttributes {
  weight: number;
  type: string;
}

/** Graph attributes of a generated network: how it was drawn (seed, scale, assumptions the spec lists). */
export interface GraphAttributes {
  name: string;
  seed: number;
  scale: number;
  [key: string]: unknown;
}

/** A generated network: an undirected graphology graph, nodes with `sector` and `label`, edges with `weight` and `type`. */
export type CollabGraph = UndirectedGraph<NodeAttributes, EdgeAttributes, GraphAttributes>;

/** What the generator did beyond the graph, for the fit report. */
export interface GenerationRecord {
  readonly seed: number;
  readonly ties: Readonly<Record<string, TieStats>>;
}

export interface GenerateOptions {
  /** Seed of the one PRNG every random choice flows from. */
  seed: number;
}

export const DEFAULT_GENERATE_OPTIONS: GenerateOptions = { seed: 1 };

/** Merges partial options over the defaults; an `OptionError` when seed is not an integer. */
export function resolveGenerateOptions(options: Partial<GenerateOptions> = {}): GenerateOptions {
  checkOptionKeys('generateNetwork', options, Object.keys(DEFAULT_GENERATE_OPTIONS));
  const o = { ...DEFAULT_GENERATE_OPTIONS, ...options };
  checkNumberOption('generateNetwork', 'seed', o.seed, { integer: true, min: -(2 ** 53), max: 2 ** 53 });
  return o;
}

function pad(prefix: string, i: number, n: number): string {
  return prefix + String(i + 1).padStart(Math.max(3, String(n).length), '0');
}

/** The generators: one per pair of report kinds, two within a sector, and the named structure. */
export type GeneratorKind = 'hub-and-spoke' | 'willing' | 'bins-within' | 'bins-share' | 'bins-none' | 'share-none' | 'bins-bins';

/** What `generatorKind` accepts, for messages: "bins × share, …". */
export const GENERATOR_KINDS_TEXT = 'bins × share, bins × none, share × none, bins × bins between two sectors; "bins" or "willing" within one sector; or a structure';

/** Which generator a tie type takes, from what its two sides report (null: none). */
export function generatorKind(tie: Pick<ResolvedTie, 'ends' | 'reports' | 'structure'>): GeneratorKind | null {
  if (tie.structure) return 'hub-and-spoke';
  const [a, b] = tie.ends;
  const ka = tie.reports[a]?.kind ?? 'none';
  if (a === b) return ka === 'willing' ? 'willing' : ka === 'bins' ? 'bins-within' : null;
  const kb = tie.reports[b]?.kind ?? 'none';
  const kinds = [ka, kb].sort().join('+');
  if (kinds === 'bins+share') return 'bins-share';
  if (kinds === 'bins+none') return 'bins-none';
  if (kinds === 'none+share') return 'share-none';
  if (kinds === 'bins+bins') return 'bins-bins';
  return null;
}

/** Draws one tie type: pairs [index in ends[0], index in ends[1]] with weights. */
function drawTie(model: ResolvedModel, tie: ResolvedTie, pop: Populations, seed: number): { ties: { a: number; b: number; weight: number }[]; stats: TieStats } {
  const [a, b] = tie.ends;
  const kind = generatorKind(tie);
  let pairs: [number, number][];
  let counts: number[] | null = null;
  let stats: TieStats;
  const flip = (p: [number, number][]) => p.map(([x, y]) => [y, x] as [number, number]);
  switch (kind) {
    case 'hub-and-spoke':
      ({ pairs, stats } = drawHubAndSpoke(model, tie, pop, seed));
      break;
    case 'willing':
      ({ pairs, stats } = drawWilling(tie, a, pop, seed));
      break;
    case 'bins-within':
      ({ pairs, stats } = drawBinsWithin(tie, a, pop, seed));
      break;
    case 'bins-share': {
      const binsEnd = tie.reports[a]?.kind === 'bins' ? a : b;
      const shareEnd = binsEnd === a ? b : a;
      ({ pairs, stats } = drawBinsShare(model, tie, binsEnd, shareEnd, pop, seed));
      if (binsEnd !== a) pairs = flip(pairs);
      pairs.sort((x, y) => x[0] - y[0] || x[1] - y[1]);
      break;
    }
    case 'bins-none': {
      const binsEnd = tie.reports[a]?.kind === 'bins' ? a : b;
      ({ pairs, stats } = drawBinsNone(model, tie, binsEnd, binsEnd === a ? b : a, pop, seed));
      if (binsEnd !== a) pairs = flip(pairs);
      break;
    }
    case 'share-none': {
      const shareEnd = tie.reports[a]?.kind === 'share' ? a : b;
      ({ pairs, counts, stats } = drawShareNone(model, tie, shareEnd, shareEnd === a ? b : a, pop, seed));
      if (shareEnd !== a) pairs = flip(pairs);
      break;
    }
    case 'bins-bins': {
      stats = emptyStats();
      const left = pop[a]!.map((n) => n.target[tie.id]!);
      const right = pop[b]!.map((n) => n.target[tie.id]!);
      pairs = matchStubs(left, right, right.length, createRng(deriveSeed(seed, tie.stream)), stats);
      pairs.sort((x, y) => x[0] - y[0] || x[1] - y[1]);
      stats.wanted = { [a]: sum(left), [b]: sum(right) };
      break;
    }
    default:
      throw new InputError(`tie type "${tie.id}": no generator for what its sides report (${tie.ends.map((e) => `${e}: ${tie.reports[e]?.kind ?? 'none'}`).join(', ')}); expected ${GENERATOR_KINDS_TEXT}`);
  }
  const w = tie.weight;
  let weights: number[];
  if (w.kind === 'ordinal') {
    const rngW = createRng(deriveSeed(seed, `${tie.stream}-weights`));
    const strength = weightedSampler(w.levels.map((s) => s.share));
    weights = pairs.map(() => w.levels[strength.draw(rngW)]!.ordinal);
  } else if (w.kind === 'constant') weights = pairs.map(() => w.value);
  else weights = counts ?? pairs.map(() => 1);
  return { ties: pairs.map(([x, y], i) => ({ a: x, b: y, weight: weights[i]! })), stats };
}

/**
 * Generates one network from a resolved model: every sector's nodes with their attributes and
 * every tie type, as a simple undirected weighted graphology graph. Same model + same seed ⇒ the
 * same graph, node for node and edge for edge.
 */
export function generateNetwork(model: ResolvedModel, options: Partial<GenerateOptions> = {}): { graph: CollabGraph; record: GenerationRecord } {
  const { seed } = resolveGenerateOptions(options);
  checkGenerationBounds(model);
  const pop = drawPopulations(model, seed);
  const drawn = model.ties.map((t) => drawTie(model, t, pop, seed));

  const graph: CollabGraph = new UndirectedGraph({ allowSelfLoops: false, multi: false });
  graph.replaceAttributes({ name: 'collabnet baseline network', seed, scale: model.scale, ...model.graphAttributes });

  const ids: Record<string, (i: number) => string> = {};
  for (const s of model.sectors) {
    const n = pop[s.id]!.length;
    ids[s.id] = (i: number) => pad(s.idPrefix, i, n);
  }

  // Realized respondent ties per share-reported tie type and node (weight = respondent ties, or 1 per edge).
  const realized: Record<string, Int32Array> = {};
  model.ties.forEach((t, k) => {
    t.ends.forEach((end, side) => {
      if (t.reports[end]?.kind !== 'share') return;
      const arr = new Int32Array(pop[end]!.length);
      for (const tie of drawn[k]!.ties) arr[side === 0 ? tie.a : tie.b]! += t.weight.kind === 'respondents' ? tie.weight : 1;
      realized[`${t.id}|${end}`] = arr;
    });
  });

  const reporting = new Map<string, ResolvedTie[]>();
  for (const t of model.ties) for (const end of Object.keys(t.reports)) (reporting.get(end) ?? reporting.set(end, []).get(end)!).push(t);
  for (const s of model.sectors) {
    const nodes = pop[s.id]!;
    const shareTies = (reporting.get(s.id) ?? []).filter((t) => t.reports[s.id]?.kind === 'share');
    const binsTies = (reporting.get(s.id) ?? []).filter((t) => t.reports[s.id]?.kind === 'bins');
    const r = s.respondents;
    nodes.forEach((node, i) => {
      const id = ids[s.id]!(i);
      const attrs: NodeAttributes = { sector: s.id, label: `${s.label} ${id.slice(s.idPrefix.length)}` };
      s.attributes.forEach((a, j) => {
        const v = node.values[j]!;
        if (a.kind === 'region') attrs[a.name] = `${a.prefix}${String((v as number) + 1).padStart(2, '0')}`;
        else if (a.kind === 'zipf-rank') {
          attrs[a.rankName] = v;
          attrs[a.name] = node.popularity;
        } else attrs[a.name] = v;
      });
      if (r?.nesting === 'many-per-node' && r.attribute) attrs[r.attribute] = node.respondents;
      const engaged: number[] = [];
      for (const t of shareTies) {
        const rep = t.reports[s.id] as { partners: number; attribute: string };
        const e = Math.min(node.respondents, Math.ceil(realized[`${t.id}|${s.id}`]![i]! / rep.partners));
        engaged.push(e);
        attrs[rep.attribute] = e;
      }
      if (r?.overlap) attrs[r.overlap.attribute] = Math.min(node.both, ...engaged);
      for (const t of binsTies) attrs[(t.reports[s.id] as { attribute: string }).attribute] = node.target[t.id]!;
      graph.addNode(id, attrs);
    });
  }

  let e = 0;
  model.ties.forEach((t, k) => {
    const ia = ids[t.ends[0]]!;
    const ib = ids[t.ends[1]]!;
    for (const tie of drawn[k]!.ties) graph.addUndirectedEdgeWithKey(`e${e++}`, ia(tie.a), ib(tie.b), { weight: tie.weight, type: t.id });
  });

  return { graph, record: { seed, ties: Object.fromEntries(model.ties.map((t, k) => [t.id, drawn[k]!.stats])) } };
}
