import { describe, expect, it } from 'vitest';
import { generateNetwork } from '../../src/generator/generate.js';
import { createRng } from '../../src/random/index.js';
import { networkFiguresFor } from '../../src/scenarios/network-figures.js';
import { SurveySchema } from '../../src/schemas/index.js';
import { drawSurvey, effectiveRespondents, figureFor, figureWords, inputWords, isStructural, robustConclusions, structuralFigures } from '../../src/sensitivity/index.js';
import { model, survey } from '../helpers.js';

describe('figures computed alone', () => {
  it('an unknown figure is NaN, not an error', () => {
    expect(figureFor(model({}, 0.1), 1, 'no_such_figure', 16)).toBeNaN();
    expect(isStructural('betweenness')).toBe(false);
    expect(isStructural('giant_share.hospital')).toBe(true);
  });

  it('structural figures equal the full metrics report, figure by figure', () => {
    const m = model({}, 0.3);
    const full = networkFiguresFor(m, 5, 16);
    const cheap = structuralFigures(generateNetwork(m, { seed: 5 }).graph);
    const keys = Object.keys(cheap);
    expect(keys.length).toBeGreaterThan(8);
    for (const k of keys) expect(cheap[k], k).toBeCloseTo(full[k]!, 12);
    expect(figureFor(m, 5, 'giant_share.hospital', 16)).toBe(full['giant_share.hospital']);
  });
});

describe('survey redraws', () => {
  it('clinicians count with the design effect, institutions with 120, industry not at all', () => {
    const n = effectiveRespondents(survey(), { icc: 0.2, clusters: { clinicians: 2135 } });
    expect(n.institutions).toBe(120);
    expect(n.industry).toBeNull();
    expect(n.clinicians).toBeCloseTo(5142 / (1 + (5142 / 2135 - 1) * 0.2), 6);
  });

  it('a redraw is a valid survey, keeps single-choice totals, changes shares, and is reproducible', () => {
    const s = survey();
    const opts = { icc: 0.2, clusters: { clinicians: 2135 } };
    const d = drawSurvey(s, createRng(4), opts);
    expect(() => SurveySchema.parse(d)).not.toThrow();
    expect(drawSurvey(s, createRng(4), opts)).toEqual(d);
    expect(s).toEqual(survey()); // the input is not changed
    let changed = 0;
    for (const [tk, t] of Object.entries(s.tables)) {
      t.questions.forEach((q, qi) => {
        const dq = d.tables[tk]!.questions[qi]!;
        const sum = (qq: typeof q) => qq.options.reduce((a, o) => a + (o.use === 'text' && o.text ? o.text.share : o.share), 0);
        if (q.kind === 'single') expect(sum(dq)).toBeCloseTo(sum(q), 9);
        q.options.forEach((o, oi) => {
          if (o.share !== dq.options[oi]!.share) changed++;
        });
      });
    }
    expect(changed).toBeGreaterThan(50);
    // Table 6, 31% with no partner hospital from 120 researchers: within a few standard errors
    const hp = d.tables['6']!.questions.find((q) => q.id === 'institutions.hospital-partners')!;
    expect(hp.options[0]!.share).not.toBe(0.31);
    expect(Math.abs(hp.options[0]!.share - 0.31)).toBeLessThan(4 * Math.sqrt((0.31 * 0.69) / 120));
  });
});

describe('robust conclusions', () => {
  it('every sentence carries numbers; the top input and the negligible ones are named', () => {
    const est = (v: number) => ({ value: v, low: v - 0.05, high: v + 0.05 });
    const s = robustConclusions({
      label: 'hospitals in the giant component',
      format: (x) => x.toFixed(2),
      baseline: { mean: 0.29, networks: 8 },
      sample: [0.2, 0.25, 0.3, 0.35, 0.4],
      inputs: ['engagement', 'companies', 'tertiary-share'],
      sobol: { S1: [est(0.8), est(0.01), est(0)], ST: [est(0.85), est(0.02), { value: 0.001, low: 0, high: 0.004 }], variance: 0.01, n: 64, resamples: 100, level: 0.95 },
      noise: { noiseVariance: 0.001, totalVariance: 0.01, share: 0.1 },
    });
    expect(s[0]).toContain('0.29');
    expect(s[0]).toContain('between 0.20 and 0.40');
    expect(s[1]).toMatch(/^engagement matters most: 85%/);
    expect(s.some((x) => x.includes('does not depend on tertiary-share (0.001)'))).toBe(true);
    expect(s.some((x) => x.includes('not ruled out at this sample size: companies 0.020 (up to 0.07)'))).toBe(true);
    expect(s[s.length - 1]).toContain('10%');
    for (const x of s) expect(x).toMatch(/\d/);
  });

  it('never says more than all (or less than none) of the variance: estimates outside [0, 1] at small N are called sampling error', () => {
    const s = robustConclusions({
      label: 'SME isolates',
      format: (x) => x.toFixed(2),
      baseline: { mean: 0.75, networks: 4 },
      sample: [0.65, 0.9],
      inputs: ['sme-count', 'survey-sampling'],
      sobol: { S1: [{ value: 0.88, low: 0.16, high: 2.17 }, { value: -0.02, low: -0.38, high: 0.45 }], ST: [{ value: 1.18, low: 0.5, high: 2.31 }, { value: 0.33, low: 0.15, high: 0.83 }], variance: 0.003, n: 16, resamples: 100, level: 0.95 },
      noise: null,
    });
    expect(s[1]).toMatch(/^sme-count matters most: all of the variance of SME isolates involves it \(total-order index 1\.18/);
    expect(s[1]).not.toContain('118%');
    expect(s[1]).toContain('sampling error of the estimator at N = 16: raise --n');
    expect(s.join(' ')).not.toMatch(/-\d+%/);
  });

  it('names inputs by their words (issue 14): labels, not ids, and one network is "one network"', () => {
    const est = (v: number) => ({ value: v, low: v - 0.05, high: v + 0.05 });
    const s = robustConclusions({
      label: 'share in largest component',
      format: (x) => `${(100 * x).toFixed(1)}%`,
      baseline: { mean: 0.349, networks: 1 },
      sample: [0.2, 0.25, 0.3, 0.35, 0.4],
      inputs: ['clinician-company-engagement', 'rc-bin-edges', 'rh-open-bin-cap'],
      names: { 'clinician-company-engagement': 'clinicians working with companies', 'rc-bin-edges': "bins of institutions' partner companies", 'rh-open-bin-cap': 'most partner hospitals per institution' },
      sobol: { S1: [est(0.8), est(0.01), est(0)], ST: [est(0.85), est(0.2), { value: 0.001, low: 0, high: 0.004 }], variance: 0.01, n: 64, resamples: 100, level: 0.95 },
      noise: null,
    });
    const text = s.join(' ');
    expect(s[0]).toMatch(/^At the default assumptions share in largest component is 34\.9% \(one network\)/);
    expect(s[1]).toMatch(/^Clinicians working with companies matters most/);
    expect(text).toContain("Next: bins of institutions' partner companies 0.20");
    expect(text).toContain('Share in largest component does not depend on most partner hospitals per institution (0.001)');
    for (const id of ['clinician-company-engagement', 'rc-bin-edges', 'rh-open-bin-cap', 'networks)']) expect(text).not.toContain(id);
  });
});

describe('figure and input words from the spec', () => {
  it('a key figure by its label, a share as a percentage; an assumption by its label; survey sampling in words', () => {
    const spec = { outcomes: { keyFigures: [{ metric: 'giant_share', label: 'share in largest component', decimals: 3 }], thresholds: [] }, assumptions: { 'rc-bin-edges': { label: "bins of institutions' partner companies" } } } as never;
    const w = figureWords(spec, 'giant_share');
    expect(w.label).toBe('share in largest component');
    expect(w.format(0.3528)).toBe('35.3%');
    expect(figureWords(spec, 'mean_degree.hospital').format(2.345)).toBe('2.3');
    expect(inputWords(spec, 'rc-bin-edges')).toBe("bins of institutions' partner companies");
    expect(inputWords(spec, 'survey-sampling')).not.toContain('survey-sampling');
    expect(inputWords(spec, 'unlabelled')).toBe('unlabelled');
  });
});
