// Node table panel: the nodes shown by the filters with every attribute and metric, sortable and
// searchable; a row click selects its node.
import { recordsOf } from '../appearance/index.js';
import type { Panel } from '../app.js';
import { selectNode } from '../store.js';
import { mountNodeTable } from '../table/index.js';
import { byId } from './dom-ids.js';

/** Columns first in the table (when the network has them); every other attribute follows. */
const FIRST = ['label', 'sector', 'degree', 'strength', 'betweenness', 'harmonic', 'pagerank', 'eigenvector', 'constraint', 'effective_size', 'community', 'component'];

export const tablePanel: Panel = {
  name: 'table',
  mount({ store, view }) {
    const root = byId('node-table');
    const toggle = byId<HTMLButtonElement>('table-toggle');
    const render = mountNodeTable(byId('node-table-body'), {
      records: () => recordsOf(view.graph, view.rows).records.filter((r) => view.visible.has(r.id)),
      columns: () => {
        const names = recordsOf(view.graph, view.rows).attributes.map((a) => a.name);
        return [...FIRST.filter((c) => names.includes(c)), ...names.filter((c) => !FIRST.includes(c))];
      },
      select: (id) => store.update((s) => selectNode(s, id)),
      selected: () => store.get().view.node,
    });
    toggle.addEventListener('click', () => {
      root.hidden = !root.hidden;
      toggle.setAttribute('aria-expanded', String(!root.hidden));
      toggle.textContent = root.hidden ? 'Node table' : 'Hide node table';
      if (!root.hidden) render();
      // The graph's container changed height: Sigma measures it again.
      view.renderer.resize();
      view.renderer.refresh();
    });
    store.subscribe((s, p) => {
      if (root.hidden) return;
      if (s.derived.visible !== p.derived.visible || s.derived.filters !== p.derived.filters || s.network !== p.network || s.view.node !== p.view.node || s.view.attrs !== p.view.attrs || s.view.sectors !== p.view.sectors) render();
    });
  },
};
