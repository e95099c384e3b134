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
  });
}
