// The attribute filters on the page, built from the data: each categorical attribute a menu of its
// values with counts, each numeric one a min–max range (in a "ranges" group). Categorical
// attributes with more than MAX_VALUES values (ids, names) get no menu.
import type { AttributeInfo } from '../appearance/index.js';
import { formatLegendNumber } from '../appearance/index.js';
import { fill, h } from '../dom.js';
import { encodeFilter } from './encoding.js';
import type { AttributeFilter } from './predicates.js';

/** A categorical attribute with more values than this gets no menu. */
export const MAX_VALUES = 60;

/** Attributes with controls of their own elsewhere (sector boxes) or that are group ids (colour, not filter). */
const SKIP = new Set(['sector', 'community', 'component', 'label', 'isolated']);

/**
 * Builds the filter controls into `root`; `change` is told the filters as the view state holds them
 * (attribute → value, or → "min..max"). `total` is the number of nodes: an attribute fewer nodes
 * have says so (the others are not filtered by it).
 */
export function renderAttributeFilters(
  root: HTMLElement,
  attributes: readonly AttributeInfo[],
  active: readonly AttributeFilter[],
  total: number,
  labels: ReadonlyMap<string, string>,
  change: (attrs: Record<string, string>) => void,
): void {
  const byName = new Map(active.map((f) => [f.attribute, f]));
  const menus: HTMLElement[] = [];
  const ranges: HTMLElement[] = [];
  const note = (a: AttributeInfo) => (a.count < total ? `${a.count.toLocaleString('en-US')} of ${total.toLocaleString('en-US')} nodes have a ${a.name}; this filter leaves the others shown` : '');
  for (const a of attributes) {
    if (SKIP.has(a.name) || a.kind === 'text') continue;
    const f = byName.get(a.name);
    if (a.kind === 'categorical') {
      if (a.values.length < 2 || a.values.length > MAX_VALUES) continue;
      const chosen = f?.kind === 'categorical' && f.values.length === 1 ? f.values[0]! : '';
      const select = h(
        'select',
        { 'data-attribute': a.name, title: note(a) },
        h('option', { value: '' }, 'all'),
        ...a.values.map((v) => h('option', { value: v.value, selected: v.value === chosen }, `${v.value} (${v.count.toLocaleString('en-US')})`)),
      );
      select.value = chosen;
      menus.push(h('label', {}, `${labels.get(a.name) ?? a.name} `, select));
    } else {
      if (!(a.max > a.min)) continue;
      const r = f?.kind === 'numeric' ? f : undefined;
      const step = a.integer ? '1' : 'any';
      const input = (end: 'min' | 'max') => {
        const el = h('input', { type: 'number', step, value: r?.[end] === undefined ? '' : String(r[end]), placeholder: formatLegendNumber(end === 'min' ? a.min : a.max), 'data-range': a.name, 'data-end': end });
        el.setAttribute('aria-label', `${a.name} ${end === 'min' ? 'at least' : 'at most'}`);
        return el;
      };
      ranges.push(h('label', { title: note(a) }, a.name, h('span', { className: 'range' }, input('min'), '–', input('max'))));
    }
  }
  const open = active.some((f) => f.kind === 'numeric');
  fill(root, ...menus, ranges.length > 0 && h('details', { open }, h('summary', {}, 'Ranges'), ...ranges));
  root.onchange = () => {
    const attrs: Record<string, string> = {};
    for (const sel of root.querySelectorAll<HTMLSelectElement>('select[data-attribute]')) if (sel.value) attrs[sel.dataset.attribute!] = sel.value;
    for (const lo of root.querySelectorAll<HTMLInputElement>('input[data-end="min"]')) {
      const name = lo.dataset.range!;
      const hi = [...root.querySelectorAll<HTMLInputElement>('input[data-end="max"]')].find((i) => i.dataset.range === name);
      const num = (i: HTMLInputElement | undefined) => (i && i.value.trim() !== '' && Number.isFinite(Number(i.value)) ? Number(i.value) : undefined);
      const [min, max] = [num(lo), num(hi)];
      if (min !== undefined || max !== undefined) attrs[name] = encodeFilter({ attribute: name, kind: 'numeric', ...(min === undefined ? {} : { min }), ...(max === undefined ? {} : { max }) });
    }
    change(attrs);
  };
}
