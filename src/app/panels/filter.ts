// Filter panel: sectors, the spec's category and region attributes, isolates, largest component,
// minimum degree, and the number of nodes shown. Its choices are built from the network on screen.
import { recordsOf } from '../appearance/index.js';
import type { App, Panel } from '../app.js';
import { decodeFilters, renderAttributeFilters } from '../filters/index.js';
import { fill, h } from '../dom.js';
import { valuesOf } from '../graph-values.js';
import { setView } from '../store.js';
import { byId } from './dom-ids.js';

/** Builds the sector boxes and attribute menus from the network on screen. */
function build({ store, view }: App): void {
  const { spec, view: v } = store.get();
  const known = spec.sectors.map((x) => x.id);
  const sectors = valuesOf(view.graph, 'sector').sort((a, b) => (known.indexOf(a) + 1 || 99) - (known.indexOf(b) + 1 || 99));
  fill(
    byId('sector-filter'),
    h('legend', {}, 'Sectors'),
    ...sectors.map((s) => h('label', {}, h('input', { type: 'checkbox', value: s, checked: !v.sectors || v.sectors.includes(s) }), ` ${s}`)),
  );
  // Every attribute and metric of the network: categories as menus with counts, numbers as ranges.
  const { attributes } = recordsOf(view.graph, view.rows);
  renderAttributeFilters(byId('attribute-filters'), attributes, decodeFilters(v.attrs, attributes).filters, view.graph.order, new Map(spec.attributes.map((a) => [a.name, a.label])), (attrs) =>
    store.update((s) => setView(s, { attrs })),
  );
}

/** Shows the state's filters in the controls (after Back/Forward or a reset). */
function sync({ store }: App): void {
  const v = store.get().view;
  for (const b of document.querySelectorAll<HTMLInputElement>('#sector-filter input')) b.checked = !v.sectors || v.sectors.includes(b.value);
  for (const sel of document.querySelectorAll<HTMLSelectElement>('#attribute-filters select')) sel.value = v.attrs[sel.dataset.attribute!] ?? '';
  for (const input of document.querySelectorAll<HTMLInputElement>('#attribute-filters input[data-range]')) {
    const [min, max] = (v.attrs[input.dataset.range!] ?? '..').split('..');
    input.value = (input.dataset.end === 'min' ? min : max) ?? '';
  }
  byId<HTMLInputElement>('hide-isolates').checked = v.hideIsolates;
  byId<HTMLInputElement>('giant-only').checked = v.giantOnly;
  byId<HTMLInputElement>('min-degree').value = String(v.minDegree);
}

export const filterPanel: Panel = {
  name: 'filter',
  mount(app) {
    const { store } = app;
    sync(app);
    byId('sector-filter').addEventListener('change', () => {
      const boxes = [...document.querySelectorAll<HTMLInputElement>('#sector-filter input')];
      const checked = boxes.filter((b) => b.checked).map((b) => b.value);
      store.update((s) => setView(s, { sectors: checked.length === boxes.length ? null : checked }));
    });
    const box = (id: string) => byId<HTMLInputElement>(id);
    box('hide-isolates').addEventListener('change', () => store.update((s) => setView(s, { hideIsolates: box('hide-isolates').checked })));
    box('giant-only').addEventListener('change', () => store.update((s) => setView(s, { giantOnly: box('giant-only').checked })));
    box('min-degree').addEventListener('change', () => store.update((s) => setView(s, { minDegree: Math.max(0, Math.trunc(Number(box('min-degree').value) || 0)) })));
    store.subscribe((s, p) => {
      if (s.network.id !== p.network.id || s.network.metrics !== p.network.metrics || s.spec !== p.spec) build(app);
      if (s.view !== p.view) sync(app);
      if (s.derived.visible !== p.derived.visible) byId('visible-count').textContent = s.derived.visible.toLocaleString('en-US');
    });
  },
};
