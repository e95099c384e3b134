// The line above the network: its source, size, and (once measured) its key figures.
import type { App, Panel } from '../app.js';
import { fill, h } from '../dom.js';
import { byId } from './dom-ids.js';
import { inSentence } from '../in-sentence.js';

/** Fills the summary line from the state. */
function render(app: App): void {
  renderFigures(app);
  // The nodes the filters show (the summary follows them).
  const { store, view } = app;
  const { derived } = store.get();
  if (view.graph.order > 0 && derived.visible < view.graph.order)
    byId('summary').append(' · ', h('span', { id: 'sum-shown' }, `showing ${derived.visible.toLocaleString('en-US')} of ${view.graph.order.toLocaleString('en-US')} nodes${derived.filters ? ` (${derived.filters})` : ''}`));
}

/** The network's source, size and key figures. */
function renderFigures({ store, view }: App): void {
  const { network, spec } = store.get();
  const el = byId('summary');
  const source = network.source;
  const metrics = network.metrics;
  const nodes = `${view.graph.order.toLocaleString('en-US')} nodes · ${view.graph.size.toLocaleString('en-US')} edges`;
  if (!metrics) return fill(el, h('b', {}, source), ` · ${nodes} · measuring…`);
  const n = metrics.network;
  const s = metrics.sectors;
  const pct = (x: number | undefined) => (x === undefined || !Number.isFinite(x) ? '–' : `${(x * 100).toFixed(1)}%`);
  const focus = spec.sectors.find((x) => x.id === spec.focus);
  fill(
    el,
    h('b', {}, source),
    ` · ${n.nodes.toLocaleString('en-US')} nodes · ${n.edges.toLocaleString('en-US')} edges · ${n.components.toLocaleString('en-US')} component${n.components === 1 ? '' : 's'} · largest holds `,
    h('b', { id: 'sum-giant' }, pct(n.giantShare)),
    // The sector the spec's outcomes are about (its reach sector, else the first).
    ...(focus && s?.[focus.id]
      ? [` · ${focus.plural} in largest `, h('b', { id: `sum-giant-${focus.id}` }, pct(s[focus.id]!.giantShare)), ` · ${inSentence(focus.label)} isolates `, h('b', { id: `sum-isolates-${focus.id}` }, pct(s[focus.id]!.isolateShare))]
      : s ? [] : [' · no sectors']),
    n.betweenness.method === 'sampled-pairs' && ' · ',
    n.betweenness.method === 'sampled-pairs' && h('span', { title: n.betweenness.note }, `betweenness sampled, ±${n.betweenness.epsilon} (p ${1 - n.betweenness.delta})`),
  );
}

export const summaryPanel: Panel = {
  name: 'summary',
  mount(app) {
    app.store.subscribe((s, p) => {
      if (s.network !== p.network || s.spec !== p.spec || s.derived.visible !== p.derived.visible || s.derived.filters !== p.derived.filters) render(app);
    });
  },
};
