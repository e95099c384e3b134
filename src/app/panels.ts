import uPlot from 'uplot';
import 'uplot/dist/uPlot.min.css';
import { NUMERIC_NODE_METRICS } from '../metrics/index.js';
import type { Interval } from '../scenarios/index.js';
import type { GraphView } from './graph-view.js';
import { fill, h } from './dom.js';
import type { CompareResult, SweepResultLite } from './protocol.js';

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
    fill(el);
    return;
  }
  const a = view.graph.getNodeAttributes(node);
  const row = view.rows.get(node) ?? {};
  const skip = new Set(['x', 'y', 'size', 'color', 'label', 'highlighted', 'zIndex', 'hidden', 'type']);
  const attrs = Object.entries(a).filter(([k]) => !skip.has(k));
  const total = view.graph.order.toLocaleString('en-US');
  const partners = view.graph
    .edges(node)
    .map((e) => ({ other: view.graph.opposite(node, e), w: view.graph.getEdgeAttribute(e, 'weight') as number, type: view.graph.getEdgeAttribute(e, 'type') }))
    .sort((x, y) => y.w - x.w || (x.other < y.other ? -1 : 1));
  el.hidden = false;
  fill(
    el,
    h('h2', {}, String(a.label ?? node)),
    h('p', {}, `${node} · ${String(a.sector ?? 'no sector')} · component ${fmt(row.component)} · community ${fmt(row.community)}`),
    h('table', {}, ...attrs.map(([k, v]) => h('tr', {}, h('td', {}, k), h('td', { colSpan: 2 }, fmt(v))))),
    h('h2', {}, 'Metrics'),
    h(
      'table',
      {},
      ...NUMERIC_NODE_METRICS.map((m) => {
        const rank = ranks.get(m)?.get(node);
        return h('tr', {}, h('td', {}, m), h('td', {}, fmt(row[m])), h('td', {}, rank ? `rank ${rank.toLocaleString('en-US')} of ${total}` : ''));
      }),
    ),
    h('h2', {}, `Partners (${partners.length})`),
    h(
      'ul',
      {},
      ...partners.map((p) => {
        const link = h('a', { href: '#', 'data-node': p.other }, String(view.graph.getNodeAttribute(p.other, 'label') ?? p.other));
        link.addEventListener('click', (e) => {
          e.preventDefault();
          onPick(p.other);
        });
        return h('li', {}, link, ` — weight ${fmt(p.w)}`, p.type !== undefined && p.type !== null && p.type !== '' ? ` (${String(p.type)})` : '');
      }),
    ),
  );
}

/** A mean and its interval, or a dash without runs. */
const iv = (i: Interval | undefined, digits = 3): Node[] =>
  !i || i.runs === 0 ? [document.createTextNode('–')] : [document.createTextNode(`${i.mean.toFixed(digits)} `), h('small', {}, `[${i.lo.toFixed(digits)}, ${i.hi.toFixed(digits)}]`)];

/**
 * The baseline-vs-scenario table: mean [95% interval] of each of the spec's key figures (the one
 * list, shared with the CLI) and their paired difference; then, per tie type and side, the distance
 * to the survey (TVD), so the page shows where the scenario leaves the survey behind.
 */
export function renderCompare(el: HTMLElement, r: CompareResult, keyFigures: readonly { metric: string; label: string; decimals: number }[]): void {
  const byName = new Map(r.rows.map((x) => [x.metric, x]));
  const rows = keyFigures.flatMap(({ metric: k, label, decimals: d }) => {
    const x = byName.get(k);
    if (!x) return [];
    const cls = x.difference.lo > 0 ? 'pos' : x.difference.hi < 0 ? 'neg' : '';
    return [h('tr', { 'data-metric': k }, h('td', {}, label), h('td', {}, ...iv(x.baseline, d)), h('td', { className: 'scenario-value' }, ...iv(x.scenario, d)), h('td', { className: cls }, ...iv(x.difference, d)))];
  });
  fill(
    el,
    h('p', {}, `${r.runs} paired networks (same seeds); mean [95% interval]`),
    h('table', { id: 'compare-table' }, h('tr', {}, h('th'), h('th', {}, 'baseline'), h('th', {}, 'scenario'), h('th', {}, 'Δ')), ...rows),
    h(
      'table',
      { id: 'compare-fit' },
      h('tr', {}, h('th', {}, 'fit to the survey (TVD)'), h('th', {}, 'baseline'), h('th', {}, 'scenario'), h('th', {}, 'Δ')),
      ...r.rows
        .filter((x) => x.metric.startsWith('fit.tvd.'))
        .map((x) => h('tr', { 'data-metric': x.metric }, h('td', {}, x.metric.slice('fit.tvd.'.length)), h('td', {}, ...iv(x.baseline, 3)), h('td', {}, ...iv(x.scenario, 3)), h('td', {}, ...iv(x.difference, 3)))),
    ),
  );
}

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
