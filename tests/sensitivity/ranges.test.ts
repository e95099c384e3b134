import { describe, expect, it } from 'vitest';
import { selectInputs, specInputs } from '../../src/sensitivity/index.js';
import { model, spec } from '../helpers.js';

describe('assumption ranges in the spec', () => {
  it('an unknown --inputs name is refused with the known ones', () => {
    expect(() => selectInputs(spec(), null, ['engagement'], true, true)).toThrow(/unknown input "engagement"/);
  });

  it('every numeric assumption has a range inside its allowed [min, max]; words vary over every value', () => {
    for (const [name, def] of Object.entries(spec().assumptions)) {
      if (def.type === 'enum') expect(Object.keys(def.values).length, name).toBeGreaterThanOrEqual(2);
      else {
        expect(def.range[0], name).toBeGreaterThanOrEqual(def.min);
        expect(def.range[1], name).toBeLessThanOrEqual(def.max);
        expect(def.range[0], name).toBeLessThanOrEqual(def.range[1]);
      }
    }
  });

  it('the engagement split ranges over 8–16% (Table 1), the bin edges over table and text', () => {
    const inputs = specInputs(spec(), null);
    expect(inputs.find((i) => i.name === 'clinician-institution-engagement')!.range).toEqual({ kind: 'interval', low: 0.08, high: 0.16, integer: false });
    expect(inputs.find((i) => i.name === 'rc-bin-edges')!.range).toEqual({ kind: 'set', values: ['table', 'text'] });
    // the unit of analysis is a stated reading (sectors.institution.respondents.node), not a sampled input: it had no effect
    expect(inputs.some((i) => i.name === 'institution-node')).toBe(false);
    // the solved population and ceilings of levers not in play are left out by default
    expect(inputs.some((i) => i.name === 'institutions')).toBe(false);
    expect(inputs.some((i) => i.name === 'clinician-institution-interest-ceiling')).toBe(false);
    expect(specInputs(spec(), 'clinician-engagement').some((i) => i.name === 'clinician-institution-interest-ceiling')).toBe(true);
  });

  it("research–company bin edges: the text's edges give 1.773 partners and about 438 ties, the table's 2.087 and 515", () => {
    const tie = (m: ReturnType<typeof model>) => m.implied['research-company']!.find((x) => x.sector === 'institution')!;
    expect(tie(model()).total).toBeCloseTo(515.4, 0);
    expect(tie(model()).note).toContain('2.087');
    expect(tie(model({ 'rc-bin-edges': 'text' })).total).toBeCloseTo(437.8, 0);
    expect(tie(model({ 'rc-bin-edges': 'text' })).note).toContain('1.773');
  });
});
