// Charts are built by Observable Plot (src/charts/) in a detached document and shown as an SVG
// image: the page's Content-Security-Policy refuses the inline <style> and style attributes Plot
// writes, and an image keeps them inside its own document. The same text is the SVG export; the
// PNG export draws that image on a canvas at twice its size.
import { fill, h } from '../dom.js';

/** A detached document for Plot: nothing in it is applied to the page. */
export function chartDocument(): Document {
  return document.implementation.createHTMLDocument('chart');
}

/** An SVG element as standalone SVG text. */
export function svgText(svg: SVGSVGElement): string {
  svg.setAttribute('xmlns', 'http://www.w3.org/2000/svg');
  return `<?xml version="1.0" encoding="UTF-8"?>\n${new XMLSerializer().serializeToString(svg)}\n`;
}

function download(name: string, blob: Blob): void {
  const url = URL.createObjectURL(blob);
  const a = h('a', { href: url, download: name });
  document.body.append(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 1000);
}

/** The chart's SVG rasterised at `scale` × its size, as a PNG blob. */
export async function pngOf(text: string, width: number, height: number, scale = 2): Promise<Blob> {
  const url = URL.createObjectURL(new Blob([text], { type: 'image/svg+xml' }));
  try {
    const img = new Image();
    img.src = url;
    await img.decode();
    const canvas = h('canvas', { width: width * scale, height: height * scale });
    const ctx = canvas.getContext('2d')!;
    ctx.fillStyle = '#fff';
    ctx.fillRect(0, 0, canvas.width, canvas.height);
    ctx.drawImage(img, 0, 0, canvas.width, canvas.height);
    return await new Promise<Blob>((resolve, reject) => canvas.toBlob((b) => (b ? resolve(b) : reject(new Error('PNG export failed'))), 'image/png'));
  } finally {
    URL.revokeObjectURL(url);
  }
}

const shown = new WeakMap<HTMLElement, string>();

/**
 * Shows a chart in `el` as an image (alt text: its title) with SVG and PNG export buttons named
 * `file`.svg / .png; `el.dataset.svg` holds nothing, the text is kept for the buttons.
 */
export function showChart(el: HTMLElement, svg: SVGSVGElement, title: string, file: string): void {
  const text = svgText(svg);
  const width = Number(svg.getAttribute('width'));
  const height = Number(svg.getAttribute('height'));
  const old = shown.get(el);
  if (old) URL.revokeObjectURL(old);
  const url = URL.createObjectURL(new Blob([text], { type: 'image/svg+xml' }));
  shown.set(el, url);
  const img = h('img', { src: url, alt: title, width, height, className: 'chart-image' });
  const svgButton = h('button', { type: 'button', className: 'export-svg' }, 'SVG');
  const pngButton = h('button', { type: 'button', className: 'export-png' }, 'PNG');
  svgButton.addEventListener('click', () => download(`${file}.svg`, new Blob([text], { type: 'image/svg+xml' })));
  pngButton.addEventListener('click', () => void pngOf(text, width, height).then((b) => download(`${file}.png`, b)));
  fill(el, img, h('div', { className: 'chart-export' }, 'Export chart: ', svgButton, pngButton));
  (window as unknown as { __collabnetCharts?: Record<string, string> }).__collabnetCharts ??= {};
  (window as unknown as { __collabnetCharts: Record<string, string> }).__collabnetCharts[file] = text;
}
