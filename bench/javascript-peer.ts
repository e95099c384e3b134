/**
 * The JavaScript peer: graphology-metrics (the library a JavaScript user reaches for first) and
 * graphology-communities-louvain, metric by metric on the same graph as ours, each timed against
 * ours, with agreement — the largest absolute difference from NetworkX's value on any node —
 * next to the time. Used by `npm run bench` (bench/run.ts); run alone:
 *
 *   npx tsx bench/javascript-peer.ts [--scale 1] [--reps 3] [--no-networkx]
 *
 * on the baseline network at that scale (seed 1), with NetworkX's values from
 * bench/reference_metrics.py, plus the graphs where graphology-metrics disagrees with NetworkX.
 */
import { spawnSync } from 'node:child_process';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import Graph from 'graphology';
import louvain from 'graphology-communities-louvain';
import betweennessCentrality from 'graphology-metrics/centrality/betweenness.js';
import closenessCentrality from 'graphology-metrics/centrality/closeness.js';
import eigenvectorCentrality from 'graphology-metrics/centrality/eigenvector.js';
import pagerankCentrality from 'graphology-metrics/centrality/pagerank.js';
import { median } from 'simple-statistics';
import { toGraphml } from '../src/formats/index.js';
import { generateNetwork } from '../src/generator/index.js';
import { eigenvectorCentrality as ourEigenvector, foldedBetweenness, harmonicCloseness, louvainCommunities, modularity, pagerank as ourPagerank, toCsr } from '../src/metrics/index.js';
import { createRng } from '../src/random/index.js';
import { model, ROOT } from '../tests/helpers.js';

/** NetworkX, metric by metric (bench/reference_metrics.py values). */
export interface NetworkxValues {
  readonly betweenness: { seconds: number; values: Record<string, number> };
  readonly harmonic: { seconds: number; values: Record<string, number> };
  readonly closeness: { seconds: number; values: Record<string, number> };
  readonly pagerank: { seconds: number; values: Record<string, number> };
  readonly eigenvector: { seconds: number; values: Record<string, number> };
  readonly louvain: { seconds: number; modularity: number; communities: number };
}

/** One metric: ours against graphology's, time and agreement. */
export interface PeerRow {
  readonly metric: string;
  /** What each side computes when the definitions differ. */
  readonly note: string;
  readonly oursS: number;
  /** null when graphology failed (its message is in `graphologyError`). */
  readonly graphologyS: number | null;
  /** graphology's time ÷ ours (> 1: ours is faster). */
  readonly graphologyOverOurs: number | null;
  readonly networkxS: number | null;
  /** Largest |ours − NetworkX| over the nodes (Louvain: |our modularity − NetworkX's|). */
  readonly oursMaxDiff: number | null;
  readonly graphologyMaxDiff: number | null;
  readonly graphologyError?: string;
}

const PY = '/usr/bin/python3';

/** NetworkX's values on a GraphML file, metric by metric (seconds to a minute on the baseline). */
export function networkxValues(file: string): NetworkxValues {
  const r = spawnSync(PY, [join(ROOT, 'bench/reference_metrics.py'), 'values', file], { encoding: 'utf8', maxBuffer: 256 * 1024 * 1024 });
  if (r.status !== 0) throw new Error(`reference_metrics.py values ${file}: ${r.stderr}`);
  return JSON.parse(r.stdout) as NetworkxValues;
}

/**
 * Ours against theirs, interleaved (a busy neighbour on the shared machine slows both alike): one
 * untimed warm-up run each, then rounds of one run each — at least `reps`, more (up to 50) until
 * 0.3 s have passed, for millisecond kernels; median seconds. A library's failure (graphology's
 * eigenvector throws when it does not converge) is caught and reported instead of a time.
 */
function compare<A, B>(reps: number, ours: () => A, theirs: () => B): { ours: [A, number]; theirs: { value: B | null; seconds: number | null; error?: string } } {
  let ourValue = ours();
  let theirValue: B | null = null;
  let error: string | undefined;
  try {
    theirValue = theirs();
  } catch (err) {
    error = err instanceof Error ? err.message : String(err);
  }
  const ourTimes: number[] = [];
  const theirTimes: number[] = [];
  const start = performance.now();
  for (let i = 0; i < reps || (i < 50 && performance.now() - start < 300); i++) {
    let t = performance.now();
    ourValue = ours();
    ourTimes.push((performance.now() - t) / 1000);
    if (error !== undefined) continue;
    t = performance.now();
    theirValue = theirs();
    theirTimes.push((performance.now() - t) / 1000);
  }
  return {
    ours: [ourValue, median(ourTimes)],
    theirs: error !== undefined ? { value: null, seconds: null, error } : { value: theirValue, seconds: median(theirTimes) },
  };
}

/** Largest |a[id] − b[id]| over b's nodes; null without a reference. */
function maxDiff(a: (id: string) => number, reference: Record<string, number> | undefined): number | null {
  if (!reference) return null;
  let worst = 0;
  for (const [id, want] of Object.entries(reference)) worst = Math.max(worst, Math.abs(a(id) - want));
  return worst;
}

/**
 * Each metric graphology has, ours against graphology-metrics on the same graph (undirected,
 * `weight` = strength; shortest paths on length 1/weight). Ours include building the CSR, as
 * graphology's include building its index. Without `reference` the agreement columns are null.
 */
export function javascriptPeer(graph: Graph, reference: NetworkxValues | null, reps = 3): PeerRow[] {
  const ids = graph.nodes();
  const byIndex = (values: ArrayLike<number>) => {
    const m = new Map(ids.map((id, i) => [id, values[i]!]));
    return (id: string) => m.get(id)!;
  };
  const byKey = (values: Record<string, number> | null) => (id: string) => values?.[id] ?? NaN;
  const length = (_e: string, a: Record<string, unknown>) => 1 / Number(a.weight ?? 1);
  const rows: PeerRow[] = [];
  const row = (
    metric: string,
    note: string,
    { ours, theirs }: { ours: [ArrayLike<number>, number]; theirs: { value: Record<string, number> | null; seconds: number | null; error?: string } },
    ref: { seconds: number; values: Record<string, number> } | undefined,
    theirRef = ref,
  ) =>
    rows.push({
      metric,
      note,
      oursS: ours[1],
      graphologyS: theirs.seconds,
      graphologyOverOurs: theirs.seconds === null ? null : theirs.seconds / ours[1],
      networkxS: ref?.seconds ?? null,
      oursMaxDiff: maxDiff(byIndex(ours[0]), ref?.values),
      graphologyMaxDiff: theirs.value ? maxDiff(byKey(theirs.value), theirRef?.values) : null,
      ...(theirs.error ? { graphologyError: theirs.error } : {}),
    });

  row(
    'betweenness',
    'exact, weighted (length 1/weight), normalized',
    compare(reps, () => foldedBetweenness(toCsr(graph)), () => betweennessCentrality(graph, { getEdgeWeight: length, normalized: true })),
    reference?.betweenness,
  );
  row(
    'closeness / harmonic',
    'ours: weighted harmonic closeness (vs NetworkX harmonic_centrality); graphology-metrics has only unweighted Freeman closeness (vs NetworkX closeness_centrality, wf_improved=False)',
    compare(reps, () => harmonicCloseness(toCsr(graph)), () => closenessCentrality(graph)),
    reference?.harmonic,
    reference?.closeness,
  );
  row(
    'pagerank',
    'weighted, α = 0.85, tolerance 1e-6 (both defaults)',
    compare(reps, () => ourPagerank(toCsr(graph)).scores, () => pagerankCentrality(graph, { getEdgeWeight: 'weight' })),
    reference?.pagerank,
  );
  row(
    'eigenvector',
    'weighted; ours to 1e-13 on the component of the largest eigenvalue (as NetworkX eigenvector_centrality_numpy); graphology-metrics: power iteration, its defaults (tolerance 1e-6, 100 iterations)',
    compare(reps, () => ourEigenvector(toCsr(graph)).scores, () => eigenvectorCentrality(graph, { getEdgeWeight: 'weight' })),
    reference?.eigenvector,
  );
  row(
    'eigenvector, same tolerance',
    'graphology-metrics asked for our precision: tolerance 1e-13, up to 100 000 iterations',
    compare(reps, () => ourEigenvector(toCsr(graph)).scores, () => eigenvectorCentrality(graph, { getEdgeWeight: 'weight', tolerance: 1e-13, maxIterations: 100_000 })),
    reference?.eigenvector,
  );

  // Louvain: ours is graphology-communities-louvain behind our CSR and seeded PRNG; the peer is the
  // same library called directly on the graph. Agreement: modularity against NetworkX's Louvain.
  const lv = compare(
    reps,
    () => {
      const csr = toCsr(graph);
      return { csr, community: louvainCommunities(csr, createRng(1)) };
    },
    () => {
      const rng = createRng(1);
      return louvain.detailed(graph, { getEdgeWeight: 'weight', rng: () => rng.next() });
    },
  );
  const [ourCommunities, ourS] = lv.ours;
  const theirs = lv.theirs;
  const ourQ = modularity(ourCommunities.csr, ourCommunities.community);
  rows.push({
    metric: 'louvain',
    note: `modularity: ours ${ourQ.toFixed(4)}, graphology ${theirs.value ? theirs.value.modularity.toFixed(4) : '—'}, NetworkX ${reference ? reference.louvain.modularity.toFixed(4) : '—'} (different partitions; the difference is in modularity)`,
    oursS: ourS,
    graphologyS: theirs.seconds,
    graphologyOverOurs: theirs.seconds === null ? null : theirs.seconds / ourS,
    networkxS: reference?.louvain.seconds ?? null,
    oursMaxDiff: reference ? Math.abs(ourQ - reference.louvain.modularity) : null,
    graphologyMaxDiff: reference && theirs.value ? Math.abs(theirs.value.modularity - reference.louvain.modularity) : null,
    ...(theirs.error ? { graphologyError: theirs.error } : {}),
  });
  return rows;
}

/** A graph where graphology-metrics disagrees with NetworkX, with the worst node. */
export interface Disagreement {
  readonly graph: string;
  readonly description: string;
  readonly metric: string;
  readonly node: string;
  readonly networkx: number;
  readonly ours: number;
  readonly graphology: number | string;
  /** Nodes off NetworkX by more than 1e-9, of `nodes`. */
  readonly wrongNodes: number;
  readonly nodes: number;
}

/**
 * graphology-metrics' betweenness on the NetworkX fixtures (tests/fixtures/known-graphs.json):
 * the 40-diamond chain has 2^40 tied shortest paths end to end, which a Uint32Array path counter
 * (graphology-shortest-path's indexed Brandes) wraps to 0, giving NaN and wrong values.
 */
export function graphologyDisagreements(): Disagreement[] {
  const fixtures = JSON.parse(readFileSync(join(ROOT, 'tests/fixtures/known-graphs.json'), 'utf8')) as { graphs: Record<string, { edges: [string, string, number][]; nodes: string[]; expected: { nodes: Record<string, { betweenness: number }> } }> };
  const descriptions: Record<string, string> = {
    diamond_chain: '40 diamonds in a chain: 2^40 tied shortest paths between its ends (a Uint32 path counter wraps)',
  };
  const out: Disagreement[] = [];
  for (const [name, fx] of Object.entries(fixtures.graphs)) {
    const g = new Graph({ type: 'undirected' });
    for (const v of fx.nodes) g.addNode(v);
    for (const [a, b, w] of fx.edges) g.addEdge(a, b, { weight: w });
    const csr = toCsr(g);
    const ours = foldedBetweenness(csr);
    const theirs = betweennessCentrality(g, { getEdgeWeight: (_e, a) => 1 / Number(a.weight), normalized: true });
    let worst: Disagreement | null = null;
    let worstDiff = 1e-9;
    let wrong = 0;
    csr.ids.forEach((id, i) => {
      const want = fx.expected.nodes[id]!.betweenness;
      const got = theirs[id]!;
      const diff = Number.isNaN(got) ? Infinity : Math.abs(got - want);
      if (diff > 1e-9) wrong++;
      if (diff > worstDiff || (diff === worstDiff && want > (worst?.networkx ?? 0))) {
        worstDiff = diff;
        worst = { graph: name, description: descriptions[name] ?? name, metric: 'betweenness', node: id, networkx: want, ours: ours[i]!, graphology: Number.isNaN(got) ? 'NaN' : got, wrongNodes: wrong, nodes: csr.n };
      }
    });
    if (worst) out.push({ ...(worst as Disagreement), wrongNodes: wrong });
  }
  return out;
}

const fmt = (s: number | null) => (s === null ? '—' : s < 1 ? `${(s * 1000).toFixed(1)} ms` : `${s.toFixed(2)} s`);
const diff = (d: number | null) => (d === null ? '—' : d === 0 ? '0' : d.toExponential(1));

/** The peer's rows as a Markdown table, ratios first. */
export function peerTable(title: string, rows: readonly PeerRow[]): string {
  return [
    `JavaScript peer on ${title}: graphology-metrics / graphology-communities-louvain against ours; agreement = max |value − NetworkX| over the nodes.`,
    '',
    '| metric | graphology time ÷ ours | ours | graphology | NetworkX | ours vs NetworkX | graphology vs NetworkX | note |',
    '|---|---|---|---|---|---|---|---|',
    ...rows.map(
      (r) =>
        `| ${r.metric} | ${r.graphologyOverOurs === null ? '—' : `${r.graphologyOverOurs.toFixed(1)}×`} | ${fmt(r.oursS)} | ${r.graphologyError ? `failed: ${r.graphologyError}` : fmt(r.graphologyS)} | ${fmt(r.networkxS)} | ${diff(r.oursMaxDiff)} | ${diff(r.graphologyMaxDiff)} | ${r.note} |`,
    ),
  ].join('\n');
}

/** The disagreements as Markdown. */
export function disagreementTable(rows: readonly Disagreement[]): string {
  return [
    'Where graphology-metrics disagrees with NetworkX (fixtures of tests/networkx/make_fixtures.py):',
    '',
    '| graph | metric | nodes off by > 1e-9 | worst node | NetworkX | ours | graphology-metrics |',
    '|---|---|---|---|---|---|---|',
    ...rows.map((d) => `| ${d.description} | ${d.metric} | ${d.wrongNodes} of ${d.nodes} | ${d.node} | ${d.networkx} | ${d.ours} | ${d.graphology} |`),
  ].join('\n');
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  const arg = (flag: string, fallback: number) => {
    const i = process.argv.indexOf(flag);
    return i > 0 ? Number(process.argv[i + 1]) : fallback;
  };
  const scale = arg('--scale', 1);
  const reps = arg('--reps', 3);
  const out = join(ROOT, 'bench-output');
  mkdirSync(out, { recursive: true });
  const graph = generateNetwork(model({}, scale), { seed: 1 }).graph;
  const file = join(out, `peer-scale-${scale}.graphml`);
  writeFileSync(file, toGraphml(graph));
  const reference = process.argv.includes('--no-networkx') ? null : networkxValues(file);
  const rows = javascriptPeer(graph, reference, reps);
  const disagreements = graphologyDisagreements();
  writeFileSync(join(out, `javascript-peer-scale-${scale}.json`), JSON.stringify({ date: new Date().toISOString(), scale, nodes: graph.order, edges: graph.size, rows, disagreements }, null, 2));
  process.stdout.write(`${peerTable(`the baseline ×${scale} (${graph.order} nodes, ${graph.size} edges)`, rows)}\n\n${disagreementTable(disagreements)}\n`);
}
