import * as Plot from '@observablehq/plot';
import { CHART_FONT } from './sobol-plot.js';

/** A threshold as the sweep chart marks it: where (t, or null when not reached) and its human name. */
export interface ChartThreshold {
  readonly label: string;
  readonly t: number | null;
  /** The figure the threshold is on, and the value it crosses (a horizontal line when it is the figure charted). */
  readonly metric: string;
  readonly value?: number;
}

export interface SweepChartInput {
  readonly title: string;
  /** The figure in words, with its unit: the y axis label. */
  readonly yLabel: string;
  /** What the band is, in words (e.g. "95% interval of the mean over 12 networks"). */
  readonly band: string;
  readonly metric: string;
  /** True: values are shares, drawn as percentages. */
  readonly percent: boolean;
  readonly points: readonly { t: number; mean: number; lo: number; hi: number }[];
  readonly thresholds: readonly ChartThreshold[];
  readonly width: number;
}

/**
 * Rows for labels placed along one axis so that none overlaps another: each label (its centre x
 * and width, in pixels) goes to the first row whose last label ends `gap` pixels before it
 * starts, in order of x. Returns the row of each label (0 = first row).
 */
export function labelRows(labels: readonly { x: number; width: number }[], gap = 6): number[] {
  const order = labels.map((l, i) => ({ ...l, i })).sort((a, b) => a.x - b.x);
  const ends: number[] = [];
  const rows = new Array<number>(labels.length).fill(0);
  for (const l of order) {
    const start = l.x - l.width / 2;
    let r = ends.findIndex((end) => end + gap <= start);
    if (r < 0) r = ends.push(-Infinity) - 1;
    ends[r] = l.x + l.width / 2;
    rows[l.i] = r;
  }
  return rows;
}

const TEXT_PX = 6.4;
const ROW_PX = 14;

/** Splits text into lines of at most `chars` characters at spaces (a longer word stays whole). */
export function wrapText(text: string, chars: number): string[] {
  const lines: string[] = [];
  let line = '';
  for (const word of text.split(' ')) {
    if (line && line.length + 1 + word.length > chars) {
      lines.push(line);
      line = word;
    } else line = line ? `${line} ${word}` : word;
  }
  if (line) lines.push(line);
  return lines;
}

/**
 * The sweep chart: the figure's mean against t (line and dots), its interval as a band (said in
 * the caption under the title), and every threshold the sweep reached as a dashed vertical line
 * with its human name and t. Labels run from their line toward the wider side, wrap to the room
 * there, and stack in rows above the plot so none overlaps; title and caption wrap to the width;
 * the height grows with the lines all this needs. Observable Plot in the given document.
 */
export function sweepPlot(document: Document, c: SweepChartInput): SVGSVGElement {
  const marginLeft = 56;
  const marginRight = 16;
  const inner = c.width - marginLeft - marginRight;
  const chars = (px: number) => Math.max(12, Math.floor(px / TEXT_PX));
  const reached = c.thresholds.filter((th) => th.t !== null);
  const labels = reached.map((th) => {
    const x = marginLeft + th.t! * inner;
    const start = th.t! <= 0.5;
    const room = start ? c.width - x - 4 : x - 4;
    const lines = wrapText(`${th.label} (t ≈ ${th.t!.toFixed(2)})`, chars(room));
    const w = Math.min(room, Math.max(...lines.map((l) => l.length)) * TEXT_PX);
    return { t: th.t!, lines, start, from: start ? x : x - w, to: start ? x + w : x };
  });
  const rows = labelRows(labels.map((l) => ({ x: (l.from + l.to) / 2, width: l.to - l.from })));
  const nRows = labels.length ? Math.max(...rows) + 1 : 0;
  // Each row is as tall as its tallest label; row 0 sits just above the frame.
  const rowLines = Array.from({ length: nRows }, (_, r) => Math.max(...labels.filter((_l, i) => rows[i] === r).map((l) => l.lines.length)));
  const rowTop = rowLines.map((_, r) => rowLines.slice(0, r + 1).reduce((s, n) => s + n, 0) * ROW_PX);
  const head = [...wrapText(c.title, chars(c.width - 12) - 2).map((text) => ({ text, bold: true })), ...wrapText(`line: mean · band: ${c.band}${reached.length ? ' · dashed: thresholds' : ''}`, chars(c.width - 12)).map((text) => ({ text, bold: false })), { text: `↑ ${c.yLabel}${c.percent ? ' (%)' : ''}`, bold: false }];
  const headPx = head.length * ROW_PX + 6;
  const labelsPx = (rowTop[rowTop.length - 1] ?? 0) + (nRows ? 6 : 0);
  const marginTop = headPx + labelsPx + 6;
  const k = c.percent ? 100 : 1;
  const pts = c.points.map((p) => ({ t: p.t, mean: p.mean * k, lo: p.lo * k, hi: p.hi * k })).filter((p) => Number.isFinite(p.mean));
  const placed = labels.map((l, i) => ({ t: l.t, text: l.lines.join('\n'), start: l.start, dy: -6 - (rowTop[rows[i]!]! - l.lines.length * ROW_PX) }));
  const targets = c.thresholds.filter((th) => th.metric === c.metric && th.value !== undefined).map((th) => ({ y: th.value! * k, label: th.label }));
  return Plot.plot({
    document,
    width: c.width,
    height: marginTop + 190 + 46,
    marginLeft,
    marginRight,
    marginTop,
    marginBottom: 46,
    style: { fontFamily: CHART_FONT, fontSize: '11px', background: 'white', color: 'black' },
    ariaLabel: c.title,
    x: { domain: [0, 1], label: 't → (0 = the survey today, 1 = lever ceilings)', labelAnchor: 'center', labelOffset: 36, grid: true },
    y: { label: null, grid: true, nice: true, zero: false, ...(c.percent ? { tickFormat: (v: number) => `${v}%` } : {}) },
    marks: [
      Plot.areaY(pts, { x: 't', y1: 'lo', y2: 'hi', fill: '#1967d2', fillOpacity: 0.15 }),
      Plot.lineY(pts, { x: 't', y: 'mean', stroke: '#1967d2', strokeWidth: 2 }),
      Plot.dot(pts, { x: 't', y: 'mean', fill: '#1967d2', r: 2.5 }),
      Plot.ruleY(targets, { y: 'y', stroke: '#b00020', strokeOpacity: 0.5, strokeDasharray: '2,3' }),
      Plot.ruleX(placed, { x: 't', stroke: '#b00020', strokeDasharray: '4,4' }),
      // Threshold labels in their rows above the frame (row 0 nearest the plot), wrapped to the room beside their line.
      ...placed.map((l) => Plot.text([l], { x: 't', frameAnchor: 'top', dy: l.dy, text: 'text', fill: '#b00020', textAnchor: l.start ? 'start' : 'end', lineAnchor: 'bottom', lineHeight: ROW_PX / 11 })),
      // Title, caption and the y axis's name, one line each from the top.
      ...head.map((line, i) => Plot.text([line.text], { frameAnchor: 'top-left', dx: -(marginLeft - 6), dy: -(marginTop - 4 - i * ROW_PX), lineAnchor: 'top', ...(line.bold ? { fontWeight: 'bold', fontSize: 12 } : { fill: '#444' }) })),
    ],
  }) as unknown as SVGSVGElement;
}
