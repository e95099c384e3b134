export { ASSUMPTIONS, RECONCILIATION_MODES, RH_CALIBRATIONS, findAssumption, checkAssumptionValue, describeAccepted, nearestName } from './assumptions.js';
export type { AssumptionDef, AssumptionValue, ReconciliationMode, RhCalibration } from './assumptions.js';
export { resolveModel, DEFAULT_RESOLVE_OPTIONS, MAX_NODES, MAX_CLINICIANS } from './resolve.js';
export type { ResolvedModel, ResolveOptions, AssumptionInForce, ImpliedTotals } from './resolve.js';
export { parseOverride } from './overrides.js';
