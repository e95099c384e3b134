// Scenario views: levers in plain language, the baseline-vs-scenario table, the sweep and Sobol' charts, run status.
export { mountScenarioPanel, scenarioTimings, type ScenarioContext } from './panel.js';
export { renderCompare, UNCERTAINTY_TEXT } from './compare-view.js';
export { renderSweep } from './sweep-view.js';
export { renderLevers, updateLeverText } from './lever-view.js';
export { renderSensitivity } from './sensitivity-view.js';
export { RunStatus, progressText } from './run-status.js';
