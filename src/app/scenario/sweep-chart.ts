import uPlot from 'uplot';
import 'uplot/dist/uPlot.min.css';
import { fill, h } from '../dom.js';
import type { SweepResultLite } from '../protocol.js';

let chart: uPlot | null = null;

/** The sweep chart: the metric's mean against t, its 95% interval as a band, thresholds listed under it. */
export function renderSweep(el: HTMLElement, r: SweepResultLite, metric: string, label: string): void {
  const xs = r.steps.map((s) => s.t);
  const mean = r.steps.map((s) => s.metrics[metric]?.mean ?? null);
  const lo = r.steps.map((s) => s.metrics[metric]?.lo ?? null);
  const hi = r.steps.map((s) => s.metrics[metric]?.hi ?? null);
  chart?.destroy();
  fill(el);
  const plot = document.createElement('div');
  el.append(plot);
  chart = new uPlot(
    {
      width: Math.max(260, el.clientWidth || 300),
      height: 190,
      scales: { x: { time: false } },
      axes: [{ label: 't' }, { size: 50 }],
      series: [{ label: 't' }, { label: '95% low', stroke: '#9bbbe8', width: 1 }, { label: label, stroke: '#1967d2', width: 2 }, { label: '95% high', stroke: '#9bbbe8', width: 1 }],
      bands: [{ series: [3, 1], fill: 'rgba(25,103,210,0.15)' }],
      hooks: {
        // Thresholds as dashed vertical lines.
        draw: [
          (u) => {
            const ctx = u.ctx;
            ctx.save();
            ctx.setLineDash([4, 4]);
            ctx.strokeStyle = '#b00020';
            for (const th of r.thresholds) {
              if (th.t === null) continue;
              const x = u.valToPos(th.t, 'x', true);
              ctx.beginPath();
              ctx.moveTo(x, u.bbox.top);
              ctx.lineTo(x, u.bbox.top + u.bbox.height);
              ctx.stroke();
            }
            ctx.restore();
          },
        ],
      },
    },
    [xs, lo, mean, hi] as uPlot.AlignedData,
    plot,
  );
  const ths = document.createElement('ul');
  ths.id = 'thresholds';
  fill(ths, ...r.thresholds.map((t) => h('li', {}, `${t.condition}: ${t.t === null ? 'not reached' : `t ≈ ${t.t.toFixed(3)} (dashed line)`}`)));
  el.append(ths);
}
