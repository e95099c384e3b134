import { InputError } from '../errors.js';
import type { ResolvedModel, ResolvedTie } from '../model/types.js';
import { createRng, deriveSeed, weightedSampler } from '../random/index.js';
import { generatorKind, GENERATOR_KINDS_TEXT } from './kinds.js';
import type { Populations } from './populations.js';
import { drawBinsNone } from './ties/bins-none.js';
import { drawBinsShare } from './ties/bins-share.js';
import { drawBinsWithin } from './ties/bins-within.js';
import { drawHubAndSpoke } from './ties/hub-and-spoke.js';
import { drawShareNone } from './ties/share-none.js';
import { matchStubs } from './ties/stubs.js';
import { emptyStats, sum, type TieStats } from './ties/types.js';
import { drawWilling } from './ties/willing.js';

/** The ties of one tie type as plain arrays: tie k joins node `a[k]` of the first end's sector and node `b[k]` of the second's. */
export interface DrawnTies {
  readonly a: Int32Array;
  readonly b: Int32Array;
  /** Collaboration strength of each tie. */
  readonly weight: Float64Array;
  readonly stats: TieStats;
}

const byPair = (x: [number, number], y: [number, number]) => x[0] - y[0] || x[1] - y[1];

/** Draws one tie type: endpoints [index in ends[0], index in ends[1]] with weights, in the order the graph receives them. */
export function drawTie(model: ResolvedModel, tie: ResolvedTie, pop: Populations, seed: number): DrawnTies {
  const [a, b] = tie.ends;
  const kind = generatorKind(tie);
  let pairs: [number, number][];
  let counts: number[] | null = null;
  let stats: TieStats;
  // Whether the generator returned [ends[1] index, ends[0] index] pairs.
  let flipped = false;
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
      if (binsEnd !== a) for (const p of pairs) p.reverse();
      pairs.sort(byPair);
      break;
    }
    case 'bins-none': {
      const binsEnd = tie.reports[a]?.kind === 'bins' ? a : b;
      ({ pairs, stats } = drawBinsNone(model, tie, binsEnd, binsEnd === a ? b : a, pop, seed));
      flipped = binsEnd !== a;
      break;
    }
    case 'share-none': {
      const shareEnd = tie.reports[a]?.kind === 'share' ? a : b;
      ({ pairs, counts, stats } = drawShareNone(model, tie, shareEnd, shareEnd === a ? b : a, pop, seed));
      flipped = shareEnd !== a;
      break;
    }
    case 'bins-bins': {
      stats = emptyStats();
      const left = pop[a]!.map((n) => n.target[tie.id]!);
      const right = pop[b]!.map((n) => n.target[tie.id]!);
      pairs = matchStubs(left, right, right.length, createRng(deriveSeed(seed, tie.stream)), stats);
      pairs.sort(byPair);
      stats.wanted = { [a]: sum(left), [b]: sum(right) };
      break;
    }
    default:
      throw new InputError(`tie type "${tie.id}": no generator for what its sides report (${tie.ends.map((e) => `${e}: ${tie.reports[e]?.kind ?? 'none'}`).join(', ')}); expected ${GENERATOR_KINDS_TEXT}`);
  }
  const m = pairs.length;
  const ea = new Int32Array(m);
  const eb = new Int32Array(m);
  const first = flipped ? 1 : 0;
  for (let k = 0; k < m; k++) {
    const p = pairs[k]!;
    ea[k] = p[first]!;
    eb[k] = p[1 - first]!;
  }
  const weight = new Float64Array(m);
  const w = tie.weight;
  if (w.kind === 'ordinal') {
    const rngW = createRng(deriveSeed(seed, `${tie.stream}-weights`));
    const strength = weightedSampler(w.levels.map((s) => s.share));
    for (let k = 0; k < m; k++) weight[k] = w.levels[strength.draw(rngW)]!.ordinal;
  } else if (w.kind === 'constant') weight.fill(w.value);
  else if (counts) weight.set(counts);
  else weight.fill(1);
  return { a: ea, b: eb, weight, stats };
}
