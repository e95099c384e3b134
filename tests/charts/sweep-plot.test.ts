import { parseHTML } from 'linkedom';
import { describe, expect, it } from 'vitest';
import { labelRows, sweepPlot, wrapText } from '../../src/charts/index.js';

/** The chart's text as a reader sees it: tags dropped, wrapped lines joined. */
const words = (svg: string) => svg.replace(/<[^>]+>/g, ' ').replace(/\s+/g, ' ');

const doc = () => parseHTML('<!doctype html><html><body></body></html>').document as unknown as Document;
const points = [0, 0.2, 0.4, 0.6, 0.8, 1].map((t) => ({ t, mean: 0.3 + 0.5 * t, lo: 0.28 + 0.5 * t, hi: 0.32 + 0.5 * t }));
const base = { title: 'hospitals in largest component', yLabel: 'hospitals in largest component', band: '95% interval of the mean over 12 networks', metric: 'giant_share.hospital', percent: true, points, width: 480 };

describe('labelRows', () => {
  it('no labels: no rows', () => expect(labelRows([])).toEqual([]));
  it('labels that would overlap go to separate rows; distant ones share a row', () => {
    expect(labelRows([{ x: 100, width: 80 }, { x: 120, width: 80 }, { x: 400, width: 80 }])).toEqual([0, 1, 0]);
    expect(labelRows([{ x: 300, width: 50 }, { x: 100, width: 50 }])).toEqual([0, 0]);
  });
});

describe('wrapText', () => {
  it('an empty text has no lines; a word longer than the width stays whole', () => {
    expect(wrapText('', 10)).toEqual([]);
    expect(wrapText('internationalization', 5)).toEqual(['internationalization']);
  });
  it('wraps at spaces within the width', () => expect(wrapText('half of the hospitals isolated', 12)).toEqual(['half of the', 'hospitals', 'isolated']));
});

describe('sweepPlot', () => {
  it('a sweep whose figure is undefined everywhere still draws axes (no crash, no NaN in the SVG)', () => {
    const svg = sweepPlot(doc(), { ...base, points: points.map((p) => ({ ...p, mean: NaN, lo: NaN, hi: NaN })), thresholds: [] }).outerHTML;
    expect(svg).toContain('t → (0 = the survey today');
    expect(svg).not.toContain('NaN');
  });
  it('axis labels, the band explained, thresholds by their human names with t, percent ticks', () => {
    const svg = words(sweepPlot(doc(), { ...base, thresholds: [{ label: 'half of the hospitals in the largest component', t: 0.4, metric: 'giant_share.hospital', value: 0.5 }, { label: 'fewer than half of the hospitals isolated', t: 0.45, metric: 'isolate_share.hospital' }, { label: 'never', t: null, metric: 'x' }] }).outerHTML);
    expect(svg).toContain('hospitals in largest component (%)');
    expect(svg).toContain('band: 95% interval of the mean over 12 networks');
    expect(svg).toContain('half of the hospitals in the largest component (t ≈ 0.40)');
    expect(svg).toContain('fewer than half of the hospitals isolated (t ≈ 0.45)');
    expect(svg).not.toContain('never');
    expect(svg).toContain(' 50% ');
  });
  it('the height grows with the label rows it needs', () => {
    const h = (ths: { label: string; t: number; metric: string }[]) => Number(/height="(\d+)"/.exec(sweepPlot(doc(), { ...base, thresholds: ths }).outerHTML)![1]);
    const one = h([{ label: 'a long threshold name here', t: 0.4, metric: 'm' }]);
    const two = h([{ label: 'a long threshold name here', t: 0.4, metric: 'm' }, { label: 'another long threshold name', t: 0.42, metric: 'm' }]);
    expect(two).toBeGreaterThan(one);
  });
});
