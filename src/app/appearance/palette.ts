// Colour scales for the view: categories get a colour-blind-safe palette (with one grey for what
// does not fit), numbers a sequential scale with a legend.
import { interpolateViridis } from 'd3-scale-chromatic';

/**
 * Categorical colours, in the order they are handed out: Okabe & Ito's seven (2008; black left out,
 * it marks the selection), then four from Paul Tol's schemes (dark red, indigo, purple, pale cyan)
 * chosen so that every pair stays ≥ 14 ΔE*ab (CIE76) apart for normal vision and under simulated
 * protanopia, deuteranopia and tritanopia (Machado et al. 2009), and as far from the grey of
 * "other" and from the white background (the old palette, Okabe–Ito then Tableau 10, fails this) (tests/app/appearance/palette.test.ts checks it).
 */
export const CATEGORICAL_PALETTE = ['#0072B2', '#E69F00', '#009E73', '#CC79A7', '#D55E00', '#56B4E9', '#F0E442', '#663333', '#332288', '#AA3377', '#99DDFF'] as const;

/** The colour of nodes whose category has no colour of its own (past the palette) or no value. */
export const OTHER_GREY = '#bbbbbb';

/** One legend line: a colour, what it stands for, how many nodes. */
export interface LegendItem {
  readonly label: string;
  readonly color: string;
  readonly count: number;
  /** The category values this line stands for ("N more" stands for several). */
  readonly values: readonly string[];
}

/**
 * Colours for categories ordered most important first (by size, or the spec's order). The first
 * `CATEGORICAL_PALETTE.length` get a colour each, `fixed` ones keep theirs (sector colours of the
 * spec); the rest share OTHER_GREY and one legend line "N more". Fallback rule: beyond the palette
 * colours would stop being told apart, so smaller classes are grouped rather than given near-duplicates.
 */
export function categoricalScale(
  categories: readonly { value: string; count: number; label?: string }[],
  fixed: ReadonlyMap<string, string> = new Map(),
): { colorOf: (value: string | undefined) => string; legend: LegendItem[] } {
  const colours = new Map<string, string>();
  const legend: LegendItem[] = [];
  const rest: { value: string; count: number }[] = [];
  let next = 0;
  for (const c of categories) {
    const own = fixed.get(c.value);
    const colour = own ?? CATEGORICAL_PALETTE[next];
    if (colour === undefined) {
      rest.push(c);
      continue;
    }
    if (own === undefined) next++;
    colours.set(c.value, colour);
    legend.push({ label: c.label ?? c.value, color: colour, count: c.count, values: [c.value] });
  }
  if (rest.length)
    legend.push({ label: `${rest.length.toLocaleString('en-US')} more`, color: OTHER_GREY, count: rest.reduce((s, c) => s + c.count, 0), values: rest.map((c) => c.value) });
  return { colorOf: (value) => (value === undefined ? OTHER_GREY : (colours.get(value) ?? OTHER_GREY)), legend };
}

/** A continuous legend: the gradient's colour stops and labelled ticks. */
export interface GradientLegend {
  readonly min: number;
  readonly max: number;
  readonly stops: readonly string[];
  readonly ticks: readonly { readonly value: number; readonly color: string }[];
}

/**
 * A sequential colour scale over [min, max] (viridis, perceptually uniform and readable with colour
 * vision deficiencies; its palest tenth is left out so no node fades into the white background).
 * Values outside the range are clamped; a one-value range maps to the middle.
 */
export function sequentialScale(min: number, max: number): { colorOf: (v: number | undefined) => string; legend: GradientLegend } {
  const at = (f: number) => interpolateViridis(0.9 * Math.min(1, Math.max(0, f)));
  const span = max - min;
  const fraction = (v: number) => (span > 0 ? (v - min) / span : 0.5);
  const ticks = span > 0 ? [0, 0.5, 1].map((f) => ({ value: min + f * span, color: at(f) })) : [{ value: min, color: at(0.5) }];
  return {
    colorOf: (v) => (v === undefined || !Number.isFinite(v) ? OTHER_GREY : at(fraction(v))),
    legend: { min, max, stops: Array.from({ length: 9 }, (_, i) => at(i / 8)), ticks },
  };
}
