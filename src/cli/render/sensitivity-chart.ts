import * as Plot from '@observablehq/plot';
import { createRequire } from 'node:module';
import { parseHTML } from 'linkedom';
import type { Estimate, MorrisMeasures } from '../../sensitivity/index.js';

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

const FONT = 'DejaVu Sans';

/** A detached document for Plot to build its SVG in (linkedom: a light DOM, no layout engine). */
function plotDocument(): Document {
  return parseHTML('<!doctype html><html><body></body></html>').document as unknown as Document;
}

function serialise(node: SVGSVGElement | HTMLElement): string {
  if (node.tagName.toLowerCase() !== 'svg') throw new Error('chart: Plot returned a figure, expected a bare SVG (no legend or caption)');
  node.setAttribute('xmlns', 'http://www.w3.org/2000/svg');
  return `<?xml version="1.0" encoding="UTF-8"?>\n${node.outerHTML}\n`;
}

const common = (title: string, rows: number) => ({
  document: plotDocument(),
  width: 720,
  height: 90 + 34 * rows,
  marginLeft: 250,
  marginTop: 50,
  marginBottom: 50,
  style: { fontFamily: FONT, fontSize: '12px', background: 'white', color: 'black' },
  ariaLabel: title,
});

/**
 * A Sobol' bar chart (tornado order: largest total-order index on top): a light bar for the
 * total-order index S_T, a dark narrower bar for the first-order S_1, and a black line for each
 * 95% bootstrap interval. Built with Observable Plot in a linkedom document; returns SVG text.
 */
export function sobolChartSvg(title: string, bars: readonly SobolBar[]): string {
  const sorted = [...bars].sort((a, b) => b.ST.value - a.ST.value);
  const rows = sorted.flatMap((b) => [
    { input: b.input, kind: 'ST', ...b.ST },
    { input: b.input, kind: 'S1', ...b.S1 },
  ]);
  const order = sorted.map((b) => b.input);
  const top = Math.max(1, ...rows.map((r) => r.high));
  const svg = Plot.plot({
    ...common(title, sorted.length),
    x: { domain: [Math.min(0, ...rows.map((r) => r.low)), top], grid: true, label: "Sobol' index (light: total order ST, dark: first order S1, line: 95% bootstrap interval)", labelAnchor: 'left', labelOffset: 40 },
    y: { domain: order, label: null },
    marks: [
      Plot.barX(rows.filter((r) => r.kind === 'ST'), { y: 'input', x: 'value', fill: '#9ecae1', insetTop: 3, insetBottom: 3 }),
      Plot.barX(rows.filter((r) => r.kind === 'S1'), { y: 'input', x: 'value', fill: '#08519c', insetTop: 10, insetBottom: 10 }),
      Plot.ruleY(rows.filter((r) => r.kind === 'ST'), { y: 'input', x1: 'low', x2: 'high', stroke: 'black', dy: -5 }),
      Plot.ruleY(rows.filter((r) => r.kind === 'S1'), { y: 'input', x1: 'low', x2: 'high', stroke: 'black', dy: 5 }),
      Plot.ruleX([0]),
      Plot.text([title], { frameAnchor: 'top-left', dx: -240, dy: -40, fontSize: 14, fontWeight: 'bold' }),
    ],
  });
  return serialise(svg as unknown as SVGSVGElement);
}

/**
 * A Morris screening chart: μ* per input (bars, largest on top) with σ as a line from 0, so a
 * reader sees which inputs matter (μ*) and which act non-linearly or through interactions (σ).
 */
export function morrisChartSvg(title: string, bars: readonly MorrisBar[]): string {
  const sorted = [...bars].sort((a, b) => b.muStar - a.muStar);
  const svg = Plot.plot({
    ...common(title, sorted.length),
    x: { grid: true, label: 'Morris μ* (bar: mean |elementary effect|; line: σ of the effects)', labelAnchor: 'left', labelOffset: 40 },
    y: { domain: sorted.map((b) => b.input), label: null },
    marks: [
      Plot.barX(sorted, { y: 'input', x: 'muStar', fill: '#9ecae1', insetTop: 3, insetBottom: 3 }),
      Plot.ruleY(sorted, { y: 'input', x1: 0, x2: 'sigma', stroke: 'black', strokeWidth: 2 }),
      Plot.ruleX([0]),
      Plot.text([title], { frameAnchor: 'top-left', dx: -240, dy: -40, fontSize: 14, fontWeight: 'bold' }),
    ],
  });
  return serialise(svg as unknown as SVGSVGElement);
}

/** Rasterises chart SVG to PNG with resvg (system fonts, 2× scale). */
export function svgToPng(svg: string): Buffer {
  // Required here, not imported: its native addon costs every CLI start otherwise.
  const { Resvg } = createRequire(import.meta.url)('@resvg/resvg-js') as typeof import('@resvg/resvg-js');
  const png = new Resvg(svg, { font: { loadSystemFonts: true, defaultFontFamily: FONT }, fitTo: { mode: 'zoom', value: 2 }, background: 'white' }).render().asPng();
  return Buffer.from(png);
}
