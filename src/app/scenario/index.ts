// Scenario views: the baseline-vs-scenario table and the sweep chart.
export { renderCompare } from './compare-table.js';
export { renderSweep } from './sweep-chart.js';
