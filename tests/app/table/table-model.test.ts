import { describe, expect, it } from 'vitest';
import { formatCell, queryTable } from '../../../src/app/table/index.js';

const records = [
  { id: 'H2', attrs: { label: 'Hospital 2', degree: 5, tier: 'secondary' } },
  { id: 'H10', attrs: { label: 'Hospital 10', degree: 12, tier: 'tertiary' } },
  { id: 'C1', attrs: { label: 'Company 1', degree: 5 } },
  { id: 'I1', attrs: { label: 'Institute 1' } },
];
const q = { sort: 'degree', descending: true, search: '', offset: 0, limit: 10 };

describe('node table: bad input', () => {
  it('an unknown column sorts by id; an offset past the end shows the last row; nothing matches', () => {
    expect(queryTable(records, ['degree'], { ...q, sort: 'nope' }).rows.map((r) => r.id)).toEqual(['C1', 'H10', 'H2', 'I1']);
    expect(queryTable(records, ['degree'], { ...q, offset: 99 }).rows).toHaveLength(1);
    expect(queryTable(records, ['label'], { ...q, search: 'zzz' })).toMatchObject({ rows: [], matched: 0, total: 4 });
  });
});

describe('node table', () => {
  it('"which hospitals have the most partners?": degree descending, ties by id, no value last', () => {
    expect(queryTable(records, ['degree'], q).rows.map((r) => r.id)).toEqual(['H10', 'C1', 'H2', 'I1']);
    expect(queryTable(records, ['degree'], { ...q, descending: false }).rows.map((r) => r.id)).toEqual(['C1', 'H2', 'H10', 'I1']);
  });
  it('search in ids and text cells, case-insensitive; paging', () => {
    expect(queryTable(records, ['label', 'tier'], { ...q, search: 'TERT' }).rows.map((r) => r.id)).toEqual(['H10']);
    expect(queryTable(records, ['label'], { ...q, search: 'hosp', limit: 1 })).toMatchObject({ matched: 2 });
  });
  it('cells: integers with separators, 4 significant digits, yes/no, empty', () => {
    expect([formatCell(12345), formatCell(0.123456), formatCell(true), formatCell(undefined)]).toEqual(['12,345', '0.1235', 'yes', '']);
  });
});
