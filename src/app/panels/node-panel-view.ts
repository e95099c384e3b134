import { NUMERIC_NODE_METRICS } from '../../metrics/index.js';
import type { GraphView } from '../graph-view.js';
import { fill, h } from '../dom.js';

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

/** Fills the node panel: a close button, attributes, metrics with their rank, partners (links, reachable by keyboard, select them). */
export function renderNodePanel(el: HTMLElement, view: GraphView, node: string | null, ranks: Map<string, Map<string, number>>, onPick: (id: string | null) => void): void {
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
  const close = h('button', { type: 'button', id: 'node-close', className: 'close', title: 'Deselect (Esc)', ariaLabel: 'Deselect (Esc)' }, '×');
  close.addEventListener('click', () => onPick(null));
  fill(
    el,
    close,
    h('h2', { tabIndex: -1 }, String(a.label ?? node)),
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
