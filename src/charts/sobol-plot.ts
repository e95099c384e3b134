import * as Plot from '@observablehq/plot';
import type { Estimate, MorrisMeasures } from '../sensitivity/index.js';

/** One input's Sobol' indices, as the chart shows them. */
export interface SobolBar {
  readonly input: string;
  readonly S1: Estimate;
  readonly ST: Estimate;
}

/** One input's Morris measures, as the chart shows them. */
export interface MorrisBar extends MorrisMeasures {
  readonly input: string;
}

export const CHART_FONT = 'DejaVu Sans';

const common = (document: Document, title: string, rows: number, width: number) => ({
  document,
  width,
  height: 90 + 34 * rows,
  marginLeft: Math.min(250, Math.round(width * 0.38)),
  marginTop: 50,
  marginBottom: 50,
  style: { fontFamily: CHART_FONT, fontSize: '12px', background: 'white', color: 'black' },
  ariaLabel: title,
});

/**
 * A Sobol' bar chart (tornado order: largest total-order index on top): a light bar for the
 * total-order index S_T, a dark narrower bar for the first-order S_1, and a black line for each
 * 95% bootstrap interval. Built with Observable Plot in the given document (the page's, or a
 * detached one on the server): the CLI's `--chart` and the explorer's panel draw the same chart.
 */
export function sobolPlot(document: Document, title: string, bars: readonly SobolBar[], width = 720): SVGSVGElement {
  const sorted = [...bars].sort((a, b) => b.ST.value - a.ST.value);
  const rows = sorted.flatMap((b) => [
    { input: b.input, kind: 'ST', ...b.ST },
    { input: b.input, kind: 'S1', ...b.S1 },
  ]);
  const order = sorted.map((b) => b.input);
  const top = Math.max(1, ...rows.map((r) => r.high));
  const c = common(document, title, sorted.length, width);
  return Plot.plot({
    ...c,
    x: { domain: [Math.min(0, ...rows.map((r) => r.low)), top], grid: true, label: "Sobol' index (light: total order ST, dark: first order S1, line: 95% bootstrap interval)", labelAnchor: 'left', labelOffset: 40 },
    y: { domain: order, label: null },
    marks: [
      Plot.barX(rows.filter((r) => r.kind === 'ST'), { y: 'input', x: 'value', fill: '#9ecae1', insetTop: 3, insetBottom: 3 }),
      Plot.barX(rows.filter((r) => r.kind === 'S1'), { y: 'input', x: 'value', fill: '#08519c', insetTop: 10, insetBottom: 10 }),
      Plot.ruleY(rows.filter((r) => r.kind === 'ST'), { y: 'input', x1: 'low', x2: 'high', stroke: 'black', dy: -5 }),
      Plot.ruleY(rows.filter((r) => r.kind === 'S1'), { y: 'input', x1: 'low', x2: 'high', stroke: 'black', dy: 5 }),
      Plot.ruleX([0]),
      Plot.text([title], { frameAnchor: 'top-left', dx: -(c.marginLeft - 10), dy: -40, fontSize: 14, fontWeight: 'bold' }),
    ],
  }) as unknown as SVGSVGElement;
}

/**
 * A Morris screening chart: μ* per input (bars, largest on top) with σ as a line from 0, so a
 * reader sees which inputs matter (μ*) and which act non-linearly or through interactions (σ).
 */
export function morrisPlot(document: Document, title: string, bars: readonly MorrisBar[], width = 720): SVGSVGElement {
  const sorted = [...bars].sort((a, b) => b.muStar - a.muStar);
  const c = common(document, title, sorted.length, width);
  return Plot.plot({
    ...c,
    x: { grid: true, label: 'Morris μ* (bar: mean |elementary effect|; line: σ of the effects)', labelAnchor: 'left', labelOffset: 40 },
    y: { domain: sorted.map((b) => b.input), label: null },
    marks: [
      Plot.barX(sorted, { y: 'input', x: 'muStar', fill: '#9ecae1', insetTop: 3, insetBottom: 3 }),
      Plot.ruleY(sorted, { y: 'input', x1: 0, x2: 'sigma', stroke: 'black', strokeWidth: 2 }),
      Plot.ruleX([0]),
      Plot.text([title], { frameAnchor: 'top-left', dx: -(c.marginLeft - 10), dy: -40, fontSize: 14, fontWeight: 'bold' }),
    ],
  }) as unknown as SVGSVGElement;
}
