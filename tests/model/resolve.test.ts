import { describe, expect, it } from 'vitest';
import { parseOverride, resolveModel } from '../../src/model/index.js';
import { SpecSchema, parseWith } from '../../src/schemas/index.js';
import { binsOf, impliedOf, model, rawModel, sectorOf, shareOf, spec, survey, inputErrorMessage } from '../helpers.js';

const message = inputErrorMessage;

describe('spec and overrides: bad input', () => {
  it('rejects a malformed spec with file, path and what was expected', () => {
    const m = rawModel();
    m.assumptions['tertiary-share'].range = 'wide';
    m.sectors[0].colour = 'blue';
    const text = message(() => parseWith(SpecSchema, m, 'model.json'));
    expect(text).toContain('model.json: assumptions.tertiary-share.range: expected an array');
    expect(text).toContain('model.json: sectors.0.colour: expected a colour like "#0072B2"');
  });

  it('rejects a question or option id the survey does not have', () => {
    const m = rawModel();
    m.assumptions['clinician-company-engagement'].auto = { complement: { question: 'clinicians.collaboration', option: 'none-imaging' } };
    const s = parseWith(SpecSchema, m, 'model.json');
    expect(message(() => resolveModel(survey(), s, { file: 'model.json' }))).toContain('model.json: assumptions.clinician-company-engagement.auto: question "clinicians.collaboration" has no option "none-imaging"');
  });

  it('rejects unknown --set names with a suggestion, and bad values', () => {
    const s = spec();
    expect(message(() => parseOverride(s, 'compnies=150'))).toContain('unknown assumption "compnies" (did you mean "companies"?)');
    expect(message(() => parseOverride(s, 'companies=1.5'))).toBe('--set companies=1.5: expected an integer in [1, 1000000], got "1.5"');
    expect(message(() => parseOverride(s, 'companies=NaN'))).toContain('expected an integer');
    expect(message(() => parseOverride(s, 'reconciliation=both'))).toContain('expected one of "balance", "keep-institutions", "keep-hospitals"');
    expect(message(() => parseOverride(s, 'companies'))).toContain('expected name=value');
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
    const company = shareOf(m, 'hospital-company', 'hospital');
    const institution = shareOf(m, 'research-hospital', 'hospital');
    expect(company).toBeCloseTo(0.08, 12);
    expect(institution).toBeCloseTo(1 - 0.84 / 0.92, 12);
    // 1 − (1 − 0.08)(1 − p) = 0.16
    expect(1 - (1 - company) * (1 - institution)).toBeCloseTo(0.16, 12);
  });

  it('expands bins by the stated rule: E[k] of Table 6 hospitals block', () => {
    const q = 2 / 3;
    let w = 0;
    let t = 0;
    for (let k = 6, x = 1; k <= 20; k++, x *= q) {
      w += x;
      t += x * k;
    }
    expect(binsOf(m, 'research-hospital', 'institution').mean).toBeCloseTo(0.33 + 0.31 * 3.5 + 0.05 * (t / w), 12);
  });

  it('balance solves the institution population from the hospital side', () => {
    const hospitalSide = 5142 * shareOf(m, 'research-hospital', 'hospital');
    expect(impliedOf(m, 'research-hospital', 'hospital')).toBeCloseTo(hospitalSide, 9);
    expect(sectorOf(m, 'institution').count).toBe(Math.round(hospitalSide / binsOf(m, 'research-hospital', 'institution').mean));
    expect(sectorOf(m, 'institution').count).toBe(247);
    expect(sectorOf(m, 'institution').solved).toBe(true);
  });

  it('keep-* modes use the 120 respondents (× scale)', () => {
    expect(sectorOf(model({ reconciliation: 'keep-institutions' }), 'institution').count).toBe(120);
    expect(sectorOf(model({ reconciliation: 'keep-hospitals', institutions: 80 }, 2), 'institution').count).toBe(160);
  });

  it('renormalizes the 103% block when the healthcare-systems calibration is chosen', () => {
    const rh = binsOf(model({ 'rh-calibration': 'healthcare-systems' }), 'research-hospital', 'institution');
    expect(rh.reportedSum).toBeCloseTo(1.03, 12);
    expect(rh.bins.reduce((s, b) => s + b.share, 0)).toBeCloseTo(1, 12);
    expect(rh.bins[0]!.share).toBeCloseTo(0.5 / 1.03, 12);
  });

  it('scales every population', () => {
    const big = model({}, 2);
    expect([sectorOf(big, 'hospital').count, sectorOf(big, 'hospital').respondents!.count, sectorOf(big, 'company').count]).toEqual([4270, 10284, 200]);
    expect(sectorOf(big, 'institution').count).toBe(Math.round((10284 * shareOf(big, 'research-hospital', 'hospital')) / binsOf(big, 'research-hospital', 'institution').mean));
  });

  it('lists every assumption in force with where it was set and its plausible range', () => {
    const r = resolveModel(survey(), spec(), { overrides: { companies: { value: 150, origin: '--set' } } });
    expect(r.assumptions.length).toBe(Object.keys(spec().assumptions).length);
    expect(r.assumptions.find((a) => a.name === 'companies')).toMatchObject({ value: 150, origin: '--set', range: [50, 300] });
    expect(r.assumptions.find((a) => a.name === 'institutions')).toMatchObject({ setting: 'auto', value: 247 });
    for (const a of r.assumptions) expect(a.range.length, a.name).toBeGreaterThan(0);
  });

  it('every numeric assumption has a plausible range inside its bounds that holds its default', () => {
    for (const [name, a] of Object.entries(spec().assumptions)) {
      if (a.type === 'enum') continue;
      expect(a.range[0], name).toBeGreaterThanOrEqual(a.min);
      expect(a.range[1], name).toBeLessThanOrEqual(a.max);
      const v = model().assumptions.find((x) => x.name === name)!.value as number;
      if (a.default !== 'auto') expect(v >= a.range[0] && v <= a.range[1], name).toBe(true);
    }
  });
});
