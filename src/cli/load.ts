// Loading the spec and its survey lives in spec-load.ts; these names stay for the commands that import them here.
export { loadSpec, loadSurveyFor, resolveFromFlags, BUILT_IN_SPEC, type LoadedSpec, type SpecFlags } from './spec-load.js';
