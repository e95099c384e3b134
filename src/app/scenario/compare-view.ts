import { formatFigure, formatInterval, verdict, type CompareRow, type Interval, type KeyFigure } from '../../scenarios/index.js';
import { fill, h } from '../dom.js';
import type { CompareResult, UncertaintyKind } from '../protocol.js';

/** What varied between runs, in words. */
export const UNCERTAINTY_TEXT: Record<UncertaintyKind, string> = {
  seeds: "the generator's seed",
  sampling: "the seed and the survey's sampling error (each run redraws the survey)",
  assumptions: 'the seed and the assumptions over their plausible ranges (Latin hypercube)',
  all: "the seed, the survey's sampling error and the assumptions over their ranges",
};

const VERDICT_TEXT = { better: 'better', worse: 'worse', unclear: 'no clear change', neutral: 'changed' } as const;

/** A cell: the mean in bold-free text and the interval small beside it. */
function cell(metric: string, iv: Interval | undefined, decimals: number, signed = false, className = ''): HTMLTableCellElement {
  const f = formatInterval(metric, iv, decimals, signed);
  return h('td', { className }, f.mean, ' ', h('small', {}, f.interval));
}

/** `fit.KIND.TIE.SIDE` → [TIE, SIDE]. */
const sideOf = (metric: string, kind: string) => metric.slice(`fit.${kind}.`.length).split('.') as [string, string];

/**
 * The baseline-vs-scenario table: each of the spec's key figures as mean [95% interval] on both
 * sides and their paired change, shares as percentages (points for changes), the change coloured
 * better / worse for the figure (the spec's `better`), not by its sign, and said in words; then,
 * per tie type and side, the distance to the survey (TVD) and the requested vs realized
 * quantity, so the page shows where the scenario leaves the survey behind.
 */
export function renderCompare(el: HTMLElement, r: CompareResult, keyFigures: readonly KeyFigure[]): void {
  const byName = new Map<string, CompareRow>(r.rows.map((x) => [x.metric, x]));
  const rows = keyFigures.flatMap((k) => {
    const x = byName.get(k.metric);
    if (!x) return [];
    const v = verdict(x.difference, k);
    const change = cell(k.metric, x.difference, k.decimals, true, `change ${v}`);
    change.title = VERDICT_TEXT[v];
    change.append(' ', h('span', { className: 'verdict' }, VERDICT_TEXT[v]));
    return [h('tr', { 'data-metric': k.metric, 'data-verdict': v }, h('td', {}, k.label), cell(k.metric, x.baseline, k.decimals), cell(k.metric, x.scenario, k.decimals, false, 'scenario-value'), change)];
  });
  const uncertainty = r.uncertainty ?? 'seeds';
  const pairs = r.pairs ?? r.runs;
  const tvd = r.rows.filter((x) => x.metric.startsWith('fit.tvd.'));
  fill(
    el,
    h('p', { className: 'compare-note' }, `${pairs < r.runs ? `${pairs} of ${r.runs}` : r.runs} paired networks (run i: the same seed${uncertainty === 'seeds' ? '' : ' and the same draw'} on both sides); varies between runs: ${UNCERTAINTY_TEXT[uncertainty]}; mean [95% interval of the mean]. Colour: green better, red worse for the figure; grey: the interval holds no change.`),
    h('table', { id: 'compare-table' }, h('tr', {}, h('th', {}, 'figure'), h('th', {}, 'baseline'), h('th', {}, 'scenario'), h('th', {}, 'change')), ...rows),
    h('h3', {}, 'Fit to the survey'),
    h('p', { className: 'compare-note' }, 'Per tie type and side: distance of the partner-count distribution to the survey (TVD, 0 = as surveyed), and the quantity the side asks for against what the network realized.'),
    h(
      'table',
      { id: 'compare-fit' },
      h('tr', {}, h('th', {}, 'tie type · side'), h('th', {}, 'TVD baseline'), h('th', {}, 'TVD scenario'), h('th', {}, 'requested → realized (scenario)')),
      ...tvd.map((x) => {
        const [tie, side] = sideOf(x.metric, 'tvd');
        const req = byName.get(`fit.requested.${tie}.${side}`)?.scenario;
        const real = byName.get(`fit.realized.${tie}.${side}`)?.scenario;
        const q = (iv: Interval | undefined) => (iv && iv.runs ? formatFigure('', iv.mean, iv.mean >= 10 ? 0 : 3) : '–');
        return h('tr', { 'data-metric': x.metric }, h('td', {}, `${tie} · ${side}`), cell('', x.baseline, 3), cell('', x.scenario, 3), h('td', {}, `${q(req)} → ${q(real)}`));
      }),
    ),
  );
}
