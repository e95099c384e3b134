export { generateNetwork, generatorKind, DEFAULT_GENERATE_OPTIONS } from './generate.js';
export type { CollabGraph, NodeAttributes, EdgeAttributes, GraphAttributes, GenerationRecord, GenerateOptions } from './generate.js';
export { drawPopulations, type Populations, type NodeDraft } from './populations.js';
export type { TieStats } from './ties/types.js';
