import { sobolPlot } from '../../charts/index.js';
import { append, fill, h } from '../dom.js';
import type { SensitivityResult } from '../protocol.js';
import { chartDocument, showChart } from './chart-image.js';

/**
 * The sensitivity panel's result: the same Sobol' chart as `collabnet sensitivity --chart`
 * (src/charts/sobol-plot.ts), the robust conclusions with their figures, and what the run cost;
 * inputs are named by their spec labels, with the ids (what `--inputs` takes) in a tooltip;
 * a note that the run is sized for a browser.
 */
export function renderSensitivity(el: HTMLElement, r: SensitivityResult, title: string): void {
  fill(el);
  const chart = h('div', { className: 'sobol-chart' });
  el.append(chart);
  const width = Math.max(320, el.clientWidth || 320);
  // The chart names each input by its spec label (its id is what --inputs takes: kept in the input list's tooltip).
  const rows = r.indices.map((x) => ({ input: x.label, S1: x.S1, ST: x.ST }));
  showChart(chart, sobolPlot(chartDocument(), title, rows, width), `Sobol' indices of ${title}`, 'collabnet-sensitivity');
  append(
    el,
    h('h3', {}, 'What holds, what depends on what'),
    h('ul', { id: 'conclusions', title: `Inputs (for --inputs): ${r.indices.map((x) => x.input).join(', ')}` }, ...r.conclusions.map((c) => h('li', {}, c))),
    h(
      'p',
      { className: 'compare-note' },
      `Sized for a browser: Sobol' N = ${r.n} (${r.networks} networks, one seed per point, ${r.seconds.toFixed(1)} s${r.failedPoints ? `, ${r.failedPoints} points the model could not resolve` : ''}); intervals are wide at this size. For tighter ones run \`collabnet sensitivity --figure ${r.figure}${r.lever ? ` --lever ${r.lever}` : ''} --uncertainty ${r.uncertainty} --n 64 --workers auto\`.`,
    ),
  );
}
