// The selected node's panel: attributes, metrics with their rank, partners (links select them).
import type { Panel } from '../app.js';
import { selectNode } from '../store.js';
import { byId } from './dom-ids.js';
import { rankTables, renderNodePanel } from './node-panel-view.js';

export const nodePanel: Panel = {
  name: 'node',
  mount({ store, view }) {
    const el = byId('node-panel');
    let ranks = new Map<string, Map<string, number>>();
    const pick = (id: string | null) => store.update((s) => selectNode(s, id));
    view.renderer.on('clickNode', ({ node }) => pick(node));
    view.renderer.on('clickStage', () => pick(null));
    store.subscribe((s, p) => {
      const measured = s.network.metrics !== p.network.metrics;
      if (measured) ranks = s.network.metrics ? rankTables(view) : new Map();
      if (measured || s.network.id !== p.network.id || s.view.node !== p.view.node) renderNodePanel(el, view, s.view.node, ranks, pick);
    });
  },
};
