import type { ResolvedModel } from '../model/types.js';
import { checkNumberOption, checkOptionKeys } from '../options.js';
import { buildGraph } from './build-graph.js';
import { drawNetwork, type DrawnNetwork } from './draw.js';
import type { TieStats } from './ties/types.js';
import type { CollabGraph } from './graph-types.js';

export { generatorKind, GENERATOR_KINDS_TEXT, type GeneratorKind } from './kinds.js';
export type { CollabGraph, EdgeAttributes, GraphAttributes, NodeAttributes } from './graph-types.js';

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

/**
 * Generates one network from a resolved model: every sector's nodes with their attributes and
 * every tie type, as a simple undirected weighted graphology graph. Same model + same seed ⇒ the
 * same graph, node for node and edge for edge. Ensembles that only report figures skip the graph:
 * `drawNetwork` + `networkArrays`.
 */
export function generateNetwork(model: ResolvedModel, options: Partial<GenerateOptions> = {}): { graph: CollabGraph; record: GenerationRecord } {
  const { seed } = resolveGenerateOptions(options);
  const drawn = drawNetwork(model, seed);
  return { graph: buildGraph(model, drawn), record: generationRecord(model, drawn) };
}

/** Draws the network `generateNetwork` would build from the same options (same checks), without building the graph. */
export function generateDrawn(model: ResolvedModel, options: Partial<GenerateOptions> = {}): DrawnNetwork {
  return drawNetwork(model, resolveGenerateOptions(options).seed);
}

/** What the generator did beyond the graph (seed, per tie type stats), for the fit report. */
export function generationRecord(model: ResolvedModel, drawn: DrawnNetwork): GenerationRecord {
  return { seed: drawn.seed, ties: Object.fromEntries(model.ties.map((t, k) => [t.id, drawn.ties[k]!.stats])) };
}
