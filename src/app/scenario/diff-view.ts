// Baseline and scenario side by side (or one at a time, toggled), drawn on canvases with the
// scenario's layout positions for every shared node, so a reader sees where the new ties go; new
// ties in magenta, nodes that leave isolation ringed.
import type Graph from 'graphology';
import type { NetworkDiff } from '../../scenarios/index.js';
import { fill, h } from '../dom.js';

export type DiffMode = 'side' | 'baseline' | 'scenario';

const NEW_TIE = '#d01c8b';
const RING = 'rgba(0,0,0,0.55)';

/** Draws one network on a canvas at the given positions; with `diff`, highlights new ties (scenario) and nodes leaving isolation. */
function draw(canvas: HTMLCanvasElement, g: Graph, pos: ReadonlyMap<string, [number, number]>, colour: (sector: string) => string, diff: NetworkDiff | null, side: 'baseline' | 'scenario'): void {
  const ctx = canvas.getContext('2d')!;
  const { width, height } = canvas;
  ctx.fillStyle = '#fff';
  ctx.fillRect(0, 0, width, height);
  let minX = Infinity, maxX = -Infinity, minY = Infinity, maxY = -Infinity;
  for (const [x, y] of pos.values()) {
    minX = Math.min(minX, x); maxX = Math.max(maxX, x); minY = Math.min(minY, y); maxY = Math.max(maxY, y);
  }
  const pad = 10;
  const k = Math.min((width - 2 * pad) / Math.max(1e-9, maxX - minX), (height - 2 * pad) / Math.max(1e-9, maxY - minY));
  // Centred both ways (the layout is wider than tall: the isolates' grid sits beside the rest).
  const ox = (width - (maxX - minX) * k) / 2;
  const oy = (height - (maxY - minY) * k) / 2;
  const at = (n: string): [number, number] | null => {
    const p = pos.get(n);
    return p ? [ox + (p[0] - minX) * k, height - oy - (p[1] - minY) * k] : null;
  };
  const line = (a: string, b: string) => {
    const p = at(a), q = at(b);
    if (!p || !q) return;
    ctx.moveTo(p[0], p[1]);
    ctx.lineTo(q[0], q[1]);
  };
  const fresh = new Set(side === 'scenario' && diff ? diff.newTies.map(([a, b]) => `${a}\u0000${b}`) : []);
  ctx.strokeStyle = 'rgba(0,0,0,0.12)';
  ctx.lineWidth = 0.5;
  ctx.beginPath();
  g.forEachEdge((_e, _a, s, t) => {
    if (!fresh.has(s < t ? `${s}\u0000${t}` : `${t}\u0000${s}`)) line(s, t);
  });
  ctx.stroke();
  if (fresh.size) {
    ctx.strokeStyle = NEW_TIE;
    ctx.globalAlpha = 0.8;
    ctx.lineWidth = 0.8;
    ctx.beginPath();
    for (const [a, b] of diff!.newTies) line(a, b);
    ctx.stroke();
    ctx.globalAlpha = 1;
  }
  g.forEachNode((n, a) => {
    const p = at(n);
    if (!p) return;
    ctx.fillStyle = colour(String(a.sector));
    ctx.beginPath();
    ctx.arc(p[0], p[1], 1.6, 0, 2 * Math.PI);
    ctx.fill();
  });
  if (diff) {
    ctx.strokeStyle = RING;
    ctx.lineWidth = 0.6;
    for (const n of diff.leftIsolation) {
      const p = at(n);
      if (!p) continue;
      ctx.beginPath();
      ctx.arc(p[0], p[1], 2.8, 0, 2 * Math.PI);
      ctx.stroke();
    }
  }
}

/** What the overlay shows: both networks, their positions, colours, and the difference. */
export interface DiffInput {
  readonly baseline: Graph;
  readonly scenario: Graph;
  readonly positions: ReadonlyMap<string, [number, number]>;
  readonly colour: (sector: string) => string;
  readonly diff: NetworkDiff;
  readonly titles: { readonly baseline: string; readonly scenario: string };
  /** Counts by sector of the nodes that leave isolation (e.g. "1,204 hospitals"). */
  readonly leftBySector: string;
}

/**
 * Fills the overlay: the counts of the difference in words, a mode switch (side by side, or one
 * network toggled baseline ↔ scenario), "highlight the difference", and the canvases.
 */
export function renderDiff(el: HTMLElement, d: DiffInput, mode: DiffMode, highlight: boolean, onMode: (m: DiffMode) => void, onHighlight: (on: boolean) => void, onClose: () => void): void {
  const width = Math.max(240, el.clientWidth - 20);
  const height = Math.max(200, Math.min(el.clientHeight - 120, Math.round((mode === 'side' ? (width - 12) / 2 : width) * 0.75)));
  const each = mode === 'side' ? Math.floor((width - 12) / 2) : width;
  const panel = (side: 'baseline' | 'scenario') => {
    const canvas = h('canvas', { width: each, height, className: `diff-${side}` });
    draw(canvas, side === 'baseline' ? d.baseline : d.scenario, d.positions, d.colour, highlight ? d.diff : null, side);
    return h('figure', { className: 'diff-panel' }, h('figcaption', {}, side === 'baseline' ? d.titles.baseline : d.titles.scenario), canvas);
  };
  const button = (m: DiffMode, text: string) => {
    const b = h('button', { type: 'button', className: mode === m ? 'active' : '', 'data-mode': m }, text);
    b.addEventListener('click', () => onMode(m));
    return b;
  };
  const toggle = h('button', { type: 'button', id: 'diff-toggle' }, mode === 'baseline' ? 'Show the scenario' : mode === 'scenario' ? 'Show the baseline' : 'Baseline ↔ scenario (one at a time)');
  toggle.addEventListener('click', () => onMode(mode === 'baseline' ? 'scenario' : 'baseline'));
  const box = h('input', { type: 'checkbox', id: 'diff-highlight', checked: highlight });
  box.addEventListener('change', () => onHighlight(box.checked));
  const close = h('button', { type: 'button', id: 'diff-close', 'aria-label': 'Close' }, '×');
  close.addEventListener('click', onClose);
  fill(
    el,
    close,
    h('p', { id: 'diff-summary' }, `${d.diff.newTies.length.toLocaleString('en-US')} new ties, ${d.diff.goneTies.length.toLocaleString('en-US')} ties gone; ${d.diff.leftIsolation.length.toLocaleString('en-US')} nodes leave isolation (${d.leftBySector}), ${d.diff.becameIsolated.length.toLocaleString('en-US')} become isolated. Same positions for all ${d.diff.shared.toLocaleString('en-US')} shared nodes (the scenario's layout).`),
    h('div', { className: 'diff-controls' }, button('side', 'Side by side'), toggle, h('label', {}, box, ' highlight the difference (magenta: new ties; ringed: nodes that leave isolation)')),
    h('div', { className: `diff-panels ${mode}` }, ...(mode === 'side' ? [panel('baseline'), panel('scenario')] : [panel(mode)])),
  );
}
