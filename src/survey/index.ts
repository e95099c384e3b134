export { checkSurvey, resolveCheckOptions, DEFAULT_CHECK_OPTIONS, DEFAULT_SUM_TOLERANCE, type CheckOptions, type CheckReport, type Finding } from './check.js';
