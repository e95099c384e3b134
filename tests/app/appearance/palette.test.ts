import { lab, rgb, type RGBColor } from 'd3-color';
import { describe, expect, it } from 'vitest';
import { CATEGORICAL_PALETTE, categoricalScale, OTHER_GREY, sequentialScale } from '../../../src/app/appearance/index.js';

// Colour vision deficiency simulation (Machado, Oliveira & Fernandes 2009, severity 1), in linear RGB.
const CVD: Record<string, number[][]> = {
  protanopia: [[0.152286, 1.052583, -0.204868], [0.114503, 0.786281, 0.099216], [-0.003882, -0.048116, 1.051998]],
  deuteranopia: [[0.367322, 0.860646, -0.227968], [0.280085, 0.672501, 0.047413], [-0.01182, 0.04294, 0.968881]],
  tritanopia: [[1.255528, -0.076749, -0.178779], [-0.078411, 0.930809, 0.147602], [0.004733, 0.691367, 0.3039]],
};
const toLinear = (c: number) => ((c /= 255) <= 0.04045 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4);
const toSrgb = (c: number) => 255 * ((c = Math.min(1, Math.max(0, c))) <= 0.0031308 ? 12.92 * c : 1.055 * c ** (1 / 2.4) - 0.055);
const simulate = (hex: string, m: number[][]): RGBColor => {
  const c = rgb(hex);
  const v = [toLinear(c.r), toLinear(c.g), toLinear(c.b)];
  const [r, g, b] = m.map((row) => row[0]! * v[0]! + row[1]! * v[1]! + row[2]! * v[2]!);
  return rgb(toSrgb(r!), toSrgb(g!), toSrgb(b!));
};
const deltaE = (a: RGBColor, b: RGBColor) => {
  const x = lab(a);
  const y = lab(b);
  return Math.hypot(x.l - y.l, x.a - y.a, x.b - y.b);
};
/** The smallest ΔE*ab between two colours over normal vision and the three simulated deficiencies. */
const worstDelta = (a: string, b: string) => Math.min(deltaE(rgb(a), rgb(b)), ...Object.values(CVD).map((m) => deltaE(simulate(a, m), simulate(b, m))));

describe('categorical scale: bad input', () => {
  it('no categories, an unknown value, no value: grey', () => {
    const s = categoricalScale([]);
    expect(s.legend).toEqual([]);
    expect(s.colorOf('x')).toBe(OTHER_GREY);
    expect(s.colorOf(undefined)).toBe(OTHER_GREY);
  });
});

describe('categorical palette: colour-blind safe beyond 8 classes', () => {
  it(`all ${CATEGORICAL_PALETTE.length} colours stay ≥ 14 ΔE apart (normal, protanopia, deuteranopia, tritanopia), from "other" grey and from white`, () => {
    expect(CATEGORICAL_PALETTE.length).toBeGreaterThan(8);
    const all = [...CATEGORICAL_PALETTE, OTHER_GREY, '#ffffff'];
    let worst = Infinity;
    for (let i = 0; i < CATEGORICAL_PALETTE.length; i++) for (let j = i + 1; j < all.length; j++) worst = Math.min(worst, worstDelta(all[i]!, all[j]!));
    expect(worst).toBeGreaterThanOrEqual(14);
  });
  it('the check can fail: Tableau 10 (a common non-safe palette) has pairs that merge under a deficiency', () => {
    const tableau = ['#4E79A7', '#F28E2B', '#E15759', '#76B7B2', '#59A14F', '#EDC948', '#B07AA1', '#FF9DA7', '#9C755F', '#BAB0AC'];
    let worst = Infinity;
    for (let i = 0; i < tableau.length; i++) for (let j = i + 1; j < tableau.length; j++) worst = Math.min(worst, worstDelta(tableau[i]!, tableau[j]!));
    expect(worst).toBeLessThan(14);
  });
  it('20 classes: 11 colours, the rest one grey legend line "9 more" with their total', () => {
    const cats = Array.from({ length: 20 }, (_, i) => ({ value: `c${i}`, count: 100 - i }));
    const s = categoricalScale(cats);
    expect(s.legend).toHaveLength(12);
    expect(new Set(s.legend.slice(0, 11).map((l) => l.color)).size).toBe(11);
    expect(s.legend[11]).toMatchObject({ label: '9 more', color: OTHER_GREY, count: cats.slice(11).reduce((a, c) => a + c.count, 0) });
    expect(s.colorOf('c19')).toBe(OTHER_GREY);
  });
  it('fixed colours (spec sectors) are kept and do not use up the palette', () => {
    const s = categoricalScale([{ value: 'hospital', count: 3 }, { value: 'x', count: 1 }], new Map([['hospital', '#123456']]));
    expect(s.colorOf('hospital')).toBe('#123456');
    expect(s.colorOf('x')).toBe(CATEGORICAL_PALETTE[0]);
  });
});

describe('sequential scale', () => {
  it('ends of the range, clamping, a one-value range, no value', () => {
    const s = sequentialScale(0, 10);
    expect(s.colorOf(0)).toBe(s.legend.stops[0]);
    expect(s.colorOf(10)).toBe(s.legend.stops[8]);
    expect(s.colorOf(20)).toBe(s.colorOf(10));
    expect(s.colorOf(undefined)).toBe(OTHER_GREY);
    expect(s.legend.ticks.map((t) => t.value)).toEqual([0, 5, 10]);
    expect(sequentialScale(3, 3).legend.ticks).toHaveLength(1);
    // Darker for low values, lighter for high ones (viridis).
    expect(lab(s.colorOf(0)).l).toBeLessThan(lab(s.colorOf(10)).l);
  });
});
