import { createRequire } from 'node:module';
import { parseHTML } from 'linkedom';
import { CHART_FONT, morrisPlot, sobolPlot, type MorrisBar, type SobolBar } from '../../charts/index.js';

export type { MorrisBar, SobolBar } from '../../charts/index.js';

/** A detached document for Plot to build its SVG in (linkedom: a light DOM, no layout engine). */
function plotDocument(): Document {
  return parseHTML('<!doctype html><html><body></body></html>').document as unknown as Document;
}

function serialise(node: SVGSVGElement | HTMLElement): string {
  if (node.tagName.toLowerCase() !== 'svg') throw new Error('chart: Plot returned a figure, expected a bare SVG (no legend or caption)');
  node.setAttribute('xmlns', 'http://www.w3.org/2000/svg');
  return `<?xml version="1.0" encoding="UTF-8"?>\n${node.outerHTML}\n`;
}

/** The Sobol' bar chart (src/charts/sobol-plot.ts, the explorer's too) as SVG text. */
export function sobolChartSvg(title: string, bars: readonly SobolBar[]): string {
  return serialise(sobolPlot(plotDocument(), title, bars));
}

/** The Morris screening chart (src/charts/sobol-plot.ts) as SVG text. */
export function morrisChartSvg(title: string, bars: readonly MorrisBar[]): string {
  return serialise(morrisPlot(plotDocument(), title, bars));
}

/** Rasterises chart SVG to PNG with resvg (system fonts, 2× scale). */
export function svgToPng(svg: string): Buffer {
  // Required here, not imported: its native addon costs every CLI start otherwise.
  const { Resvg } = createRequire(import.meta.url)('@resvg/resvg-js') as typeof import('@resvg/resvg-js');
  const png = new Resvg(svg, { font: { loadSystemFonts: true, defaultFontFamily: CHART_FONT }, fitTo: { mode: 'zoom', value: 2 }, background: 'white' }).render().asPng();
  return Buffer.from(png);
}
