import { sweepPlot } from '../../charts/index.js';
import { isShareFigure } from '../../scenarios/index.js';
import { append, h } from '../dom.js';
import type { SweepResultLite } from '../protocol.js';
import { chartDocument, showChart } from './chart-image.js';
import { UNCERTAINTY_TEXT } from './compare-view.js';

/** A spec threshold as the sweep view needs it. */
export interface SpecThreshold {
  readonly metric: string;
  readonly value: number;
  readonly label: string;
}

/**
 * The sweep chart for one figure (src/charts/sweep-plot.ts): mean against t, the interval as a
 * band (what it is, said on the chart: a 95% interval of the mean over seeds, or the 2.5–97.5
 * percentile of the runs under uncertainty), thresholds by name; drawn as the steps arrive, with
 * SVG/PNG export; under it the thresholds in words.
 */
export function renderSweep(el: HTMLElement, r: SweepResultLite, metric: string, label: string, specThresholds: readonly SpecThreshold[]): void {
  const uncertainty = r.uncertainty ?? 'seeds';
  const band = uncertainty === 'seeds' ? `95% interval of the mean over ${r.runs} networks` : `2.5–97.5 percentile of ${r.runs} runs (${uncertainty})`;
  const done = r.totalSteps && r.steps.length < r.totalSteps ? ` (${r.steps.length} of ${r.totalSteps} steps)` : '';
  const thresholds = r.thresholds.map((th) => {
    const s = specThresholds.find((x) => x.metric === th.metric && th.condition.includes(String(x.value)));
    return { label: th.label ?? th.condition, t: th.t, metric: th.metric, ...(s ? { value: s.value } : {}) };
  });
  const width = Math.max(300, el.clientWidth || 320);
  const svg = sweepPlot(chartDocument(), {
    title: `${label} as t rises${done}`,
    yLabel: label,
    band,
    metric,
    percent: isShareFigure(metric),
    points: r.steps.map((s) => ({ t: s.t, ...(s.metrics[metric] ?? { mean: NaN, lo: NaN, hi: NaN }) })),
    thresholds,
    width,
  });
  showChart(el, svg, `${label} as t rises: line the mean, band the ${band}`, 'collabnet-sweep');
  append(
    el,
    h('p', { className: 'compare-note' }, `Varies between runs: ${UNCERTAINTY_TEXT[uncertainty]}.`),
    h('ul', { id: 'thresholds' }, ...thresholds.map((t) => h('li', {}, `${t.label}: ${t.t === null ? (done ? 'not yet reached' : 'not reached for t ≤ 1') : `t ≈ ${t.t.toFixed(2)} (dashed line)`}`))),
  );
}
