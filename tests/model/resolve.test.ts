import { describe, expect, it } from 'vitest';
import { parseOverride, resolveModel } from '../../src/model/index.js';
import { ModelSpecSchema, parseWith } from '../../src/schemas/index.js';
import { model, rawModel, spec, survey, inputErrorMessage } from '../helpers.js';

const message = inputErrorMessage;

describe('model spec and overrides: bad input', () => {
  it('rejects an unknown assumption in model.json and a value out of range', () => {
    const m = rawModel();
    m.assumptions['compnaies'] = { value: 1, justification: 'x', source: null };
    m.assumptions['tertiary-share'].value = 1.5;
    const text = message(() => parseWith(ModelSpecSchema, m, 'model.json'));
    expect(text).toContain('model.json: assumptions.compnaies: unknown assumption "compnaies"');
    expect(text).toContain('model.json: assumptions.tertiary-share.value: expected a number in [0, 1], got 1.5');
  });

  it('rejects unknown --set names with a suggestion, and bad values', () => {
    expect(message(() => parseOverride('compnies=150'))).toContain('unknown assumption "compnies" (did you mean "companies"?)');
    expect(message(() => parseOverride('companies=1.5'))).toBe('--set companies=1.5: expected an integer in [1, 1000000], got "1.5"');
    expect(message(() => parseOverride('companies=NaN'))).toContain('expected an integer');
    expect(message(() => parseOverride('reconciliation=both'))).toContain('expected one of "balance", "keep-institutions", "keep-hospitals"');
    expect(message(() => parseOverride('companies'))).toContain('expected name=value');
  });

  it('refuses to fix the institution count while balance solves it', () => {
    expect(message(() => model({ institutions: 150 }))).toContain('reconciliation "balance" solves the number of institutions itself');
  });

  it('refuses a scale that would exhaust memory, before allocating', () => {
    expect(message(() => model({}, 1000))).toMatch(/--scale 1000: the network would have 2,4\d\d,\d\d\d nodes .* the limits are 2,000,000 nodes/);
  });

  it('refuses an open-bin cap below the bin', () => {
    expect(message(() => model({ 'rh-open-bin-cap': 3 }))).toContain('starts at 6, but its cap is 3');
  });
});

describe('resolveModel: known answers', () => {
  const m = model();

  it('derives clinician engagement from Table 1 under independence', () => {
    expect(m.engagement.company).toBeCloseTo(0.08, 12);
    expect(m.engagement.institution).toBeCloseTo(1 - 0.84 / 0.92, 12);
    // 1 − (1 − 0.08)(1 − p) = 0.16
    expect(1 - (1 - m.engagement.company) * (1 - m.engagement.institution)).toBeCloseTo(0.16, 12);
  });

  it('expands bins by the stated rule: E[k] of Table 6 hospitals block', () => {
    // 0.33·1 + 0.31·3.5 + 0.05·E[truncated geometric on 6..20 with q = 2/3]
    const q = 2 / 3;
    let w = 0;
    let t = 0;
    for (let k = 6, x = 1; k <= 20; k++, x *= q) {
      w += x;
      t += x * k;
    }
    expect(m.rh.mean).toBeCloseTo(0.33 + 0.31 * 3.5 + 0.05 * (t / w), 12);
  });

  it('balance solves the institution population from the hospital side', () => {
    const hospitalSide = 5142 * m.engagement.institution;
    expect(m.implied.researchHospital.hospitalSide).toBeCloseTo(hospitalSide, 9);
    expect(m.institutions).toBe(Math.round(hospitalSide / m.rh.mean));
    expect(m.institutions).toBe(247);
    expect(m.implied.researchHospital.institutionSideAtRespondents).toBeCloseTo(120 * m.rh.mean, 9);
  });

  it('keep-* modes use the 120 respondents (× scale)', () => {
    expect(model({ reconciliation: 'keep-institutions' }).institutions).toBe(120);
    expect(model({ reconciliation: 'keep-hospitals', institutions: 80 }, 2).institutions).toBe(160);
  });

  it('renormalizes the 103% block when the healthcare-systems calibration is chosen', () => {
    const alt = model({ 'rh-calibration': 'healthcare-systems' });
    expect(alt.rh.reportedSum).toBeCloseTo(1.03, 12);
    expect(alt.rh.bins.reduce((s, b) => s + b.share, 0)).toBeCloseTo(1, 12);
    expect(alt.rh.bins[0]!.share).toBeCloseTo(0.5 / 1.03, 12);
  });

  it('scales every population', () => {
    const big = model({}, 2);
    expect([big.hospitals, big.clinicians, big.companies]).toEqual([4270, 10284, 200]);
    expect(big.institutions).toBe(Math.round((10284 * big.engagement.institution) / big.rh.mean));
  });

  it('lists every assumption in force with where it was set', () => {
    const r = resolveModel(survey(), spec(), { overrides: { companies: { value: 150, origin: '--set' } } });
    expect(r.assumptions).toHaveLength(19);
    expect(r.assumptions.find((a) => a.name === 'companies')).toMatchObject({ value: 150, origin: '--set' });
    expect(r.assumptions.find((a) => a.name === 'institutions')).toMatchObject({ setting: 'auto', value: 247 });
  });
});
