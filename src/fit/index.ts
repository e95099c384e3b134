export { fitReport, fitReportOf, graphFitSource, fitFigures, keepsSide, type FitSource, type FitRun, type SideFit, type BinFit, type TotalsFit, type SimpleFit } from './fit-report.js';
export { summarizeRuns, stat, type Stat, type Summarized } from './summarize.js';
export { summarizeNetwork, type NetworkSummary } from './network-summary.js';
export { fitEnsemble, runSeed, resolveEnsembleOptions, DEFAULT_ENSEMBLE_OPTIONS, type EnsembleOptions } from './ensemble.js';
export { drawnFitSource, fitReportOfDrawn } from './fit-drawn.js';
