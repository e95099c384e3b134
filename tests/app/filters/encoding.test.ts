import { describe, expect, it } from 'vitest';
import type { AttributeInfo } from '../../../src/app/appearance/index.js';
import { decodeFilters, encodeFilter } from '../../../src/app/filters/index.js';

const attributes: AttributeInfo[] = [
  { name: 'tier', kind: 'categorical', count: 2, values: [{ value: 'tertiary', count: 1 }, { value: 'secondary', count: 1 }] },
  { name: 'clinicians', kind: 'numeric', count: 2, min: 1, max: 3, integer: true },
  { name: 'label', kind: 'text', count: 2 },
];

describe('filter encoding: bad input', () => {
  it('unknown attribute, absent value, text attribute, bad or reversed range: dropped with a note', () => {
    const r = decodeFilters({ nope: 'x', tier: 'primary', label: 'A', clinicians: '5..1' }, attributes);
    expect(r.filters).toEqual([]);
    expect(r.notes).toEqual([
      'filter="nope:x": no node of this network has nope (ignored)',
      'filter="tier:primary": no such tier in this network (ignored)',
      'filter="label:A": no node of this network has categories of label (ignored)',
      'filter="clinicians:5..1": expected a range MIN..MAX of clinicians (ignored)',
    ]);
    expect(decodeFilters({ clinicians: 'lots' }, attributes).notes).toHaveLength(1);
  });
});

describe('filter encoding', () => {
  it('values joined by |, ranges with open ends; round trip', () => {
    const r = decodeFilters({ tier: 'tertiary|secondary|primary', clinicians: '2..' }, attributes);
    expect(r.filters).toEqual([{ attribute: 'tier', kind: 'categorical', values: ['tertiary', 'secondary'] }, { attribute: 'clinicians', kind: 'numeric', min: 2 }]);
    expect(r.notes).toEqual(['filter="tier:primary": no such tier in this network (ignored)']);
    expect(r.filters.map(encodeFilter)).toEqual(['tertiary|secondary', '2..']);
    expect(decodeFilters({ clinicians: '..1.5' }, attributes).filters).toEqual([{ attribute: 'clinicians', kind: 'numeric', max: 1.5 }]);
  });
});
