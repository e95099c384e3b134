import { UndirectedGraph } from 'graphology';
import type { SerializedGraph } from 'graphology-types';
import { fitViewportToNodes } from '@sigma/utils';
import Sigma from 'sigma';
import type { EdgeDisplayData, NodeDisplayData } from 'sigma/types';
import type { MetricsReport, NodeRow } from '../metrics/index.js';
import { protectGraphologyKeys } from '../formats/read/graphology-keys.js';
import { createRng } from '../random/index.js';
import { labelDrawer } from './labels.js';
import { OTHER_COLOR } from './palette.js';

// Node ids from files may be __proto__, constructor, …: graphology's adjacency must not inherit them.
protectGraphologyKeys();

/**
 * Above this many nodes the view goes light: edges and labels are hidden while the camera moves
 * (Sigma's hideEdgesOnMove / hideLabelsOnMove), and hovering highlights a node and its ties without
 * dimming every other node, so it repaints only what changed instead of the whole graph.
 */
export const LARGE_VIEW_NODES = 10_000;

/** Per-node looks the view's reducers read: colour and size (nodes without one are grey and small). */
export interface NodeLook {
  colors: ReadonlyMap<string, string>;
  sizes: ReadonlyMap<string, number>;
}

/**
 * The network on screen: the graph, its metrics and the Sigma renderer. How nodes look (colour,
 * size), which are shown, which is hovered and selected are not written into the graph: Sigma's
 * node and edge reducers read them from here (set by the view pipeline from the store).
 */
export class GraphView {
  graph = new UndirectedGraph();
  rows = new Map<string, NodeRow>();
  renderer: Sigma;
  hovered: string | null = null;
  selected: string | null = null;
  visible: ReadonlySet<string> = new Set<string>();
  look: NodeLook = { colors: new Map(), sizes: new Map() };
  /** The spec's sectors in order, with their colours (isolate grid). */
  sectors: readonly { id: string; colour: string }[] = [];
  /** Milliseconds of the last renders (at most 500). */
  renderTimes: number[] = [];
  /** The hovered node's partners, then the selected node's (highlighted until deselected). */
  private neighbours = new Set<string>();
  private selectedNeighbours = new Set<string>();
  private large = false;
  /** The network on screen came with a position for every node (kept: it is not laid out again). */
  ownPositions = false;
  /** Draws labels without overlaps; lists what the last frame drew. */
  readonly labels = labelDrawer();
  /** The isolates' grid (graph coordinates of its top-left corner, cell size) and the isolates in it, in order. */
  isolateGrid: { x0: number; top: number; step: number; nodes: string[] } | null = null;
  /** Largest radius an isolate is drawn with (px at zoom 1): a third of a grid cell, so a large grid stays dots, not a solid block. */
  isolateRadius = Infinity;

  constructor(container: HTMLElement) {
    this.renderer = new Sigma(this.graph, container, {
      renderEdgeLabels: false,
      labelRenderedSizeThreshold: 9,
      labelDensity: 0.4,
      labelGridCellSize: 120,
      defaultDrawNodeLabel: (context, data, settings) => this.labels.draw(context, data, settings),
      // A container with no width (a collapsed or narrow layout) is not an error: Sigma draws once it has one.
      allowInvalidContainer: true,
      defaultEdgeColor: '#c9c9c9',
      zIndex: true,
      // The display data is built from what this view sets (x, y, size, color, label), never from
      // the rest of a node's attributes: an imported file's own `type`, `hidden`, `zIndex`,
      // `forceLabel` or `highlighted` would otherwise steer Sigma (an unknown `type` is an error).
      nodeReducer: (node, data) => {
        const label = typeof data.label === 'string' ? data.label : String(data.label ?? node);
        let size = this.look.sizes.get(node) ?? 2;
        if (size > this.isolateRadius && this.graph.hasNode(node) && this.graph.degree(node) === 0) size = this.isolateRadius;
        const out: Partial<NodeDisplayData> & { type: string } = { x: data.x, y: data.y, size, color: this.look.colors.get(node) ?? OTHER_COLOR, label, type: 'circle', zIndex: 1 };
        if (!this.visible.has(node)) return { ...out, hidden: true };
        // The hovered node, else the selected one, and its partners stand out; the rest fade (not on large networks).
        const focus = this.hovered ?? this.selected;
        if (focus) {
          const partners = this.hovered ? this.neighbours : this.selectedNeighbours;
          if (node === focus || partners.has(node)) Object.assign(out, { zIndex: 2, ...(this.large ? { highlighted: true } : {}) });
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
        const focus = this.hovered ?? this.selected;
        if (focus && s !== focus && t !== focus) return this.large ? out : { ...out, hidden: true };
        if (focus) return { ...out, color: '#555', size: 1.5 };
        return out;
      },
    });
    // Sigma finds the node under the pointer on every mouse move (its listener of the mouse
    // captor's "mousemove") by reading one pixel back from the GPU, which waits for all drawing in
    // flight: 0.2 s per move on the baseline and 2 s at 50k nodes under software rendering
    // (measured, bench/explorer.ts). While the view is being dragged no hover is wanted: the
    // captor's (public, EventEmitter) listeners are gated so they do not run then.
    const captor = this.renderer.getMouseCaptor();
    for (const listener of captor.listeners('mousemove') as ((e: unknown) => void)[]) {
      captor.off('mousemove', listener);
      captor.on('mousemove', (e: unknown) => {
        if (!captor.isMouseDown) listener(e);
      });
    }
    // Sigma's own time per frame (the benchmark reads it while panning).
    let renderStart = 0;
    this.renderer.on('beforeRender', () => {
      renderStart = performance.now();
      this.labels.reset();
    });
    this.renderer.on('afterRender', () => {
      this.renderTimes.push(performance.now() - renderStart);
      if (this.renderTimes.length > 500) this.renderTimes.shift();
    });
    this.renderer.on('enterNode', ({ node }) => this.hover(node));
    this.renderer.on('leaveNode', () => this.hover(null));
  }

  /** Hovers a node (null: none): it and its partners stand out; on large networks only what changed is redrawn. */
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
    for (const n of [before, node, this.selected]) {
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
    // A file that places every node (GEXF viz:position, GraphML x/y) keeps its layout: no fresh one.
    const finite = (v: unknown) => typeof v === 'number' && Number.isFinite(v);
    const own = graph.order > 0 && graph.everyNode((_n, a) => finite(a.x) && finite(a.y));
    graph.forEachNode((node, a) => {
      const ang = rng.next() * 2 * Math.PI;
      const r = radius * Math.sqrt(rng.next());
      // A file's own colour and size stay in its attributes: how nodes look is the view's (NodeLook), read by the reducers.
      graph.mergeNodeAttributes(node, own ? { label: a.label ?? node } : { x: r * Math.cos(ang), y: r * Math.sin(ang), label: a.label ?? node });
    });
    graph.forEachEdge((edge, a) => graph.setEdgeAttribute(edge, 'size', Math.min(4, 0.5 + Math.log2(1 + (a.weight as number))) / 2));
    // Sigma re-indexes at once on setGraph and on setSettings, running the reducers, which read
    // this.graph and the view state: all of it must describe the new graph before Sigma sees it, and
    // Sigma must hold the new graph before anything else makes it redraw. Nothing of the old network
    // (hover, selection, visible set) may point at nodes the new one lacks.
    this.hovered = null;
    this.neighbours = new Set();
    this.selected = null;
    this.selectedNeighbours = new Set();
    this.visible = new Set(graph.nodes());
    this.look = { colors: new Map(), sizes: new Map() };
    const wasLarge = this.large;
    this.large = graph.order > LARGE_VIEW_NODES;
    this.graph = graph;
    this.ownPositions = own;
    if (!own) this.placeIsolates();
    this.renderer.setGraph(graph);
    this.capIsolates();
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
    if (!this.ownPositions) this.placeIsolates();
    this.renderer.refresh();
    this.capIsolates();
  }

  /** Sets the isolates' largest radius from the grid's cell size on screen at zoom 1. */
  private capIsolates(): void {
    const grid = this.isolateGrid;
    const before = this.isolateRadius;
    if (!grid || grid.nodes.length < 2) this.isolateRadius = Infinity;
    else {
      const a = this.renderer.graphToViewport({ x: grid.x0, y: grid.top });
      const b = this.renderer.graphToViewport({ x: grid.x0 + grid.step, y: grid.top });
      const cellAtZoom1 = Math.hypot(b.x - a.x, b.y - a.y) * this.renderer.getCamera().getState().ratio;
      this.isolateRadius = Number.isFinite(cellAtZoom1) && cellAtZoom1 > 0 ? Math.max(0.6, cellAtZoom1 / 3) : Infinity;
    }
    if (this.isolateRadius !== before) this.renderer.refresh({ skipIndexation: true });
  }

  /** Moves the camera so these nodes fill the view (all nodes when none are given). */
  fitNodes(nodes: readonly string[], animate = true): void {
    const drawn = nodes.filter((n) => this.graph.hasNode(n));
    const camera = this.renderer.getCamera();
    if (drawn.length === 0) {
      if (animate) void camera.animatedReset({ duration: 300 });
      else camera.setState({ x: 0.5, y: 0.5, ratio: 1, angle: 0 });
      return;
    }
    if (drawn.length === 1) {
      const d = this.renderer.getNodeDisplayData(drawn[0]!);
      if (d) void camera.animate({ x: d.x, y: d.y, ratio: 0.2 }, { duration: animate ? 300 : 1 });
      return;
    }
    void fitViewportToNodes(this.renderer, drawn, { animate });
  }

  /** Re-centres the camera on the nodes shown. */
  fitVisible(animate = true): void {
    this.fitNodes(this.visible.size === this.graph.order ? [] : [...this.visible], animate);
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
    this.isolateGrid = isolates.length ? { x0, top: maxY, step, nodes: isolates } : null;
    isolates.forEach((n, i) => this.graph.mergeNodeAttributes(n, { x: x0 + Math.floor(i / rows) * step, y: maxY - (i % rows) * step }));
  }

  /** Sets how nodes look (colour, size) and redraws. */
  setLook(look: NodeLook): void {
    this.look = look;
    this.renderer.refresh({ skipIndexation: true });
  }

  /** Sets which nodes are shown and redraws. */
  setVisible(visible: ReadonlySet<string>): void {
    this.visible = visible;
    this.renderer.refresh({ skipIndexation: true });
  }

  /** A copy of the graph as drawn: its attributes, with the colour and size on screen (for exports). */
  drawnGraph(): UndirectedGraph {
    const g = this.graph.copy();
    g.forEachNode((n) => g.mergeNodeAttributes(n, { color: this.look.colors.get(n) ?? OTHER_COLOR, size: this.look.sizes.get(n) ?? 2 }));
    return g;
  }

  /** Selects a node (its partners stay highlighted until deselected) and moves the camera to it. */
  select(node: string | null): void {
    this.selected = node && this.graph.hasNode(node) ? node : null;
    this.selectedNeighbours = this.selected ? new Set(this.graph.neighbors(this.selected)) : new Set();
    // The camera goes to the node and keeps its partners in view.
    if (this.selected) this.fitNodes([this.selected, ...this.selectedNeighbours]);
    this.renderer.refresh({ skipIndexation: true });
  }
}
