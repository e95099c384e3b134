// PNG export: the view re-centred on the nodes shown, with the title, the summary line and the
// legend drawn around it, at screen or high resolution.
import { drawOnCanvas } from '@sigma/export-image';
import type Sigma from 'sigma';
import type { GradientLegend, LegendItem, SizeLegendItem } from '../appearance/index.js';
import { formatLegendNumber } from '../appearance/index.js';
import { cameraToFit } from './camera-fit.js';

/** What the picture says besides the network. */
export interface PngCaption {
  title: string;
  summary: string;
  /** Colour legend: lines with counts, or a gradient. */
  legend: { kind: 'categorical'; items: readonly LegendItem[] } | { kind: 'gradient'; attribute: string; gradient: GradientLegend };
  /** "Size: degree" and its entries. */
  size?: { attribute: string; items: readonly SizeLegendItem[] };
}

/** Pixel size of the network area: the view's own, or 2× for high resolution, at least 1200 wide. */
export function pngSize(width: number, height: number, highResolution: boolean): { width: number; height: number } {
  const k = highResolution ? 2 : 1;
  const w = Math.max(1200, Math.round(width));
  return { width: w * k, height: Math.round((w * height) / Math.max(1, width)) * k };
}

/** Draws the network of `renderer` framed on `shown` nodes, with the caption, onto a new canvas. */
export async function renderPng(renderer: Sigma, shown: Iterable<string>, caption: PngCaption, highResolution: boolean): Promise<HTMLCanvasElement> {
  const container = renderer.getContainer();
  const { width, height } = pngSize(container.clientWidth || 800, container.clientHeight || 600, highResolution);
  const points: { x: number; y: number }[] = [];
  for (const n of shown) {
    const d = renderer.getNodeDisplayData(n);
    if (d && !d.hidden) points.push(d);
  }
  const k = highResolution ? 2 : 1;
  const graph = await drawOnCanvas(renderer, { width, height, cameraState: cameraToFit(points), backgroundColor: '#ffffff', sigmaSettings: { labelSize: 14 * k } });
  const ratio = graph.width / width;
  const pad = 16 * k;
  const line = 20 * k;
  const legendWidth = 260 * k;
  const headerHeight = pad + line * 1.3 + line * summaryLines(caption.summary) + pad;
  const canvas = document.createElement('canvas');
  canvas.width = width + legendWidth;
  canvas.height = Math.max(height + headerHeight, headerHeight + legendHeight(caption, line) + pad);
  const ctx = canvas.getContext('2d')!;
  ctx.fillStyle = '#ffffff';
  ctx.fillRect(0, 0, canvas.width, canvas.height);
  ctx.drawImage(graph, 0, 0, graph.width, graph.height, 0, headerHeight, graph.width / ratio, graph.height / ratio);
  ctx.fillStyle = '#111111';
  ctx.textBaseline = 'top';
  ctx.font = `bold ${16 * k}px sans-serif`;
  ctx.fillText(caption.title, pad, pad);
  ctx.font = `${13 * k}px sans-serif`;
  wrap(caption.summary, 150).forEach((l, i) => ctx.fillText(l, pad, pad + line * 1.3 + i * line));
  drawLegend(ctx, caption, width + pad, headerHeight, line, k);
  return canvas;
}

const summaryLines = (s: string) => wrap(s, 150).length;

/** Splits text into lines of at most `max` characters at spaces. */
function wrap(text: string, max: number): string[] {
  const lines: string[] = [];
  let current = '';
  for (const word of text.split(' ')) {
    if (current && current.length + word.length + 1 > max) {
      lines.push(current);
      current = word;
    } else current = current ? `${current} ${word}` : word;
  }
  if (current) lines.push(current);
  return lines;
}

function legendHeight(c: PngCaption, line: number): number {
  const colour = c.legend.kind === 'categorical' ? c.legend.items.length + 1 : 3;
  return line * (colour + (c.size ? c.size.items.length + 2 : 0) + 1);
}

function drawLegend(ctx: CanvasRenderingContext2D, c: PngCaption, x: number, y: number, line: number, k: number): void {
  ctx.font = `bold ${13 * k}px sans-serif`;
  ctx.fillStyle = '#111111';
  ctx.fillText(c.legend.kind === 'gradient' ? `Colour: ${c.legend.attribute}` : 'Colour', x, y);
  y += line;
  ctx.font = `${12 * k}px sans-serif`;
  if (c.legend.kind === 'categorical') {
    for (const item of c.legend.items) {
      ctx.fillStyle = item.color;
      ctx.beginPath();
      ctx.arc(x + 6 * k, y + 7 * k, 6 * k, 0, 2 * Math.PI);
      ctx.fill();
      ctx.fillStyle = '#111111';
      ctx.fillText(`${item.label} (${item.count.toLocaleString('en-US')})`, x + 18 * k, y);
      y += line;
    }
  } else {
    const g = c.legend.gradient;
    const w = 200 * k;
    const grad = ctx.createLinearGradient(x, 0, x + w, 0);
    g.stops.forEach((s, i) => grad.addColorStop(i / Math.max(1, g.stops.length - 1), s));
    ctx.fillStyle = grad;
    ctx.fillRect(x, y, w, 12 * k);
    ctx.fillStyle = '#111111';
    y += line;
    ctx.fillText(formatLegendNumber(g.min), x, y);
    const maxText = formatLegendNumber(g.max);
    ctx.fillText(maxText, x + w - ctx.measureText(maxText).width, y);
    y += line;
  }
  if (!c.size) return;
  y += line / 2;
  ctx.font = `bold ${13 * k}px sans-serif`;
  ctx.fillText(`Size: ${c.size.attribute}`, x, y);
  y += line;
  ctx.font = `${12 * k}px sans-serif`;
  for (const s of c.size.items) {
    ctx.strokeStyle = '#555555';
    ctx.beginPath();
    ctx.arc(x + 14 * k, y + 7 * k, Math.min(14, s.size / 2 + 1) * k, 0, 2 * Math.PI);
    ctx.stroke();
    ctx.fillText(formatLegendNumber(s.value), x + 34 * k, y);
    y += line;
  }
}
