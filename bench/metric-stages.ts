/**
 * Where the time of the full metric suite goes: each stage `computeMetrics` runs, timed alone on
 * the same graph's CSR (median of `reps` after one warm-up), next to the whole `computeMetrics`
 * call; what the stages leave out of the whole (sector codes, node rows, sector summaries) is the
 * "rows and summaries" line. A profile by stage, without a profiler's overhead.
 */
import type Graph from 'graphology';
import { median } from 'simple-statistics';
import {
  bridgesAndArticulationPoints,
  burt,
  components,
  computeMetrics,
  eigenvectorCentrality,
  foldedPathCentralities,
  hopsToNearest,
  louvainCommunities,
  modularity,
  pagerank,
  toCsr,
  type Csr,
} from '../src/metrics/index.js';
import { createRng } from '../src/random/index.js';

export interface StageCost {
  readonly stage: string;
  readonly ms: number;
  /** Share of the whole `computeMetrics` call. */
  readonly share: number;
}

export interface MetricStages {
  readonly nodes: number;
  readonly edges: number;
  readonly totalMs: number;
  readonly stages: readonly StageCost[];
}

function timed(reps: number, fn: () => unknown, warmUps = 1): number {
  for (let w = 0; w < warmUps; w++) fn();
  const ms: number[] = [];
  for (let r = 0; r < reps; r++) {
    const t = performance.now();
    fn();
    ms.push(performance.now() - t);
  }
  return median(ms);
}

/** Stage by stage costs of the exact metric suite on `graph`, largest first. */
export function metricStages(graph: Graph, reps: number): MetricStages {
  const csr: Csr = toCsr(graph);
  const sectorOf = csr.ids.map((id) => String(graph.getNodeAttribute(id, 'sector')));
  const sectors = [...new Set(sectorOf)];
  const community = louvainCommunities(csr, createRng(1), 1);
  const stages: [string, () => unknown][] = [
    ['CSR from the graph', () => toCsr(graph)],
    ['betweenness + harmonic closeness (exact, folded Brandes)', () => foldedPathCentralities(csr)],
    ['Louvain (graphology-communities-louvain)', () => louvainCommunities(csr, createRng(1), 1)],
    ['eigenvector', () => eigenvectorCentrality(csr)],
    ['PageRank', () => pagerank(csr)],
    ['constraint + effective size (Burt)', () => burt(csr)],
    ['components', () => components(csr)],
    ['bridges + articulation points', () => bridgesAndArticulationPoints(csr)],
    ['modularity', () => modularity(csr, community, 1)],
    ['hops to each sector', () => sectors.map((s) => hopsToNearest(csr, (i) => sectorOf[i] === s))],
  ];
  const costs = stages.map(([stage, fn]) => ({ stage, ms: timed(reps, fn) }));
  // After the stages (compiled by now), with warm-ups of its own: a steady-state call, as in an ensemble.
  const totalMs = timed(reps, () => computeMetrics(graph, { seed: 1 }), Math.max(1, Math.min(3, reps)));
  const rest = Math.max(0, totalMs - costs.reduce((s, c) => s + c.ms, 0));
  return {
    nodes: graph.order,
    edges: graph.size,
    totalMs,
    stages: [...costs, { stage: 'rows and summaries (the rest of the call)', ms: rest }].sort((a, b) => b.ms - a.ms).map((c) => ({ ...c, share: c.ms / totalMs })),
  };
}

/** A Markdown table of `metricStages` for several graphs side by side. */
export function stagesTable(runs: readonly { name: string; stages: MetricStages }[]): string {
  const names = [...new Set(runs.flatMap((r) => r.stages.stages.map((s) => s.stage)))];
  const first = runs[0]!.stages.stages;
  names.sort((a, b) => (first.find((s) => s.stage === b)?.ms ?? 0) - (first.find((s) => s.stage === a)?.ms ?? 0));
  const cell = (r: { stages: MetricStages }, name: string) => {
    const s = r.stages.stages.find((x) => x.stage === name);
    return s ? `${s.ms >= 100 ? s.ms.toFixed(0) : s.ms.toFixed(1)} ms (${(100 * s.share).toFixed(0)}%)` : '—';
  };
  return [
    `| stage | ${runs.map((r) => `${r.name} (${r.stages.nodes.toLocaleString('en-US')} nodes)`).join(' | ')} |`,
    `|---|${runs.map(() => '---').join('|')}|`,
    ...names.map((n) => `| ${n} | ${runs.map((r) => cell(r, n)).join(' | ')} |`),
    `| **whole computeMetrics** | ${runs.map((r) => `**${r.stages.totalMs >= 100 ? r.stages.totalMs.toFixed(0) : r.stages.totalMs.toFixed(1)} ms**`).join(' | ')} |`,
  ].join('\n');
}
