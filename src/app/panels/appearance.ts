// View panel: colour by any attribute or metric, size by any numeric one (or as in the file), and
// the legends: colour lines with counts of the nodes shown, or a gradient; the size legend.
import { AS_IN_FILE, formatLegendNumber, recordsOf, SIZE_AS_IN_FILE } from '../appearance/index.js';
import type { App, Panel } from '../app.js';
import { fill, h } from '../dom.js';
import { setView, type AppState } from '../store.js';
import { byId } from './dom-ids.js';

/** The colour modes that are not attributes. */
const GROUP_MODES = ['sector', 'community', 'component'];

/** Rebuilds the colour and size menus from what the network on screen carries (the static options stay: the URL may name them). */
function fillMenus({ store, view }: App, color: HTMLSelectElement, size: HTMLSelectElement, staticSizes: readonly { value: string; text: string }[]): void {
  const { spec, view: v } = store.get();
  const { records, attributes } = recordsOf(view.graph, view.rows);
  const hasOwn = (k: 'color' | 'size') => records.some((r) => (k === 'color' ? typeof r.attrs.color === 'string' : typeof r.attrs.size === 'number'));
  const specAttrs = new Map(spec.attributes.map((a) => [a.name, a.label]));
  const categorical = attributes.filter((a) => a.kind === 'categorical' && !GROUP_MODES.includes(a.name) && !specAttrs.has(a.name));
  const numeric = attributes.filter((a) => a.kind === 'numeric');
  fill(
    color,
    ...GROUP_MODES.map((m) => h('option', { value: m }, m)),
    hasOwn('color') && h('option', { value: AS_IN_FILE }, 'as in file'),
    ...[...specAttrs].map(([name, label]) => h('option', { value: name, 'data-attribute': '1' }, label)),
    categorical.length > 0 && h('optgroup', { label: 'attributes' }, ...categorical.map((a) => h('option', { value: a.name }, a.name))),
    numeric.length > 0 && h('optgroup', { label: 'numbers (colour scale)' }, ...numeric.map((a) => h('option', { value: a.name }, a.name))),
  );
  const known = new Set(staticSizes.map((o) => o.value));
  fill(
    size,
    ...staticSizes.map((o) => h('option', { value: o.value }, o.text)),
    hasOwn('size') && h('option', { value: SIZE_AS_IN_FILE }, 'as in file'),
    ...numeric.filter((a) => !known.has(a.name) && a.name !== 'size').map((a) => h('option', { value: a.name }, a.name)),
  );
  // A mode the menus lack (from the URL, before its network is measured) keeps an entry of its own.
  for (const [menu, value] of [[color, v.color], [size, v.size]] as const) {
    if (![...menu.options].some((o) => o.value === value)) menu.append(h('option', { value }, value));
    menu.value = value;
  }
}

/** The legends: colour lines (or gradient), then the size legend. */
function renderLegend(legend: HTMLElement, s: AppState): void {
  const d = s.derived;
  const items: HTMLElement[] = [];
  if (d.gradient) {
    const bar = h('i', { className: 'gradient' });
    bar.style.background = `linear-gradient(to right, ${d.gradient.stops.join(', ')})`;
    items.push(h('li', { className: 'gradient-line' }, bar), h('li', { className: 'gradient-ticks' }, h('span', {}, formatLegendNumber(d.gradient.min)), h('span', {}, `${d.gradient.attribute}`), h('span', {}, formatLegendNumber(d.gradient.max))));
    if (d.gradient.missing) items.push(h('li', {}, h('i', { className: 'missing' }), h('span', {}, `no ${d.gradient.attribute} (${d.gradient.missing.toLocaleString('en-US')})`)));
  } else
    for (const l of d.legend) {
      const dot = h('i');
      dot.style.background = l.color;
      items.push(h('li', {}, dot, h('span', {}, `${l.label} (${l.count.toLocaleString('en-US')})`)));
    }
  fill(legend, ...items);
  const sizes = byId('size-legend');
  if (!d.sizes || d.sizes.items.length < 2) return fill(sizes);
  fill(
    sizes,
    h('li', { className: 'size-title' }, `size: ${d.sizes.attribute}`),
    ...d.sizes.items.map((it) => {
      const dot = h('i');
      dot.style.width = dot.style.height = `${Math.round(it.size * 2)}px`;
      return h('li', {}, h('span', { className: 'size-dot' }, dot), h('span', {}, formatLegendNumber(it.value)));
    }),
  );
}

export const appearancePanel: Panel = {
  name: 'appearance',
  mount(app) {
    const { store } = app;
    const color = byId<HTMLSelectElement>('color');
    const size = byId<HTMLSelectElement>('size');
    const legend = byId('legend');
    const staticSizes = [...size.options].map((o) => ({ value: o.value, text: o.text }));
    fillMenus(app, color, size, staticSizes);
    color.addEventListener('change', () => store.update((s) => setView(s, { color: color.value })));
    size.addEventListener('change', () => store.update((s) => setView(s, { size: size.value })));
    store.subscribe((s, p) => {
      if (s.spec !== p.spec || s.network.id !== p.network.id || s.network.metrics !== p.network.metrics) fillMenus(app, color, size, staticSizes);
      // A loaded file whose every node has its own colour (size) opens in them (Gephi's look), not in the
      // survey's default sector colours, which would paint a file without sectors grey.
      if (s.network.id !== p.network.id && s.network.file !== null) {
        const { records } = recordsOf(app.view.graph, app.view.rows);
        const all = (test: (a: Record<string, unknown>) => boolean) => records.length > 0 && records.every((r) => test(r.attrs));
        const look: { color?: string; size?: string } = {};
        if (s.view.color === 'sector' && all((a) => typeof a.color === 'string')) look.color = AS_IN_FILE;
        if (s.view.size === 'degree' && all((a) => typeof a.size === 'number')) look.size = SIZE_AS_IN_FILE;
        if (look.color || look.size) store.update((x) => setView(x, look));
      }
      if (s.view.color !== color.value) color.value = s.view.color;
      if (s.view.size !== size.value) size.value = s.view.size;
      if (s.derived !== p.derived) renderLegend(legend, s);
    });
  },
};
