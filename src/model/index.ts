export { checkAssumptionValue, describeAccepted, findAssumption, unknownAssumption, nearestName, type AssumptionValue } from './assumptions.js';
export { resolveModel, DEFAULT_RESOLVE_OPTIONS, MAX_NODES, MAX_RESPONDENTS, type ResolveOptions } from './resolve.js';
export { impliedTotals, impliedAtRespondents, engagementFactor, respondentShares } from './implied.js';
export { evaluate, rowShare, type QuantityContext } from './quantity.js';
export { degreeDistribution, degreeSampler, binMean, drawInBin, binIndexOf, withZeroShare, type DegreeBin, type DegreeDistribution } from './bins.js';
export { parseOverride } from './overrides.js';
export type * from './types.js';
