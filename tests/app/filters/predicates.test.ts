import { describe, expect, it } from 'vitest';
import { activeFilters, describeFilters, passesFilters } from '../../../src/app/filters/index.js';

const hospital = { sector: 'hospital', tier: 'tertiary', clinicians: 3 };
const secondary = { sector: 'hospital', tier: 'secondary', clinicians: 1 };
const institution = { sector: 'institution' };

describe('attribute filters: bad input', () => {
  it('a value of the wrong type does not pass; no filters keeps everything', () => {
    expect(passesFilters({ clinicians: 'many' }, [{ attribute: 'clinicians', kind: 'numeric', min: 1 }])).toBe(false);
    expect(passesFilters({}, [])).toBe(true);
  });
});

describe('attribute filters', () => {
  it('tier = tertiary keeps tertiary hospitals and every institution and company (they have no tier)', () => {
    const f = [{ attribute: 'tier', kind: 'categorical', values: ['tertiary'] }] as const;
    expect([hospital, secondary, institution].map((a) => passesFilters(a, f))).toEqual([true, false, true]);
  });
  it('numeric range, open bounds', () => {
    expect(passesFilters(hospital, [{ attribute: 'clinicians', kind: 'numeric', min: 2, max: 3 }])).toBe(true);
    expect(passesFilters(secondary, [{ attribute: 'clinicians', kind: 'numeric', min: 2 }])).toBe(false);
    expect(passesFilters(institution, [{ attribute: 'clinicians', kind: 'numeric', max: 0 }])).toBe(true);
  });
  it('filters that keep everything are inactive; the description says what is active', () => {
    const all = () => ['tertiary', 'secondary'];
    expect(activeFilters([{ attribute: 'tier', kind: 'categorical', values: ['tertiary', 'secondary'] }, { attribute: 'x', kind: 'numeric' }], all)).toEqual([]);
    expect(describeFilters([{ attribute: 'tier', kind: 'categorical', values: ['tertiary'] }, { attribute: 'degree', kind: 'numeric', min: 2 }])).toBe('tier: tertiary; degree ≥ 2');
  });
});
