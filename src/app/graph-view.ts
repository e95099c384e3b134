import { UndirectedGraph } from 'graphology';
import type { SerializedGraph } from 'graphology-types';
import Sigma from 'sigma';
import type { EdgeDisplayData, NodeDisplayData } from 'sigma/types';
import type { MetricsReport, NodeRow } from '../metrics/index.js';
import { protectGraphologyKeys } from '../formats/read/graphology-keys.js';
import { createRng } from '../random/index.js';
import { categoryColor, OTHER_COLOR } from './palette.js';


// Node ids from files may be __proto__, constructor, …: graphology's adjacency must not inherit them.
protectGraphologyKeys();
export interface Filters {
  sectors: Set<string> | null;
  /** Attribute name → the value a node must have (the spec's category and region attributes). */
  attrs: Record<string, string>;
  hideIsolates: boolean;
  giantOnly: boolean;
  minDegree: number;
}

/**
 * Above this many nodes the view goes light: edges and labels are hidden while the camera moves
 * (Sigma's hideEdgesOnMove / hideLabelsOnMove), and hovering highlights a node and its ties without
 * dimming every other node, so it repaints only what changed instead of the whole graph.
 */
export const LARGE_VIEW_NODES = 10_000;

/** The network on screen: the graph, its metrics, the Sigma renderer and the view rules (color, size, filters, hover). */
export class GraphView {
  graph = new UndirectedGraph();
  rows = new Map<string, NodeRow>();
  renderer: Sigma;
  hovered: string | null = null;
  selected: string | null = null;
  visible = new Set<string>();
  legend: { label: string; color: string; count: number }[] = [];
  /** The spec's sectors in order, with their colours (legend, isolate grid). */
  sectors: { id: string; colour: string }[] = [];
  /** Milliseconds of the last renders (at most 500). */
  renderTimes: number[] = [];
  private neighbours = new Set<string>();
  private large = false;

  constructor(container: HTMLElement) {
    this.renderer = new Sigma(this.graph, container, {
      renderEdgeLabels: false,
      labelRenderedSizeThreshold: 9,
      labelDensity: 0.4,
      labelGridCellSize: 120,
      defaultEdgeColor: '#c9c9c9',
      zIndex: true,
      // The display data is built from what this view sets (x, y, size, color, label), never from
      // the rest of a node's attributes: an imported file's own `type`, `hidden`, `zIndex`,
      // `forceLabel` or `highlighted` would otherwise steer Sigma (an unknown `type` is an error).
      nodeReducer: (node, data) => {
        const out: Partial<NodeDisplayData> & { type: string } = { x: data.x, y: data.y, size: data.size, color: data.color, label: typeof data.label === 'string' ? data.label : String(data.label ?? node), type: 'circle', zIndex: 1 };
        if (!this.visible.has(node)) return { ...out, hidden: true };
        if (this.hovered) {
          if (node === this.hovered || this.neighbours.has(node)) Object.assign(out, { zIndex: 2, ...(this.large ? { highlighted: true } : {}) });
          else if (!this.large) Object.assign(out, { color: '#e4e4e4', label: '', zIndex: 0 });
        }
        if (node === this.selected) Object.assign(out, { highlighted: true, zIndex: 3 });
        return out;
      },
      // Our edges carry `type` = the tie type id of the spec; Sigma reads `type` as its
      // edge program, so every edge is drawn as a line here, with the size load() gave it.
      edgeReducer: (edge, data) => {
        const out: Partial<EdgeDisplayData> & { type: string } = { size: data.size, type: 'line' };
        // Sigma and this view always hold the same graph (see load); an edge this graph lacks is not drawn.
        if (!this.graph.hasEdge(edge)) return { ...out, hidden: true };
        const [s, t] = this.graph.extremities(edge);
        if (!this.visible.has(s) || !this.visible.has(t)) return { ...out, hidden: true };
        if (this.hovered && s !== this.hovered && t !== this.hovered) return this.large ? out : { ...out, hidden: true };
        if (this.hovered) return { ...out, color: '#555', size: 1.5 };
        return out;
      },
    });
    // Sigma finds the node under the pointer on every mouse move by reading one pixel back from
    // the GPU, which waits for all drawing in flight: 0.2 s per move on the baseline and 2 s at
    // 50k nodes under software rendering (measured, bench/explorer.ts). While the view is being
    // dragged no hover is wanted, so the lookup is skipped then. (The method is private in
    // Sigma's types, public at run time.)
    const picker = this.renderer as unknown as { getNodeAtPosition(position: { x: number; y: number }): string | null };
    const pick = picker.getNodeAtPosition.bind(this.renderer);
    picker.getNodeAtPosition = (position) => (this.renderer.getMouseCaptor().isMouseDown ? null : pick(position));
    // Sigma's own time per frame (the benchmark reads it while panning).
    let renderStart = 0;
    this.renderer.on('beforeRender', () => (renderStart = performance.now()));
    this.renderer.on('afterRender', () => {
      this.renderTimes.push(performance.now() - renderStart);
      if (this.renderTimes.length > 500) this.renderTimes.shift();
    });
    this.renderer.on('enterNode', ({ node }) => this.hover(node));
    this.renderer.on('leaveNode', () => this.hover(null));
  }

  hover(node: string | null): void {
    // Dragging the view passes over nodes: not a hover.
    if (node !== null && this.renderer.getMouseCaptor().isMouseDown) return;
    if (node !== null && !this.graph.hasNode(node)) node = null;
    if (node === this.hovered) return;
    const before = this.hovered;
    this.hovered = node;
    this.neighbours = node ? new Set(this.graph.neighbors(node)) : new Set();
    if (!this.large) {
      this.renderer.refresh({ skipIndexation: true });
      return;
    }
    const nodes = new Set<string>();
    const edges = new Set<string>();
    for (const n of [before, node]) {
      if (n === null || !this.graph.hasNode(n)) continue;
      nodes.add(n);
      this.graph.forEachNeighbor(n, (m) => nodes.add(m));
      this.graph.forEachEdge(n, (e) => edges.add(e));
    }
    this.renderer.refresh({ partialGraph: { nodes: [...nodes], edges: [...edges] }, skipIndexation: true });
  }

  /** Replaces the network (its metrics may follow with `setMetrics`); nodes start on seeded positions, isolates in a grid beside the rest. */
  load(data: SerializedGraph, metrics: MetricsReport | null, seed: number): void {
    const graph = UndirectedGraph.from(data);
    this.rows = new Map((metrics?.nodes ?? []).map((r) => [String(r.id), r]));
    const rng = createRng(seed);
    const radius = Math.sqrt(graph.order) * 10;
    graph.forEachNode((node, a) => {
      const ang = rng.next() * 2 * Math.PI;
      const r = radius * Math.sqrt(rng.next());
      // Until colorBy and sizeBy run, every node is drawn grey and small (a file's own color and size attributes are not for Sigma).
      graph.mergeNodeAttributes(node, { x: r * Math.cos(ang), y: r * Math.sin(ang), label: a.label ?? node, color: OTHER_COLOR, size: 2 });
    });
    graph.forEachEdge((edge, a) => graph.setEdgeAttribute(edge, 'size', Math.min(4, 0.5 + Math.log2(1 + (a.weight as number))) / 2));
    // Sigma re-indexes at once on setGraph and on setSettings, running the reducers, which read
    // this.graph and the view state: all of it must describe the new graph before Sigma sees it, and
    // Sigma must hold the new graph before anything else makes it redraw. Nothing of the old network
    // (hover, selection, visible set) may point at nodes the new one lacks.
    this.hovered = null;
    this.neighbours = new Set();
    this.selected = null;
    this.visible = new Set(graph.nodes());
    const wasLarge = this.large;
    this.large = graph.order > LARGE_VIEW_NODES;
    this.graph = graph;
    this.placeIsolates();
    this.renderer.setGraph(graph);
    if (this.large !== wasLarge) this.renderer.setSettings({ hideEdgesOnMove: this.large, hideLabelsOnMove: this.large });
    // Show the whole new network, wherever the camera was (and stop a move towards an old node).
    const camera = this.renderer.getCamera();
    const home = { x: 0.5, y: 0.5, ratio: 1, angle: 0 };
    if (camera.isAnimated()) void camera.animate(home, { duration: 1 });
    else camera.setState(home);
  }

  /** Attaches the metrics of the network on screen. */
  setMetrics(metrics: MetricsReport): void {
    this.rows = new Map(metrics.nodes.map((r) => [String(r.id), r]));
  }

  /** The subgraph of connected nodes (what ForceAtlas2 lays out). */
  connected(): SerializedGraph {
    const sub = this.graph.copy();
    sub.forEachNode((n) => {
      if (sub.degree(n) === 0) sub.dropNode(n);
    });
    return sub.export();
  }

  /** Applies laid-out positions, then puts the isolates in a grid to the right of them. */
  setPositions(positions: Record<string, [number, number]>): void {
    for (const [n, [x, y]] of Object.entries(positions)) if (this.graph.hasNode(n)) this.graph.mergeNodeAttributes(n, { x, y });
    this.placeIsolates();
    this.renderer.refresh();
  }

  private placeIsolates(): void {
    let minX = Infinity, maxX = -Infinity, minY = Infinity, maxY = -Infinity;
    const isolates: string[] = [];
    this.graph.forEachNode((n, a) => {
      if (this.graph.degree(n) === 0) isolates.push(n);
      else {
        minX = Math.min(minX, a.x); maxX = Math.max(maxX, a.x); minY = Math.min(minY, a.y); maxY = Math.max(maxY, a.y);
      }
    });
    if (!Number.isFinite(minX)) { minX = 0; maxX = 0; minY = 0; maxY = 0; }
    const order = this.sectors.map((s) => s.id);
    isolates.sort((a, b) => order.indexOf(this.graph.getNodeAttribute(a, 'sector')) - order.indexOf(this.graph.getNodeAttribute(b, 'sector')) || (a < b ? -1 : 1));
    const height = Math.max(maxY - minY, 1);
    const rows = Math.max(1, Math.ceil(Math.sqrt(isolates.length * 1.5)));
    const step = height / rows;
    const x0 = maxX + Math.max(step * 3, (maxX - minX) * 0.08);
    isolates.forEach((n, i) => this.graph.mergeNodeAttributes(n, { x: x0 + Math.floor(i / rows) * step, y: maxY - (i % rows) * step }));
  }

  /** Colors nodes by a mode and rebuilds the legend (with counts). */
  colorBy(mode: string): void {
    const key = (n: string): string => {
      const a = this.graph.getNodeAttributes(n);
      const row = this.rows.get(n);
      if (mode === 'sector') return String(a.sector ?? 'no sector');
      if (mode === 'community') return `community ${row?.community ?? '?'}`;
      if (mode === 'component') return row?.isolated ? 'isolate' : `component ${row?.component ?? '?'}`;
      // A node attribute of the spec (whatever the spec declares).
      return a[mode] !== undefined && a[mode] !== null ? String(a[mode]) : a.sector ? `${String(a.sector)} (no ${mode})` : `no ${mode}`;
    };
    const counts = new Map<string, number>();
    this.graph.forEachNode((n) => counts.set(key(n), (counts.get(key(n)) ?? 0) + 1));
    const known = this.sectors.map((s) => s.id);
    const sectorColour = new Map(this.sectors.map((s) => [s.id, s.colour]));
    const ranked = [...counts.entries()].sort((a, b) =>
      mode === 'sector' ? (known.indexOf(a[0]) + 1 || 99) - (known.indexOf(b[0]) + 1 || 99) : a[0] === 'isolate' ? 1 : b[0] === 'isolate' ? -1 : b[1] - a[1] || (a[0] < b[0] ? -1 : 1),
    );
    const color = new Map<string, string>();
    ranked.forEach(([k], i) => color.set(k, mode === 'sector' ? (sectorColour.get(k) ?? OTHER_COLOR) : k === 'isolate' ? OTHER_COLOR : categoryColor(i)));
    this.graph.forEachNode((n) => this.graph.setNodeAttribute(n, 'color', color.get(key(n))!));
    const shown = ranked.slice(0, 15).map(([label, count]) => ({ label, color: color.get(label)!, count }));
    const rest = ranked.slice(15).reduce((s, [, c]) => s + c, 0);
    this.legend = rest ? [...shown, { label: `${ranked.length - 15} more`, color: OTHER_COLOR, count: rest }] : shown;
    this.renderer.refresh({ skipIndexation: true });
  }

  /** Sizes nodes by a metric: √-scaled between 2 and 14 px; undefined values get the smallest size. */
  sizeBy(metric: string): void {
    let min = Infinity;
    let max = -Infinity;
    // Before the metrics arrive, degree is read off the graph itself.
    const value = (n: string) => this.rows.get(n)?.[metric] ?? (metric === 'degree' ? this.graph.degree(n) : null);
    this.graph.forEachNode((n) => {
      const v = value(n);
      if (typeof v === 'number' && Number.isFinite(v)) { min = Math.min(min, v); max = Math.max(max, v); }
    });
    this.graph.forEachNode((n) => {
      const v = value(n);
      const f = typeof v === 'number' && Number.isFinite(v) && max > min ? Math.sqrt((v - min) / (max - min)) : 0;
      this.graph.setNodeAttribute(n, 'size', 2 + 12 * f);
    });
    this.renderer.refresh({ skipIndexation: true });
  }

  /** Recomputes the visible set from the filters; returns its size. */
  filter(f: Filters): number {
    this.visible = new Set();
    this.graph.forEachNode((n, a) => {
      const row = this.rows.get(n);
      const degree = this.graph.degree(n);
      if (f.sectors && !f.sectors.has(String(a.sector))) return;
      for (const [name, value] of Object.entries(f.attrs)) if (value && String(a[name]) !== value) return;
      if (f.hideIsolates && degree === 0) return;
      if (f.giantOnly && (row?.component !== 0 || degree === 0)) return;
      if (degree < f.minDegree) return;
      this.visible.add(n);
    });
    this.renderer.refresh({ skipIndexation: true });
    return this.visible.size;
  }

  select(node: string | null): void {
    this.selected = node && this.graph.hasNode(node) ? node : null;
    if (this.selected) {
      const d = this.renderer.getNodeDisplayData(this.selected);
      if (d) void this.renderer.getCamera().animate({ x: d.x, y: d.y, ratio: 0.35 }, { duration: 300 });
    }
    this.renderer.refresh({ skipIndexation: true });
  }
}
