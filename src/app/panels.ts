import uPlot from 'uplot';
import 'uplot/dist/uPlot.min.css';
import { NUMERIC_NODE_METRICS } from '../metrics/index.js';
import type { Interval } from '../scenarios/index.js';
import type { GraphView } from './graph-view.js';
import type { CompareResult, SweepResultLite } from './protocol.js';

const esc = (s: unknown) => String(s).replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]!);
const fmt = (v: unknown) => (typeof v === 'number' ? (Number.isInteger(v) ? v.toLocaleString('en-US') : v.toPrecision(4)) : v === null || v === undefined ? '–' : String(v));

/** Ranks (1 = highest) of every node for every numeric metric. */
export function rankTables(view: GraphView): Map<string, Map<string, number>> {
  const out = new Map<string, Map<string, number>>();
  for (const m of NUMERIC_NODE_METRICS) {
    const ids = [...view.rows.values()].filter((r) => typeof r[m] === 'number').sort((a, b) => (b[m] as number) - (a[m] as number));
    out.set(m, new Map(ids.map((r, i) => [String(r.id), i + 1])));
  }
  return out;
}

/** Fills the node panel: attributes, metrics with their rank, partners (clickable). */
export function renderNodePanel(el: HTMLElement, view: GraphView, node: string | null, ranks: Map<string, Map<string, number>>, onPick: (id: string) => void): void {
  if (!node || !view.graph.hasNode(node)) {
    el.hidden = true;
    el.innerHTML = '';
    return;
  }
  const a = view.graph.getNodeAttributes(node);
  const row = view.rows.get(node) ?? {};
  const skip = new Set(['x', 'y', 'size', 'color', 'label', 'highlighted', 'zIndex', 'hidden', 'type']);
  const attrs = Object.entries(a).filter(([k]) => !skip.has(k));
  const total = view.graph.order.toLocaleString('en-US');
  const metrics = NUMERIC_NODE_METRICS.map((m) => {
    const rank = ranks.get(m)?.get(node);
    return `<tr><td>${m}</td><td>${fmt(row[m])}</td><td>${rank ? `rank ${rank.toLocaleString('en-US')} of ${total}` : ''}</td></tr>`;
  }).join('');
  const partners = view.graph
    .edges(node)
    .map((e) => ({ other: view.graph.opposite(node, e), w: view.graph.getEdgeAttribute(e, 'weight') as number, type: view.graph.getEdgeAttribute(e, 'type') }))
    .sort((x, y) => y.w - x.w || (x.other < y.other ? -1 : 1));
  el.hidden = false;
  el.innerHTML =
    `<h2>${esc(a.label ?? node)}</h2><p>${esc(node)} · ${esc(a.sector ?? 'no sector')} · component ${fmt(row.component)} · community ${fmt(row.community)}</p>` +
    `<table>${attrs.map(([k, v]) => `<tr><td>${esc(k)}</td><td colspan="2">${esc(fmt(v))}</td></tr>`).join('')}</table>` +
    `<h2>Metrics</h2><table>${metrics}</table>` +
    `<h2>Partners (${partners.length})</h2><ul>${partners
      .map((p) => `<li><a data-node="${esc(p.other)}">${esc(view.graph.getNodeAttribute(p.other, 'label') ?? p.other)}</a> — weight ${fmt(p.w)}${p.type ? ` (${esc(p.type)})` : ''}</li>`)
      .join('')}</ul>`;
  el.querySelectorAll<HTMLAnchorElement>('a[data-node]').forEach((link) => link.addEventListener('click', () => onPick(link.dataset.node!)));
}

const iv = (i: Interval | undefined, digits = 3) => (!i || i.runs === 0 ? '–' : `${i.mean.toFixed(digits)} <small>[${i.lo.toFixed(digits)}, ${i.hi.toFixed(digits)}]</small>`);

/** The baseline-vs-scenario table: the spec's key figures (the one list, shared with the CLI), then the fit to the survey per tie type and side. */
export function renderCompare(el: HTMLElement, r: CompareResult, keyFigures: readonly { metric: string; label: string; decimals: number }[]): void {
  const byName = new Map(r.rows.map((x) => [x.metric, x]));
  el.innerHTML =
    `<p>${r.runs} paired networks (same seeds); mean [95% interval]</p><table id="compare-table"><tr><th></th><th>baseline</th><th>scenario</th><th>Δ</th></tr>` +
    keyFigures.map(({ metric: k, label, decimals: d }) => {
      const x = byName.get(k);
      if (!x) return '';
      const cls = x.difference.lo > 0 ? 'pos' : x.difference.hi < 0 ? 'neg' : '';
      return `<tr data-metric="${k}"><td>${label}</td><td>${iv(x.baseline, d)}</td><td class="scenario-value">${iv(x.scenario, d)}</td><td class="${cls}">${iv(x.difference, d)}</td></tr>`;
    }).join('') +
    '</table>' +
    // Where the scenario leaves the survey behind: distance to each reported distribution, per tie type and side.
    `<table id="compare-fit"><tr><th>fit to the survey (TVD)</th><th>baseline</th><th>scenario</th><th>Δ</th></tr>` +
    r.rows
      .filter((x) => x.metric.startsWith('fit.tvd.'))
      .map((x) => `<tr data-metric="${esc(x.metric)}"><td>${esc(x.metric.slice('fit.tvd.'.length))}</td><td>${iv(x.baseline, 3)}</td><td>${iv(x.scenario, 3)}</td><td>${iv(x.difference, 3)}</td></tr>`)
      .join('') +
    '</table>';
}

let chart: uPlot | null = null;

/** The sweep chart: the metric's mean against t, its 95% interval as a band, thresholds listed under it. */
export function renderSweep(el: HTMLElement, r: SweepResultLite, metric: string, label: string): void {
  const xs = r.steps.map((s) => s.t);
  const mean = r.steps.map((s) => s.metrics[metric]?.mean ?? null);
  const lo = r.steps.map((s) => s.metrics[metric]?.lo ?? null);
  const hi = r.steps.map((s) => s.metrics[metric]?.hi ?? null);
  chart?.destroy();
  el.innerHTML = '';
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
  ths.innerHTML = r.thresholds.map((t) => `<li>${esc(t.condition)}: ${t.t === null ? 'not reached' : `t ≈ ${t.t.toFixed(3)} (dashed line)`}</li>`).join('');
  el.append(ths);
}
