export { SurveySchema, QuestionSchema, OptionSchema, BinSchema, SINGLE_CHOICE_HARD_LIMIT } from './survey.js';
export type { Survey, SurveyQuestion, SurveyOption, Bin } from './survey.js';
export { SpecSchema, QuantitySchema, AssumptionSchema, SectorSchema, TieTypeSchema, LeverSchema, OutcomesSchema, ReconciliationSchema, specJsonSchema } from './spec.js';
export type { Spec, SpecInput, Quantity, AssumptionSpec, SectorSpec, TieTypeSpec, LeverSpec, MoveSpec, OutcomesSpec, ReportSpec, AttributeSpec, SurveyRow } from './spec.js';
export { ModelOverrideSchema, type ModelOverride } from './model.js';
export { parseWith, issuesToInputError, issueMessage, formatPath, expected } from './format-issues.js';
export { parseJsonText, lineColumn } from './parse-json.js';
export { ScenarioFileSchema, scenarioFileSchema, MAX_SCENARIO_ENTRIES, type ScenarioFile } from './scenario.js';
export { nearestName } from './nearest-name.js';
