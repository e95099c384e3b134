// The node table on the page: a search box, column headers that sort, one page of rows; a click (or
// Enter) on a row selects its node.
import type { NodeRecord } from '../appearance/index.js';
import { fill, h } from '../dom.js';
import { formatCell, queryTable, type TableQuery } from './table-model.js';

/** What the table shows and what a row click does. */
export interface NodeTableSource {
  /** The rows (the nodes shown by the filters, with every attribute and metric). */
  records(): readonly NodeRecord[];
  /** Columns after the id, in order. */
  columns(): readonly string[];
  select(id: string): void;
  selected(): string | null;
}

const PAGE = 50;

/** Mounts the table into `root`; returns `render`, to call when the records or the selection change. */
export function mountNodeTable(root: HTMLElement, source: NodeTableSource): () => void {
  let query: TableQuery = { sort: 'degree', descending: true, search: '', offset: 0, limit: PAGE };
  const search = h('input', { type: 'search', placeholder: 'search id, label, any text', id: 'table-search' });
  search.setAttribute('aria-label', 'Search the node table');
  const count = h('span', { id: 'table-count' });
  const prev = h('button', { type: 'button', id: 'table-prev' }, '‹ previous');
  const next = h('button', { type: 'button', id: 'table-next' }, 'next ›');
  const table = h('table', { id: 'node-table-grid' });
  fill(root, h('h2', {}, 'Nodes'), h('div', { className: 'table-tools' }, search, ' ', count), h('div', { className: 'table-scroll' }, table), h('div', { className: 'table-pager' }, prev, ' ', next));

  const render = () => {
    const columns = ['id', ...source.columns()];
    // A sort column the network lacks (none chosen yet, or a new network): most partners first, else by id.
    const sort = columns.includes(query.sort) ? query : { ...query, sort: columns.includes('degree') ? 'degree' : 'id', descending: columns.includes('degree') };
    const page = queryTable(source.records(), columns.slice(1), sort);
    const head = h(
      'tr',
      {},
      ...columns.map((c) => {
        const sorted = c === sort.sort;
        const th = h('th', { scope: 'col' }, h('button', { type: 'button', 'data-column': c }, c, sorted ? (sort.descending ? ' ▼' : ' ▲') : ''));
        th.setAttribute('aria-sort', sorted ? (sort.descending ? 'descending' : 'ascending') : 'none');
        return th;
      }),
    );
    const selected = source.selected();
    const rows = page.rows.map((r) => {
      const tr = h('tr', { tabIndex: 0, 'data-node': r.id, className: r.id === selected ? 'selected' : '' }, ...columns.map((c) => h('td', {}, c === 'id' ? r.id : formatCell(r.attrs[c]))));
      return tr;
    });
    fill(table, h('thead', {}, head), h('tbody', {}, ...rows));
    const from = page.matched ? query.offset + 1 : 0;
    count.textContent = `${from.toLocaleString('en-US')}–${(query.offset + page.rows.length).toLocaleString('en-US')} of ${page.matched.toLocaleString('en-US')}${query.search ? ` matching (of ${page.total.toLocaleString('en-US')} shown)` : ' nodes shown'}`;
    prev.disabled = query.offset === 0;
    next.disabled = query.offset + PAGE >= page.matched;
  };

  search.addEventListener('input', () => {
    query = { ...query, search: search.value, offset: 0 };
    render();
  });
  prev.addEventListener('click', () => {
    query = { ...query, offset: Math.max(0, query.offset - PAGE) };
    render();
  });
  next.addEventListener('click', () => {
    query = { ...query, offset: query.offset + PAGE };
    render();
  });
  table.addEventListener('click', (e) => {
    const target = e.target as HTMLElement;
    const col = target.closest('button')?.dataset.column;
    if (col) {
      // A new column sorts numbers largest first, text A→Z; the same column again flips it.
      const numeric = source.records().some((r) => typeof r.attrs[col] === 'number');
      const current = table.querySelector('th[aria-sort="descending"], th[aria-sort="ascending"]');
      const same = current?.querySelector('button')?.dataset.column === col;
      query = { ...query, sort: col, descending: same ? current?.getAttribute('aria-sort') !== 'descending' : numeric, offset: 0 };
      render();
      return;
    }
    const node = target.closest('tr')?.dataset.node;
    if (node !== undefined) source.select(node);
  });
  table.addEventListener('keydown', (e) => {
    const node = (e.target as HTMLElement).closest('tr')?.dataset.node;
    if (node !== undefined && (e.key === 'Enter' || e.key === ' ')) {
      e.preventDefault();
      source.select(node);
    }
  });
  render();
  return render;
}
