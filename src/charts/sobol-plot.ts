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

/** Width of text at the charts' 12 px font, roughly (DejaVu Sans averages about 7 px a character). */
const textPx = (s: string) => s.length * 7;

/** Lines of at most `chars` characters, broken at spaces. */
function wrap(text: string, chars: number): string[] {
  const lines: string[] = [];
  for (const word of text.split(' ')) {
    const last = lines[lines.length - 1];
    if (last !== undefined && last.length + 1 + word.length <= chars) lines[lines.length - 1] = `${last} ${word}`;
    else lines.push(word);
  }
  return lines;
}

/** An input name (an id or a label in words) broken after dashes and spaces into lines of at most `chars` characters (a longer part stays whole). */
export function wrapName(name: string, chars: number): string {
  const lines: string[] = [];
  for (const part of name.split(/(?<=[-\s])/)) {
    const last = lines[lines.length - 1];
    if (last !== undefined && last.length + part.length <= chars) lines[lines.length - 1] = last + part;
    else lines.push(part);
  }
  return lines.map((l) => l.trimEnd()).join('\n');
}

/**
 * Layout shared by both charts: at the CLI's 720 px the input names get 250 px; narrower (the
 * explorer's side panel) names wrap after dashes to fit half the width, and the title wraps, so
 * no name or title is cut.
 */
const common = (document: Document, title: string, rows: number, width: number, names: readonly string[]) => {
  // Narrow: names wrap after dashes and spaces to fit half the width.
  const nameChars = Math.max(8, Math.floor((width * 0.5 - 14) / 7));
  const tick = width >= 720 ? (n: string) => n : (n: string) => wrapName(n, nameChars);
  const marginLeft = width >= 720 ? 250 : Math.max(80, Math.max(...names.flatMap((n) => tick(n).split('\n')).map(textPx)) + 14);
  const titleLines = width >= 720 ? [title] : wrap(title, Math.floor((width - 12) / 8));
  // A row is tall enough for its wrapped name (a label in words may take three lines), so names do not overlap.
  const nameLines = Math.max(1, ...names.map((n) => tick(n).split('\n').length));
  const rowHeight = Math.max(34, 14 * nameLines + 8);
  const marginTop = 34 + 16 * titleLines.length;
  return {
    options: {
      document,
      width,
      height: marginTop + 40 + rowHeight * rows,
      marginLeft,
      marginTop,
      marginBottom: 50,
      style: { fontFamily: CHART_FONT, fontSize: '12px', background: 'white', color: 'black' },
      ariaLabel: title,
    },
    tick,
    title: Plot.text([titleLines.join('\n')], { frameAnchor: 'top-left', dx: -(marginLeft - 10), dy: -(marginTop - 10), fontSize: 14, fontWeight: 'bold', lineAnchor: 'top' }),
  };
};

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
  const c = common(document, title, sorted.length, width, order);
  const narrow = width < 720;
  return Plot.plot({
    ...c.options,
    x: { domain: [Math.min(0, ...rows.map((r) => r.low)), top], grid: true, label: narrow ? "Sobol' index (light ST, dark S1, line 95% interval)" : "Sobol' index (light: total order ST, dark: first order S1, line: 95% bootstrap interval)", labelAnchor: 'left', labelOffset: 40 },
    y: { domain: order, label: null, tickFormat: c.tick },
    marks: [
      Plot.barX(rows.filter((r) => r.kind === 'ST'), { y: 'input', x: 'value', fill: '#9ecae1', insetTop: 3, insetBottom: 3 }),
      Plot.barX(rows.filter((r) => r.kind === 'S1'), { y: 'input', x: 'value', fill: '#08519c', insetTop: 10, insetBottom: 10 }),
      Plot.ruleY(rows.filter((r) => r.kind === 'ST'), { y: 'input', x1: 'low', x2: 'high', stroke: 'black', dy: -5 }),
      Plot.ruleY(rows.filter((r) => r.kind === 'S1'), { y: 'input', x1: 'low', x2: 'high', stroke: 'black', dy: 5 }),
      Plot.ruleX([0]),
      c.title,
    ],
  }) as unknown as SVGSVGElement;
}

/**
 * A Morris screening chart: μ* per input (bars, largest on top) with σ as a line from 0, so a
 * reader sees which inputs matter (μ*) and which act non-linearly or through interactions (σ).
 */
export function morrisPlot(document: Document, title: string, bars: readonly MorrisBar[], width = 720): SVGSVGElement {
  const sorted = [...bars].sort((a, b) => b.muStar - a.muStar);
  const c = common(document, title, sorted.length, width, sorted.map((b) => b.input));
  return Plot.plot({
    ...c.options,
    x: { grid: true, label: 'Morris μ* (bar: mean |elementary effect|; line: σ of the effects)', labelAnchor: 'left', labelOffset: 40 },
    y: { domain: sorted.map((b) => b.input), label: null, tickFormat: c.tick },
    marks: [
      Plot.barX(sorted, { y: 'input', x: 'muStar', fill: '#9ecae1', insetTop: 3, insetBottom: 3 }),
      Plot.ruleY(sorted, { y: 'input', x1: 0, x2: 'sigma', stroke: 'black', strokeWidth: 2 }),
      Plot.ruleX([0]),
      c.title,
    ],
  }) as unknown as SVGSVGElement;
}
