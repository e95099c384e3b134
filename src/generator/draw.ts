import type { ResolvedModel } from '../model/types.js';
import { checkGenerationBounds } from './bounds.js';
import { drawTie, type DrawnTies } from './draw-tie.js';
import { drawPopulations, type Populations } from './populations.js';

/**
 * One network as drawn, before any graph is built: every sector's nodes (`pop`, in the spec's
 * order) and, per tie type in the model's order, the endpoints and weights of its ties.
 */
export interface DrawnNetwork {
  readonly seed: number;
  readonly pop: Populations;
  readonly ties: readonly DrawnTies[];
}

/**
 * Draws a network of `model` with `seed` (an integer, checked by the caller): the populations,
 * then every tie type from its own seeded stream. Throws an `InputError` when the model would
 * exceed the generation bounds or a tie type has no generator.
 */
export function drawNetwork(model: ResolvedModel, seed: number): DrawnNetwork {
  checkGenerationBounds(model);
  const pop = drawPopulations(model, seed);
  return { seed, pop, ties: model.ties.map((t) => drawTie(model, t, pop, seed)) };
}
