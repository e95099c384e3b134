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

const TEXT_PX = 6.6;
const ROW_PX = 15;

/**
 * The sweep chart: the figure's mean against t (line and dots), its interval as a band (said in
 * the caption line under the title), and every threshold the sweep reached as a dashed vertical
 * line with its human name and t, labels stacked in rows above the plot so none overlaps; the
 * height grows with the label rows. Observable Plot in the given document.
 */
export function sweepPlot(document: Document, c: SweepChartInput): SVGSVGElement {
  const marginLeft = 62;
  const marginRight = 24;
  const inner = c.width - marginLeft - marginRight;
  const reached = c.thresholds.filter((th) => th.t !== null);
  const texts = reached.map((th) => `${th.label} (t ≈ ${th.t!.toFixed(2)})`);
  const rows = labelRows(reached.map((th, i) => ({ x: marginLeft + th.t! * inner, width: Math.min(inner, texts[i]!.length * TEXT_PX) })));
  const nRows = reached.length ? Math.max(...rows) + 1 : 0;
  const marginTop = 44 + nRows * ROW_PX;
  const k = c.percent ? 100 : 1;
  const pts = c.points.map((p) => ({ t: p.t, mean: p.mean * k, lo: p.lo * k, hi: p.hi * k })).filter((p) => Number.isFinite(p.mean));
  const labelled = reached.map((th, i) => ({ t: th.t!, text: texts[i]!, row: rows[i]! }));
  const targets = c.thresholds.filter((th) => th.metric === c.metric && th.value !== undefined).map((th) => ({ y: th.value! * k, label: th.label }));
  const align = (t: number) => (t < 0.2 ? 'start' : t > 0.8 ? 'end' : 'middle');
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
    x: { domain: [0, 1], label: 't (0 = the survey today, 1 = the levers at their ceiling) →', labelAnchor: 'center', labelOffset: 36, grid: true },
    y: { label: `↑ ${c.yLabel}${c.percent ? ' (%)' : ''}`, grid: true, nice: true, zero: false, ...(c.percent ? { tickFormat: (v: number) => `${v}%` } : {}) },
    marks: [
      Plot.areaY(pts, { x: 't', y1: 'lo', y2: 'hi', fill: '#1967d2', fillOpacity: 0.15 }),
      Plot.lineY(pts, { x: 't', y: 'mean', stroke: '#1967d2', strokeWidth: 2 }),
      Plot.dot(pts, { x: 't', y: 'mean', fill: '#1967d2', r: 2.5 }),
      Plot.ruleY(targets, { y: 'y', stroke: '#b00020', strokeOpacity: 0.5, strokeDasharray: '2,3' }),
      Plot.ruleX(labelled, { x: 't', stroke: '#b00020', strokeDasharray: '4,4' }),
      // Threshold labels in their rows above the frame (row 0 nearest the plot).
      ...labelled.map((l) => Plot.text([l], { x: 't', frameAnchor: 'top', dy: -8 - l.row * ROW_PX, text: 'text', fill: '#b00020', textAnchor: align(l.t), lineAnchor: 'bottom' })),
      Plot.text([c.title], { frameAnchor: 'top-left', dx: -(marginLeft - 6), dy: -(marginTop - 4), fontSize: 13, fontWeight: 'bold', lineAnchor: 'top' }),
      Plot.text([`line: mean · band: ${c.band}${reached.length ? ' · dashed: thresholds' : ''}`], { frameAnchor: 'top-left', dx: -(marginLeft - 6), dy: -(marginTop - 22), fill: '#444', lineAnchor: 'top' }),
    ],
  }) as unknown as SVGSVGElement;
}
