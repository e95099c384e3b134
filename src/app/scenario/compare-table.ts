import type { Interval } from '../../scenarios/index.js';
import { fill, h } from '../dom.js';
import type { CompareResult } from '../protocol.js';

/** A mean and its interval, or a dash without runs. */
const iv = (i: Interval | undefined, digits = 3): Node[] =>
  !i || i.runs === 0 ? [document.createTextNode('–')] : [document.createTextNode(`${i.mean.toFixed(digits)} `), h('small', {}, `[${i.lo.toFixed(digits)}, ${i.hi.toFixed(digits)}]`)];

/**
 * The baseline-vs-scenario table: mean [95% interval] of each of the spec's key figures (the one
 * list, shared with the CLI) and their paired difference; then, per tie type and side, the distance
 * to the survey (TVD), so the page shows where the scenario leaves the survey behind.
 */
export function renderCompare(el: HTMLElement, r: CompareResult, keyFigures: readonly { metric: string; label: string; decimals: number }[]): void {
  const byName = new Map(r.rows.map((x) => [x.metric, x]));
  const rows = keyFigures.flatMap(({ metric: k, label, decimals: d }) => {
    const x = byName.get(k);
    if (!x) return [];
    const cls = x.difference.lo > 0 ? 'pos' : x.difference.hi < 0 ? 'neg' : '';
    return [h('tr', { 'data-metric': k }, h('td', {}, label), h('td', {}, ...iv(x.baseline, d)), h('td', { className: 'scenario-value' }, ...iv(x.scenario, d)), h('td', { className: cls }, ...iv(x.difference, d)))];
  });
  fill(
    el,
    h('p', {}, `${r.runs} paired networks (same seeds); mean [95% interval]`),
    h('table', { id: 'compare-table' }, h('tr', {}, h('th'), h('th', {}, 'baseline'), h('th', {}, 'scenario'), h('th', {}, 'Δ')), ...rows),
    h(
      'table',
      { id: 'compare-fit' },
      h('tr', {}, h('th', {}, 'fit to the survey (TVD)'), h('th', {}, 'baseline'), h('th', {}, 'scenario'), h('th', {}, 'Δ')),
      ...r.rows
        .filter((x) => x.metric.startsWith('fit.tvd.'))
        .map((x) => h('tr', { 'data-metric': x.metric }, h('td', {}, x.metric.slice('fit.tvd.'.length)), h('td', {}, ...iv(x.baseline, 3)), h('td', {}, ...iv(x.scenario, 3)), h('td', {}, ...iv(x.difference, 3)))),
    ),
  );
}
