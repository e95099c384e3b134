export { leverCatalog, LEVER_NAMES, type Lever, type LeverName, type LeverPart, type LeverParameter } from './levers.js';
export { adjustModel, withZeroShare, impliedTotals, engagementFactor } from './adjust.js';
export { scenarioModel, leverT, type LeverSetting } from './scenario-model.js';
export { figuresOf, networkFiguresFor, SWEEP_BETWEENNESS_SAMPLES, type Figures } from './network-figures.js';
export { meanInterval, pairedDifference, type Interval } from './intervals.js';
export { studentTCritical, normalQuantile } from './student-t.js';
export { firstCrossing, type Threshold } from './thresholds.js';
export { runSweep, resolveSweepOptions, summarizeStep, grid, evaluateInline, DEFAULT_SWEEP_OPTIONS, type SweepOptions, type SweepResult, type SweepStep, type Job, type Evaluate } from './sweep.js';
