export { SurveySchema, QuestionSchema, OptionSchema, BinSchema, SINGLE_CHOICE_HARD_LIMIT } from './survey.js';
export type { Survey, SurveyQuestion, SurveyOption, Bin } from './survey.js';
export { ModelSpecSchema, ModelOverrideSchema, INGREDIENTS } from './model.js';
export type { ModelSpec, ModelOverride, IngredientName } from './model.js';
export { parseWith, issuesToInputError, formatPath, expected } from './format-issues.js';
export { parseJsonText, lineColumn } from './parse-json.js';
export { ScenarioFileSchema, type ScenarioFile } from './scenario.js';
