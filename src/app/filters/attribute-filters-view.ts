// The attribute filters on the page, built from the data: each categorical attribute a list of
// checkboxes with counts, each numeric one a min/max range. Only attributes with at most
// MAX_VALUES values are listed as boxes (community ids are coloured, not filtered one by one).
import type { AttributeInfo } from '../appearance/index.js';
import { formatLegendNumber } from '../appearance/index.js';
import { fill, h } from '../dom.js';
import type { AttributeFilter } from './predicates.js';

/** A categorical attribute with more values than this gets no checkboxes. */
export const MAX_VALUES = 40;

/** Builds the filter controls into `root` for these attributes and filters; `change` is told the new filters. */
export function renderAttributeFilters(root: HTMLElement, attributes: readonly AttributeInfo[], active: readonly AttributeFilter[], total: number, change: (filters: AttributeFilter[]) => void): void {
  const byName = new Map(active.map((f) => [f.attribute, f]));
  const blocks: HTMLElement[] = [];
  for (const a of attributes) {
    if (a.kind === 'text' || (a.kind === 'categorical' && (a.values.length > MAX_VALUES || a.values.length < 2))) continue;
    if (a.kind === 'numeric' && !(a.max > a.min)) continue;
    const f = byName.get(a.name);
    const has = a.count < total ? ` — ${a.count.toLocaleString('en-US')} of ${total.toLocaleString('en-US')} nodes have it; the others are not filtered` : '';
    if (a.kind === 'categorical') {
      const chosen = f?.kind === 'categorical' ? new Set(f.values) : null;
      const boxes = a.values.map((v) =>
        h('label', {}, h('input', { type: 'checkbox', value: v.value, checked: !chosen || chosen.has(v.value), 'data-filter': a.name }), ` ${v.value} (${v.count.toLocaleString('en-US')})`),
      );
      blocks.push(h('details', { open: !!f, 'data-attribute': a.name }, h('summary', { title: has.slice(3) }, `${a.name}${f ? ' (filtered)' : ''}`), h('div', { className: 'filter-values' }, ...boxes)));
    } else {
      const r = f?.kind === 'numeric' ? f : undefined;
      const step = a.integer ? '1' : 'any';
      const min = h('input', { type: 'number', step, value: r?.min === undefined ? '' : String(r.min), placeholder: formatLegendNumber(a.min), 'data-range': `${a.name}:min` });
      const max = h('input', { type: 'number', step, value: r?.max === undefined ? '' : String(r.max), placeholder: formatLegendNumber(a.max), 'data-range': `${a.name}:max` });
      min.setAttribute('aria-label', `${a.name} at least`);
      max.setAttribute('aria-label', `${a.name} at most`);
      blocks.push(h('details', { open: !!r, 'data-attribute': a.name }, h('summary', { title: has.slice(3) }, `${a.name}${r ? ' (filtered)' : ''}`), h('div', { className: 'filter-range' }, min, ' – ', max)));
    }
  }
  fill(root, ...blocks);
  root.onchange = () => {
    const next: AttributeFilter[] = [];
    for (const a of attributes) {
      const boxes = [...root.querySelectorAll<HTMLInputElement>('input[data-filter]')].filter((b) => b.dataset.filter === a.name);
      if (boxes.length && boxes.some((b) => !b.checked)) next.push({ attribute: a.name, kind: 'categorical', values: boxes.filter((b) => b.checked).map((b) => b.value) });
      const [lo, hi] = ['min', 'max'].map((end) => [...root.querySelectorAll<HTMLInputElement>('input[data-range]')].find((i) => i.dataset.range === `${a.name}:${end}`));
      if (lo && hi) {
        const min = lo.value.trim() === '' ? undefined : Number(lo.value);
        const max = hi.value.trim() === '' ? undefined : Number(hi.value);
        if ((min !== undefined && Number.isFinite(min)) || (max !== undefined && Number.isFinite(max)))
          next.push({ attribute: a.name, kind: 'numeric', ...(min !== undefined && Number.isFinite(min) ? { min } : {}), ...(max !== undefined && Number.isFinite(max) ? { max } : {}) });
      }
    }
    change(next);
  };
}
