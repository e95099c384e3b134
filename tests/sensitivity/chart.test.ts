import { describe, expect, it } from 'vitest';
import { morrisChartSvg, sobolChartSvg, svgToPng } from '../../src/cli/render/sensitivity-chart.js';

const bars = [
  { input: 'engagement', S1: { value: 0.6, low: 0.55, high: 0.66 }, ST: { value: 0.7, low: 0.64, high: 0.77 } },
  { input: 'companies', S1: { value: 0.05, low: -0.01, high: 0.1 }, ST: { value: 0.1, low: 0.08, high: 0.12 } },
];

describe('sensitivity charts (Observable Plot + linkedom, resvg)', () => {
  it('rejects SVG that is not SVG', () => {
    expect(() => svgToPng('not svg')).toThrow();
  });

  it('draws one bar pair per input, largest total order first, and rasterises to PNG', () => {
    const svg = sobolChartSvg('Hospitals in the giant component', bars);
    expect(svg.startsWith('<?xml')).toBe(true);
    expect(svg).toContain('xmlns="http://www.w3.org/2000/svg"');
    expect(svg.indexOf('engagement')).toBeLessThan(svg.indexOf('companies'));
    expect(svg.match(/<rect/g)!.length).toBeGreaterThanOrEqual(4);
    const png = svgToPng(svg);
    expect(png.subarray(1, 4).toString()).toBe('PNG');
    expect(png.readUInt32BE(16)).toBe(1440); // width 720 at 2×
  });

  it('is deterministic: same input, same bytes', () => {
    expect(sobolChartSvg('t', bars)).toBe(sobolChartSvg('t', bars));
    const m = [{ input: 'a', mu: 1, muStar: 1.2, sigma: 0.5 }];
    expect(morrisChartSvg('m', m)).toBe(morrisChartSvg('m', m));
  });
});
