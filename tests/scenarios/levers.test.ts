import { describe, expect, it } from 'vitest';
import { generateNetwork } from '../../src/generator/index.js';
import { toGraphml } from '../../src/formats/index.js';
import { leverCatalog, scenarioModel, withZeroShare, LEVER_NAMES } from '../../src/scenarios/index.js';
import { InputError } from '../../src/errors.js';
import { model, survey } from '../helpers.js';

const base = model();
const catalog = leverCatalog(survey(), base);

describe('levers: bad input', () => {
  it('refuses unknown ceiling keys and ceilings out of range', () => {
    expect(() => leverCatalog(survey(), base, { 'clinician-engagement.institutions': 0.5 })).toThrow(InputError);
    expect(() => leverCatalog(survey(), base, { 'clinician-engagement.institution': 1.5 })).toThrow(/expected a number in \[0, 1\]/);
  });
});

describe('levers: grounded in the paper', () => {
  it('every lever names its source and moves something', () => {
    expect(catalog.map((l) => l.name)).toEqual([...LEVER_NAMES]);
    // Each source names a survey row that exists, with the share the ceiling uses (or 1 − it), or
    // says it is a recommendation or an assumption.
    const s = survey();
    const questions = [...Object.values(s.tables).flatMap((t) => t.questions), ...s.results];
    for (const l of catalog)
      for (const p of l.parts) {
        const m = /^(1 − )?(?:Table (\d+)|Results), "([^"]+)": (.+) ([\d.]+)%$/.exec(p.source);
        if (!m) {
          expect(p.source, p.key).toMatch(/^(recommendation|assumption): \S/);
          continue;
        }
        const [, complement, table, label, option, percent] = m;
        const q = questions.find((x) => x.label === label && (table === undefined ? x.source.table === null : String(x.source.table) === table));
        expect(q, `${p.key}: ${p.source}`).toBeDefined();
        const o = q!.options.find((x) => x.label === option);
        expect(o, `${p.key}: ${p.source}`).toBeDefined();
        const share = o!.use === 'text' && o!.text ? o!.text.share : o!.share;
        expect(Number(percent) / 100, p.key).toBeCloseTo(share, 3);
        expect(complement ? 1 - p.ceiling : p.ceiling, p.key).toBeCloseTo(share, 12);
      }
  });

  it('ceilings come from the survey rows', () => {
    const part = (key: string) => catalog.flatMap((l) => l.parts).find((p) => p.key === key)!;
    expect(part('clinician-engagement.institution')).toMatchObject({ ceiling: 0.88 });
    expect(part('clinician-engagement.company').baseline).toBeCloseTo(0.08, 12);
    expect(part('clinician-engagement.company').ceiling).toBe(0.5);
    expect(part('institution-hospital-ties.zero-share')).toMatchObject({ baseline: 0.31, ceiling: 0.25 });
    expect(part('institution-company-ties.zero-share').ceiling).toBeCloseTo(0.31, 12);
    expect(part('institution-institution-ties.willing')).toMatchObject({ baseline: 0, ceiling: 0.71 });
    expect(part('multi-center-networks.share').ceiling).toBe(0.89);
    expect(part('matchmaking-platform.company').ceiling).toBe(0.82);
  });

  it('t = 0 is the baseline, byte for byte', () => {
    for (const lever of LEVER_NAMES) {
      const m = scenarioModel(base, catalog, [{ lever }], 0);
      expect(toGraphml(generateNetwork(m, { seed: 4 }).graph), lever).toBe(toGraphml(generateNetwork(base, { seed: 4 }).graph));
    }
  });

  it('t = 1 is the ceiling; t = 0.5 half way; strength scales t', () => {
    expect(scenarioModel(base, catalog, [{ lever: 'clinician-engagement' }], 1).engagement.institution).toBe(0.88);
    expect(scenarioModel(base, catalog, [{ lever: 'clinician-engagement' }], 0.5).engagement.company).toBeCloseTo(0.29, 12);
    expect(scenarioModel(base, catalog, [{ lever: 'clinician-engagement', strength: 2 }], 0.5).engagement.company).toBeCloseTo(0.5, 12);
    expect(scenarioModel(base, catalog, [{ lever: 'clinician-engagement', t: 0.25 }], 1).engagement.company).toBeCloseTo(0.185, 12);
  });

  it('two levers on one quantity: the larger move wins', () => {
    const m = scenarioModel(base, catalog, [{ lever: 'clinician-engagement' }, { lever: 'matchmaking-platform' }], 1);
    expect(m.engagement.company).toBe(0.82);
    expect(m.companyPopularityExponent).toBe(0);
  });

  it('moving the zero bin rescales the others and the mean', () => {
    const d = withZeroShare(base.rh, 0.25);
    expect(d.bins.map((b) => b.share).reduce((s, x) => s + x, 0)).toBeCloseTo(1, 12);
    expect(d.bins[1]!.share).toBeCloseTo((0.33 * 0.75) / 0.69, 12);
    expect(d.mean).toBeGreaterThan(base.rh.mean);
  });

  it('the institution population is held at the baseline value', () => {
    expect(scenarioModel(base, catalog, [{ lever: 'clinician-engagement' }], 1).institutions).toBe(base.institutions);
  });
});
