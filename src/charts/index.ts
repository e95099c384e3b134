export { sobolPlot, morrisPlot, wrapName, CHART_FONT, type SobolBar, type MorrisBar } from './sobol-plot.js';
export { sweepPlot, labelRows, wrapText, type SweepChartInput, type ChartThreshold } from './sweep-plot.js';
