// Find panel: search a node by id or label; suggestions as the user types.
import type Graph from 'graphology';
import type { Panel } from '../app.js';
import { fill, h } from '../dom.js';
import { selectNode, setStatus } from '../store.js';
import { byId } from './dom-ids.js';

/** Up to 30 nodes whose id or label matches what is typed (those starting with it first). */
export function suggestions(graph: Graph, typed: string): { id: string; label: string }[] {
  const q = typed.trim().toLowerCase();
  const starts: { id: string; label: string }[] = [];
  const contains: { id: string; label: string }[] = [];
  if (q)
    graph.someNode((n, a) => {
      const label = String(a.label ?? n);
      const text = `${n.toLowerCase()} ${label.toLowerCase()}`;
      if (n.toLowerCase().startsWith(q) || label.toLowerCase().startsWith(q)) starts.push({ id: n, label });
      else if (text.includes(q) && contains.length < 30) contains.push({ id: n, label });
      return starts.length >= 30;
    });
  return [...starts, ...contains].slice(0, 30);
}

/** The node a search names: its id, else a label equal to it, else a label containing it (case-insensitive). */
export function findNode(graph: Graph, typed: string): string | undefined {
  const q = typed.trim();
  const lower = q.toLowerCase();
  if (graph.hasNode(q)) return q;
  return graph.findNode((n, a) => n.toLowerCase() === lower || String(a.label ?? '').toLowerCase() === lower) ?? graph.findNode((n, a) => String(a.label ?? n).toLowerCase().includes(lower));
}

export const findPanel: Panel = {
  name: 'find',
  mount({ store, view }) {
    const search = byId<HTMLInputElement>('search');
    const options = byId('search-options');
    // Suggestions are filled as the user types: a datalist of every node would make each layout of
    // the page, which Sigma forces on every refresh, cost seconds on a 50k-node network.
    search.addEventListener('input', () => fill(options, ...suggestions(view.graph, search.value).map((x) => h('option', { value: x.id }, x.label))));
    search.addEventListener('change', () => {
      const q = search.value.trim();
      if (!q) return;
      const hit = findNode(view.graph, q);
      store.update((s) => (hit ? selectNode(s, hit) : setStatus(s, `No node matches "${q}".`)));
    });
    store.subscribe((s, p) => {
      if (s.network.id === p.network.id) return;
      search.value = '';
      fill(options);
    });
  },
};
