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
    /** A partner link or the close button was used: the keyboard goes on from the panel's heading (or the graph). */
    let fromPanel = false;
    const pickFromPanel = (id: string | null) => {
      fromPanel = true;
      pick(id);
    };
    view.renderer.on('clickNode', ({ node }) => pick(node));
    view.renderer.on('clickStage', () => pick(null));
    document.addEventListener('keydown', (e) => {
      if (e.key === 'Escape' && store.get().view.node !== null) pickFromPanel(null);
    });
    store.subscribe((s, p) => {
      const measured = s.network.metrics !== p.network.metrics;
      if (measured) ranks = s.network.metrics ? rankTables(view) : new Map();
      if (measured || s.network.id !== p.network.id || s.view.node !== p.view.node) {
        const hadFocus = el.contains(document.activeElement);
        renderNodePanel(el, view, s.view.node, ranks, pickFromPanel);
        byId('side-hint').hidden = !el.hidden;
        if (fromPanel || hadFocus) (el.hidden ? view.renderer.getContainer() : el.querySelector<HTMLElement>('h2'))?.focus();
        fromPanel = false;
      }
    });
  },
};
