export { generateNetwork, resolveGenerateOptions, DEFAULT_GENERATE_OPTIONS } from './generate.js';
export type { CollabGraph, NodeAttributes, EdgeAttributes, GraphAttributes, GenerationRecord, GenerateOptions } from './generate.js';
export { SECTORS, TIE_TYPES, type Sector, type TieType } from './sectors.js';
export { degreeDistribution, degreeSampler, binMean, drawInBin, binIndexOf, type DegreeBin, type DegreeDistribution } from './bins.js';
export { drawPopulations, type Populations, type HospitalDraft, type InstitutionDraft, type CompanyDraft } from './populations.js';
export type { TieStats } from './ties/types.js';
export { checkGenerationBounds, expectedTies, MAX_GENERATED_EDGES, MAX_GENERATED_NODES, DEFAULT_GENERATION_LIMITS, type GenerationLimits } from './bounds.js';
