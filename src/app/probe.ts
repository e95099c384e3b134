// What the browser tests and the benchmark read from the page (window.__collabnet and helpers).
import type { GraphView } from './graph-view.js';

/** Timings and counts of the page. */
export const probe = { ready: false, firstFrameMs: NaN, layoutMs: NaN, layoutIterations: 0, visible: 0, order: 0, errors: 0, renderTimes: [] as number[] };

/** Puts the probe and the view's test hooks on `window`. */
export function exposeProbe(view: GraphView): void {
  probe.renderTimes = view.renderTimes;
  Object.assign(window, {
    __collabnet: probe,
    /** What Sigma itself holds and shows (the browser tests compare it with the file or network asked for). */
    __collabnetDrawn: () => {
      const g = view.renderer.getGraph();
      let shown = 0;
      g.forEachNode((n) => {
        const d = view.renderer.getNodeDisplayData(n);
        if (d && !d.hidden) shown++;
      });
      return { order: g.order, size: g.size, shown };
    },
    /** Where a node is drawn, in pixels of the graph container (null when Sigma does not draw it). */
    __collabnetViewport: (node: string) => {
      const d = view.renderer.getNodeDisplayData(node);
      return d ? view.renderer.framedGraphToViewport(d) : null;
    },
    __collabnetHovered: () => view.hovered,
    /** The labels the last frame drew, with their boxes in pixels. */
    __collabnetLabels: () => view.labels.drawn.map((b) => ({ ...b })),
    /** How Sigma draws a node: colour, size, hidden, highlighted (null when it does not). */
    __collabnetLook: (node: string) => {
      const d = view.renderer.getNodeDisplayData(node);
      return d ? { color: d.color, size: d.size, hidden: d.hidden, highlighted: d.highlighted } : null;
    },
    /** The camera (framed coordinates and zoom ratio) and the graph container's size in pixels. */
    __collabnetCamera: () => ({ ...view.renderer.getCamera().getState(), ...view.renderer.getDimensions() }),
    /** The isolates' grid: how many, a cell's size in pixels at the current zoom, and the largest radius drawn. */
    __collabnetIsolates: () => {
      const g = view.isolateGrid;
      if (!g) return null;
      const a = view.renderer.graphToViewport({ x: g.x0, y: g.top });
      const b = view.renderer.graphToViewport({ x: g.x0 + g.step, y: g.top });
      const far = view.renderer.graphToViewport({ x: g.x0 + g.step * Math.ceil(g.nodes.length / Math.max(1, Math.ceil(Math.sqrt(g.nodes.length * 1.5)))), y: g.top - g.step * Math.ceil(Math.sqrt(g.nodes.length * 1.5)) });
      const sizes = g.nodes.map((n) => view.renderer.getNodeDisplayData(n)?.size ?? 0);
      return { count: g.nodes.length, cellPx: Math.hypot(b.x - a.x, b.y - a.y), maxSize: Math.max(...sizes), box: { x: a.x, y: a.y, x2: far.x, y2: far.y } };
    },
  });
}
