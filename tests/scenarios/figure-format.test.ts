import { describe, expect, it } from 'vitest';
import { formatFigure, formatInterval, isShareFigure, leverCatalog, leverText, verdict } from '../../src/scenarios/index.js';
import { scenarioBase } from '../helpers.js';

const iv = (mean: number, lo: number, hi: number) => ({ mean, lo, hi, runs: 10 });

describe('figure formatting', () => {
  it('undefined values show a dash, not NaN%', () => {
    expect(formatFigure('giant_share.hospital', NaN, 3)).toBe('–');
    expect(formatInterval('edges', { mean: NaN, lo: NaN, hi: NaN, runs: 0 }, 0)).toEqual({ mean: '–', interval: '' });
  });
  it('shares as percentages like the summary line; counts with separators; others with their decimals', () => {
    expect(isShareFigure('giant_share.hospital')).toBe(true);
    expect(isShareFigure('reach_2.company')).toBe(true);
    expect(isShareFigure('modularity')).toBe(false);
    expect(formatFigure('giant_share.hospital', 0.2884, 3)).toBe('28.8%');
    expect(formatFigure('isolate_share.hospital', -0.041, 3, true)).toBe('-4.1 pts');
    expect(formatFigure('isolate_share.hospital', 0.041, 3, true)).toBe('+4.1 pts');
    expect(formatFigure('edges', 1234.4, 0)).toBe('1,234');
    expect(formatFigure('modularity', 0.81234, 3)).toBe('0.812');
    expect(formatInterval('giant_share', iv(0.3, 0.25, 0.35), 3)).toEqual({ mean: '30.0%', interval: '[25.0% – 35.0%]' });
  });
});

describe('verdict', () => {
  it('colour follows the figure: fewer isolates is better, a larger giant component is better', () => {
    expect(verdict(iv(-0.1, -0.2, -0.05), { better: 'lower' })).toBe('better');
    expect(verdict(iv(0.1, 0.05, 0.2), { better: 'lower' })).toBe('worse');
    expect(verdict(iv(0.1, 0.05, 0.2), { better: 'higher' })).toBe('better');
    expect(verdict(iv(-0.1, -0.2, -0.05), { better: 'higher' })).toBe('worse');
    expect(verdict(iv(0.1, -0.05, 0.2), { better: 'higher' })).toBe('unclear');
    expect(verdict(iv(0.1, 0.05, 0.2), {})).toBe('neutral');
  });
  it("the paper's spec says which way is better for its key figures", () => {
    const base = scenarioBase({}, 0.2);
    const k = Object.fromEntries(base.spec.outcomes.keyFigures.map((f) => [f.metric, f.better]));
    expect(k['isolate_share.hospital']).toBe('lower');
    expect(k['giant_share.hospital']).toBe('higher');
    expect(k['modularity']).toBeUndefined();
  });
});

describe('leverText', () => {
  const base = scenarioBase({}, 1);
  const catalog = leverCatalog(base.survey, base.spec, base.baseline);
  it('t = 0 says where t = 1 leads, not "8.7% → 8.7%" (issue 14)', () => {
    const l = leverText(catalog.find((x) => x.name === 'clinician-engagement')!, 0);
    expect(l.head).toBe('');
    expect(l.lines[0]!.text).toBe('clinicians with an institution partner 8.7% now → 88% at t = 1');
  });
  it('the ceiling source is the assumption label with its source, once, without its number or id (issue 14)', () => {
    const l = leverText(catalog.find((x) => x.name === 'clinician-engagement')!, 0.5);
    expect(l.lines[0]!.source).toBe("clinicians interested in working with research institutions (Table 4, 'Expectations for collaboration')");
    expect(l.lines[1]!.source).toBe('Table 4, "Expectations for collaboration": "Collaboration with enterprises"');
  });
  it('plain language from the spec: t = 0.5 → clinicians with an institution partner 8.7% → 48%, with the source row', () => {
    const l = leverText(catalog.find((x) => x.name === 'clinician-engagement')!, 0.5);
    expect(l.head).toBe('t = 0.5 →');
    expect(l.lines[0]!.text).toBe('clinicians with an institution partner 8.7% → 48%');
    expect(l.lines[0]!.source).toContain('Table 4');
    expect(l.lines[1]!.text).toBe('clinicians with a company partner 8% → 29%');
  });
  it('a quantity that is not a share is written as a number; a held one says so', () => {
    const p = leverText(catalog.find((x) => x.name === 'matchmaking-platform')!, 0.5);
    expect(p.lines.find((x) => x.key.endsWith('exponent'))!.text).toBe('company popularity exponent (Zipf) 1 → 0.5');
    expect(p.lines.find((x) => x.key.endsWith('zero-share'))!.held).toMatch(/no room/);
  });
});
