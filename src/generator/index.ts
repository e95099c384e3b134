export { generateNetwork, generatorKind, resolveGenerateOptions, DEFAULT_GENERATE_OPTIONS, GENERATOR_KINDS_TEXT, type GeneratorKind } from './generate.js';
export type { CollabGraph, NodeAttributes, EdgeAttributes, GraphAttributes, GenerationRecord, GenerateOptions } from './generate.js';
export { drawPopulations, type Populations, type NodeDraft } from './populations.js';
export type { TieStats } from './ties/types.js';
export { checkGenerationBounds, expectedTies, MAX_GENERATED_EDGES, MAX_GENERATED_NODES, DEFAULT_GENERATION_LIMITS, type GenerationLimits } from './bounds.js';
