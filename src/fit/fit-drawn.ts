import type { DrawnNetwork } from '../generator/draw.js';
import { drawnNodes, type DrawnNodes } from '../generator/drawn-nodes.js';
import { generationRecord } from '../generator/generate.js';
import type { ResolvedModel } from '../model/types.js';
import { fitReportOf, type FitRun, type FitSource } from './fit-report.js';

/** A drawn network (no graph) as a fit source: the same attributes, degrees and totals the graph would give. */
export function drawnFitSource(model: ResolvedModel, drawn: DrawnNetwork, nodes: DrawnNodes = drawnNodes(model, drawn)): FitSource {
  const start = new Map(model.sectors.map((s, k) => [s.id, nodes.start[k]!]));
  const tiesOf = (type: string) => model.ties.flatMap((t, k) => (t.id === type ? [{ t, d: drawn.ties[k]! }] : []));
  return {
    edges: drawn.ties.reduce((m, d) => m + d.a.length, 0),
    forEachNode: (visit) => {
      model.sectors.forEach((_s, k) => {
        const attrs = nodes.attributes[k]!;
        const from = nodes.start[k]!;
        for (let i = 0; i < nodes.start[k + 1]! - from; i++) visit((name) => attrs.get(name)?.value(i), from + i);
      });
    },
    tieDegree: (type) => {
      const degree = new Int32Array(nodes.n);
      for (const { t, d } of tiesOf(type)) {
        const sa = start.get(t.ends[0])!;
        const sb = start.get(t.ends[1])!;
        for (let j = 0; j < d.a.length; j++) {
          degree[sa + d.a[j]!]!++;
          degree[sb + d.b[j]!]!++;
        }
      }
      return (i) => degree[i]!;
    },
    tieTotals: (type) => {
      let edges = 0;
      let weight = 0;
      for (const { d } of tiesOf(type))
        for (let j = 0; j < d.weight.length; j++) {
          edges++;
          weight += d.weight[j]!;
        }
      return { realizedEdges: edges, realizedWeight: weight };
    },
  };
}

/** The fit report of a drawn network, equal to `fitReport` on the graph built from it, without building it. */
export function fitReportOfDrawn(model: ResolvedModel, drawn: DrawnNetwork, nodes: DrawnNodes = drawnNodes(model, drawn)): FitRun {
  return fitReportOf(drawnFitSource(model, drawn, nodes), model, generationRecord(model, drawn));
}
