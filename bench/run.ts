/**
 * `npm run bench`: speed of collabnet against NetworkX and python-igraph on the same exported
 * graphs, measured in one run, metric by metric against graphology-metrics (the JavaScript
 * peer), and how cost grows with scale. Writes bench-output/report.json and
 * prints a table, ratios first. Exits non-zero when a comparison cannot run.
 *
 * Flags: --quick (smaller ensembles and sweeps, for a look in a few minutes), --max-scale N.
 * Runs the compiled CLI (lib/cli/), rebuilt first when the sources changed.
 */
import { spawnSync } from 'node:child_process';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { cpus, loadavg, totalmem } from 'node:os';
import { join } from 'node:path';
import { median } from 'simple-statistics';
import { toGraphml } from '../src/formats/index.js';
import { generateNetwork, type CollabGraph } from '../src/generator/index.js';
import { computeMetrics } from '../src/metrics/index.js';
import { leverCatalog, scenarioModel } from '../src/scenarios/index.js';
import { model, ROOT, scenarioBase } from '../tests/helpers.js';
import { measureExplorer, type ExplorerTimings } from './explorer.js';
import { figureFamilyCosts } from './figure-families.js';
import { metricStages, stagesTable, type MetricStages } from './metric-stages.js';
import { helpStartup, metricsProcess } from './startup.js';
import { sweepScaling } from './sweep-scaling.js';
import { foldScaling, foldScalingLine } from './fold-scaling.js';
import { queueBench, queueLines } from './queue.js';
import { disagreementTable, graphologyDisagreements, javascriptPeer, networkxValues, peerTable, type PeerRow } from './javascript-peer.js';

const quick = process.argv.includes('--quick');
const maxScaleArg = process.argv.indexOf('--max-scale');
const maxScale = maxScaleArg > 0 ? Number(process.argv[maxScaleArg + 1]) : 20;
const OUT = join(ROOT, 'bench-output');
mkdirSync(OUT, { recursive: true });
const PY = '/usr/bin/python3';
const report: Record<string, unknown> = {
  date: new Date().toISOString(),
  machine: { cpus: cpus().length, model: cpus()[0]?.model, memoryGiB: +(totalmem() / 2 ** 30).toFixed(1), node: process.version },
  quick,
};
const log = (s: string) => process.stderr.write(`bench: ${s}\n`);
const loadAverage = () => loadavg().map((x) => +x.toFixed(1));
report.loadAtStart = loadAverage();
log(`load average ${loadAverage().join(' ')} on ${cpus().length} cores`);
// The CLI as users run it: compiled; rebuilt when the sources changed since the last build.
// @ts-expect-error plain JavaScript build script without types
const { buildCli, isBuildCurrent } = await import('../scripts/build-cli.mjs');
if (!isBuildCurrent()) await buildCli({ quiet: true });
const time = <T>(fn: () => T): [T, number] => {
  const t = performance.now();
  const r = fn();
  return [r, (performance.now() - t) / 1000];
};

// 1. The baseline ensemble: generation and the full metric suite per network.
const runs = quick ? 10 : 20;
const gen: number[] = [];
const met: number[] = [];
for (let i = 0; i < runs; i++) {
  const [{ graph }, g] = time(() => generateNetwork(model(), { seed: 1 + i }));
  const [, m] = time(() => computeMetrics(graph, { seed: 1 + i }));
  gen.push(g);
  met.push(m);
}
report.baseline = { runs, generateMedianS: median(gen), metricsMedianS: median(met) };
log(`baseline: generate ${median(gen).toFixed(3)} s, metrics ${median(met).toFixed(3)} s (median of ${runs})`);

// 1b. Compute only what is asked: per-network cost of each figure family (sweeps' 256 pivots).
const families = figureFamilyCosts(model(), quick ? 10 : 30);
report.figureFamilies = families;
log(`figure families per baseline network: generate ${families.generateMs.toFixed(1)} ms, generate + connectivity ${families.generateConnectivityMs.toFixed(1)} ms; ` + families.families.map((f) => `${f.family} ${f.medianMs.toFixed(1)} ms`).join(', '));

// 2. The same exported graphs in NetworkX and python-igraph.
const setup = spawnSync('bash', [join(ROOT, 'bench/setup.sh')], { encoding: 'utf8' });
if (setup.status !== 0) {
  process.stderr.write(`bench: cannot run the comparisons: ${setup.stderr || setup.stdout}\n`);
  process.exit(1);
}
const sb = scenarioBase();
const base = sb.baseline;
const t1 = scenarioModel(sb, leverCatalog(sb.survey, sb.spec, base), [{ lever: 'clinician-engagement' }], 1);
const graphs: { name: string; graph: CollabGraph; networkx: boolean }[] = [
  { name: 'baseline', graph: generateNetwork(base, { seed: 1 }).graph, networkx: true },
  // NetworkX takes minutes on the t = 1 graph (222–530 s here): not in a quick run.
  { name: 'clinician-engagement t=1', graph: generateNetwork(t1, { seed: 1 }).graph, networkx: !quick },
  { name: 'scale 5', graph: generateNetwork(model({}, 5), { seed: 1 }).graph, networkx: false },
];
if (maxScale >= 20 && !quick) graphs.push({ name: 'scale 20', graph: generateNetwork(model({}, 20), { seed: 1 }).graph, networkx: false });
const comparisons = graphs.map(({ name, graph, networkx }) => {
  const file = join(OUT, `${name.replace(/[^a-z0-9]+/gi, '-')}.graphml`);
  writeFileSync(file, toGraphml(graph));
  const reps = graph.order > 20000 ? 1 : 3;
  const ours = median(Array.from({ length: reps }, () => time(() => computeMetrics(graph))[1]));
  const ref = (lib: string) => {
    const r = spawnSync(PY, [join(ROOT, 'bench/reference_metrics.py'), lib, file], { encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
    if (r.status !== 0) {
      process.stderr.write(`bench: ${lib} failed on ${name}: ${r.stderr}\n`);
      process.exit(1);
    }
    return JSON.parse(r.stdout).seconds as number;
  };
  const igraph = ref('igraph');
  const nx = networkx ? ref('networkx') : null;
  log(`${name}: ours ${ours.toFixed(3)} s · igraph ${igraph.toFixed(3)} s · networkx ${nx === null ? 'not run (minutes to hours)' : `${nx.toFixed(2)} s`}`);
  return { name, nodes: graph.order, edges: graph.size, oursS: ours, igraphS: igraph, networkxS: nx, vsIgraph: igraph / ours, vsNetworkx: nx === null ? null : nx / ours };
});
report.comparisons = comparisons;

// 2-. Where the suite's time goes, stage by stage, on the baseline, the t = 1 network and the largest compared graph.
const stageGraphs = graphs.filter((g, i) => g.name === 'baseline' || g.name.startsWith('clinician') || i === graphs.length - 1);
const stages: { name: string; stages: MetricStages }[] = stageGraphs.map(({ name, graph }) => ({ name, stages: metricStages(graph, graph.order > 20000 ? 1 : graph.order > 5000 ? 3 : 7) }));
for (const st of stages) log(`stages on ${st.name}: ` + st.stages.stages.slice(0, 4).map((x) => `${x.stage} ${x.ms.toFixed(1)} ms`).join(', ') + ` of ${st.stages.totalMs.toFixed(1)} ms`);
report.stages = stages;

// 2a. Whole processes, as a user (or a script calling collabnet in a loop) feels them, in turn.
const help = helpStartup(ROOT, quick ? 10 : 20);
log(`collabnet --help ${help.seconds.ours!.toFixed(3)} s · node -e "" ${help.seconds.node!.toFixed(3)} s: ${(1 / help.ratios.node!).toFixed(2)}× node (median of ${help.rounds} pairs)`);
const baselineFile = join(OUT, 'baseline.graphml');
const wholeMetrics = metricsProcess(ROOT, baselineFile, PY, quick ? 3 : 5, true);
log(
  `whole process, metrics of baseline.graphml: ours ${wholeMetrics.seconds.ours!.toFixed(2)} s · igraph ${wholeMetrics.seconds.igraph!.toFixed(2)} s (${wholeMetrics.ratios.igraph!.toFixed(2)}×) · networkx ${wholeMetrics.seconds.networkx!.toFixed(2)} s (${wholeMetrics.ratios.networkx!.toFixed(1)}×)`,
);
report.wholeProcess = { help, metrics: wholeMetrics };

// 2b. The JavaScript peer, metric by metric on the same graphs (not at ×20: graphology-metrics'
//     betweenness allocates an array per node per source, minutes there), with NetworkX's values
//     where NetworkX runs (with --quick on the baseline only), and the graphs where
//     graphology-metrics disagrees with NetworkX.
const peers: { name: string; nodes: number; rows: PeerRow[] }[] = [];
for (const { name, graph, networkx } of graphs) {
  if (graph.order > 20000) continue;
  const file = join(OUT, `${name.replace(/[^a-z0-9]+/gi, '-')}.graphml`);
  const rows = javascriptPeer(graph, networkx ? networkxValues(file) : null, graph.order > 5000 ? 1 : 3);
  log(`javascript peer on ${name}: ` + rows.map((r) => `${r.metric} ${r.graphologyOverOurs === null ? 'failed' : `${r.graphologyOverOurs.toFixed(1)}×`}`).join(', ') + ' (graphology time ÷ ours)');
  peers.push({ name, nodes: graph.order, rows });
}
const disagreements = graphologyDisagreements();
report.javascriptPeer = { graphs: peers, disagreements };

// 3. How cost grows with scale (exact betweenness): a least-squares fit of log time on log nodes.
const scales = [1, 2, 5, 10, 20].filter((s) => s <= maxScale && (!quick || s <= 5));
const exactBetweenness = new Map<number, number[]>();
const exactHarmonic = new Map<number, number[]>();
const growth = scales.map((scale) => {
  const [{ graph }, g] = time(() => generateNetwork(model({}, scale), { seed: 1 }));
  const [metrics, m] = time(() => computeMetrics(graph, { seed: 1 }));
  exactBetweenness.set(scale, metrics.nodes.map((r) => r.betweenness as number));
  exactHarmonic.set(scale, metrics.nodes.map((r) => (r.harmonic as number | null) ?? 0));
  log(`scale ${scale}: ${graph.order} nodes, generate ${g.toFixed(2)} s, metrics ${m.toFixed(2)} s (exact), rss ${(process.memoryUsage().rss / 2 ** 20).toFixed(0)} MiB`);
  return { scale, nodes: graph.order, edges: graph.size, generateS: g, metricsS: m, rssMiB: process.memoryUsage().rss / 2 ** 20 };
});
function slope(xs: number[], ys: number[]): number {
  const lx = xs.map(Math.log);
  const ly = ys.map(Math.log);
  const mx = lx.reduce((a, b) => a + b, 0) / lx.length;
  const my = ly.reduce((a, b) => a + b, 0) / ly.length;
  return lx.reduce((s, x, i) => s + (x - mx) * (ly[i]! - my), 0) / lx.reduce((s, x) => s + (x - mx) ** 2, 0);
}
report.growth = { points: growth, metricsExponent: growth.length > 1 ? slope(growth.map((g) => g.nodes), growth.map((g) => g.metricsS)) : null, generateExponent: growth.length > 1 ? slope(growth.map((g) => g.nodes), growth.map((g) => g.generateS)) : null };

// 4. National scale with sampled betweenness (Riondato & Kornaropoulos, ε = 0.01, δ = 0.1), each
//    scale in a process of its own (its peak memory is its own), and the error against exact.
const EPSILON = 0.01;
const DELTA = 0.1;
// Harmonic closeness from sampled sources too (Eppstein–Wang style, Hoeffding): ±ε'·w_max·n.
const HARMONIC_EPSILON = 0.05;
const nationalScales = quick ? [1, 2, 5, 100] : [1, 2, 5, 10, 20, 40, 100];
const national = nationalScales.map((scale) => {
  const file = join(OUT, `sampled-${scale}.json`);
  const r = spawnSync(process.execPath, ['--import', 'tsx', join(ROOT, 'bench/national.ts'), '--scale', String(scale), '--epsilon', String(EPSILON), '--delta', String(DELTA), '--harmonic-epsilon', String(HARMONIC_EPSILON), '--out', file], { cwd: ROOT, encoding: 'utf8' });
  if (r.status !== 0) {
    process.stderr.write(`bench: national scale ${scale} failed: ${r.stderr}\n`);
    process.exit(1);
  }
  const run = JSON.parse(r.stdout) as {
    scale: number;
    nodes: number;
    edges: number;
    generateS: number;
    metricsS: number;
    totalS: number;
    peakRssMiB: number;
    cpuS: number;
    samples: number;
    vertexDiameterBound: number;
    /** Null when the ε fallback found exact cheaper than sampling (harmonic then exact too). */
    harmonic: { epsilon: number; samples: number; absoluteError: number } | null;
  };
  const exact = exactBetweenness.get(scale);
  let error: { max: number; mean: number; withinEpsilon: number } | null = null;
  let harmonicError: { maxRelative: number; meanRelative: number; maxOverBound: number } | null = null;
  if (exact) {
    const values = JSON.parse(readFileSync(file, 'utf8')) as { betweenness: number[]; harmonic: number[] };
    const sampled = values.betweenness;
    if (sampled.length !== exact.length) throw new Error(`scale ${scale}: ${sampled.length} sampled values for ${exact.length} nodes`);
    const diffs = sampled.map((v, i) => Math.abs(v - exact[i]!));
    error = { max: Math.max(...diffs), mean: diffs.reduce((a, b) => a + b, 0) / diffs.length, withinEpsilon: diffs.filter((d) => d <= EPSILON).length / diffs.length };
    // Harmonic: relative error on the nodes that reach anyone, and the worst error as a share of the guarantee.
    const h = exactHarmonic.get(scale)!;
    const rel = values.harmonic.flatMap((v, i) => (h[i]! > 0 ? [Math.abs(v - h[i]!) / h[i]!] : []));
    const absMax = Math.max(...values.harmonic.map((v, i) => Math.abs(v - h[i]!)));
    if (run.harmonic) harmonicError = { maxRelative: Math.max(...rel), meanRelative: rel.reduce((a, b) => a + b, 0) / rel.length, maxOverBound: absMax / run.harmonic.absoluteError };
  }
  log(
    `sampled ×${scale}: ${run.nodes} nodes, generate ${run.generateS.toFixed(2)} s + metrics ${run.metricsS.toFixed(2)} s = ${run.totalS.toFixed(2)} s (process CPU ${run.cpuS.toFixed(1)} s), peak ${run.peakRssMiB.toFixed(0)} MiB, ${run.samples} pairs (VD ≤ ${run.vertexDiameterBound})` +
      (error ? `; error vs exact: max ${error.max.toExponential(2)}, mean ${error.mean.toExponential(2)}` : '') +
      (harmonicError && run.harmonic ? `; harmonic: ${run.harmonic.samples} sources, mean relative error ${(100 * harmonicError.meanRelative).toFixed(1)}%, worst ${(100 * harmonicError.maxOverBound).toFixed(1)}% of the bound` : ''),
  );
  return { ...run, error, harmonicError };
});
report.national = {
  epsilon: EPSILON,
  delta: DELTA,
  harmonicEpsilon: HARMONIC_EPSILON,
  points: national,
  totalExponent: national.length > 1 ? slope(national.map((p) => p.nodes), national.map((p) => p.totalS)) : null,
};

// 5. The explorer in headless Chromium: first frame, ForceAtlas2, panning; baseline and ~50k nodes.
let explorer: ExplorerTimings;
try {
  explorer = await measureExplorer(quick ? 5 : 20, log);
} catch (err) {
  process.stderr.write(`bench: the explorer cannot be measured: ${err instanceof Error ? err.message : String(err)}\n`);
  process.exit(1);
}
report.explorer = explorer;

// 6. A sweep on 1 and on 2 workers (the CLI, as a user runs it), next to two independent processes,
// in interleaved rounds (bench/sweep-scaling.ts).
const sweepRuns = quick ? 10 : 100;
const sweep = await sweepScaling(ROOT, OUT, sweepRuns, quick ? 2 : 3, log);
log(`sweep 11 × ${sweepRuns}: 2 workers ${sweep.speedup.toFixed(2)}× 1 worker, two processes ${sweep.ceiling.toFixed(2)}× (medians of ${sweep.rounds} rounds); CPU of 2 workers ÷ 1: ${sweep.cpuRatio.toFixed(2)}`);
report.sweep = sweep;

// 6b. Exact betweenness + harmonic closeness on 1 and 2 worker threads (×20; ×5 in a quick run),
// next to two independent processes sharing the same searches, in rotating rounds; and what
// worker start-up costs on the small graphs (bench/fold-scaling.ts).
const foldScale = quick ? Math.min(5, maxScale) : Math.min(20, maxScale);
const fold = await foldScaling(foldScale, quick ? 2 : 3, quick ? 3 : 5, log);
report.foldScaling = fold;

// 7. The job queue (BullMQ on a local redis-server): 1 vs 2 worker processes, overhead per job.
const queue = await queueBench(quick, log);
report.queue = queue;

writeFileSync(join(OUT, 'report.json'), JSON.stringify(report, null, 2));
const rows = [
  ...comparisons.map((c) => `| ${c.name} (${c.nodes.toLocaleString('en-US')} nodes, ${c.edges.toLocaleString('en-US')} edges) | ${c.vsIgraph.toFixed(2)}× | ${c.vsNetworkx === null ? '—' : `${c.vsNetworkx.toFixed(0)}×`} | ${c.oursS.toFixed(3)} s | ${c.igraphS.toFixed(3)} s | ${c.networkxS === null ? '—' : `${c.networkxS.toFixed(2)} s`} |`),
];
const x = (r: number) => `${r.toFixed(2)}×`;
const ok = (met: boolean) => (met ? 'met' : '**not met**');
const worstSuite = comparisons.reduce((a, c) => (c.vsIgraph < a.vsIgraph ? c : a));
const n100 = national.find((p) => p.scale === 100);
// Like for like: Louvain is the same library on both sides (ours behind the CSR), and graphology-metrics'
// eigenvector at its own defaults stops at 1e-6; its row at our precision is the comparison.
const peerRatios = peers.flatMap((p) =>
  p.rows.filter((r) => r.graphologyOverOurs !== null && r.metric !== 'louvain' && r.metric !== 'eigenvector').map((r) => ({ graph: p.name, metric: r.metric, ratio: r.graphologyOverOurs! })),
);
const worstPeer = peerRatios.reduce((a, r) => (r.ratio < a.ratio ? r : a), peerRatios[0]!);
const goals = [
  ['1. `collabnet --help` ÷ `node -e ""`', '≤ 2×', x(1 / help.ratios.node!), ok(1 / help.ratios.node! <= 2)],
  ['1. whole-process `metrics --in baseline.graphml`: NetworkX script ÷ ours', '≥ 20×', x(wholeMetrics.ratios.networkx!), ok(wholeMetrics.ratios.networkx! >= 20)],
  ['1. the same: python-igraph script ÷ ours', '≥ 2×', x(wholeMetrics.ratios.igraph!), ok(wholeMetrics.ratios.igraph! >= 2)],
  ['2. generation + connectivity figures per baseline network', '≤ 10 ms', `${families.generateConnectivityMs.toFixed(1)} ms`, ok(families.generateConnectivityMs <= 10)],
  ['3. full metric suite, igraph ÷ ours, worst graph', '≥ 2× everywhere', `${x(worstSuite.vsIgraph)} (${worstSuite.name})`, ok(worstSuite.vsIgraph >= 2)],
  ['4. ×100 generate + metrics, time and peak memory', '< 60 s, < 2 GB', n100 ? `${n100.totalS.toFixed(1)} s, ${n100.peakRssMiB.toFixed(0)} MiB` : 'not run', ok(!!n100 && n100.totalS < 60 && n100.peakRssMiB < 2048)],
  ['5. graphology-metrics time ÷ ours, worst metric (like for like)', '> 1× everywhere', worstPeer ? `${x(worstPeer.ratio)} (${worstPeer.metric}, ${worstPeer.graph})` : '—', ok(!!worstPeer && worstPeer.ratio > 1)],
  [`5. exact betweenness at ×${fold.scale}, 2 worker threads ÷ 1 (two processes: the ceiling)`, '≥ 1.8×', `${x(fold.speedup)} (ceiling ${x(fold.ceiling)})`, ok(fold.speedup >= 1.8)],
  ['6. sweep, 2 workers ÷ 1 (two independent processes: the ceiling)', '≥ 1.8×', `${x(sweep.speedup)} (ceiling ${x(sweep.ceiling)})`, ok(sweep.speedup >= 1.8)],
];
report.goals = goals.map(([goal, target, measured, verdict]) => ({ goal, target, measured, met: verdict === 'met' }));
process.stdout.write(
  [
    `Goals of the run (${report.date as string}):`,
    '',
    '| goal | target | this run | |',
    '|---|---|---|---|',
    ...goals.map((g) => `| ${g.join(' | ')} |`),
    '',
    `Machine: ${(report.machine as { cpus: number }).cpus} cores, Node ${process.version}${quick ? ' (quick run)' : ''}; load average ${(report.loadAtStart as number[]).join(' ')} at the start, ${loadAverage().join(' ')} at the end`,
    '',
    `Start-up: \`collabnet --help\` ${(1 / help.ratios.node!).toFixed(2)}× the time of \`node -e ""\` (${(help.seconds.ours! * 1000).toFixed(0)} ms vs ${(help.seconds.node! * 1000).toFixed(0)} ms, median of ${help.rounds} pairs run in turn).`,
    `Whole process, \`collabnet metrics --in baseline.graphml\` vs the Python scripts on the same file and metric set: NetworkX ${wholeMetrics.ratios.networkx!.toFixed(1)}× slower, igraph ${wholeMetrics.ratios.igraph!.toFixed(2)}× (ours ${wholeMetrics.seconds.ours!.toFixed(2)} s, igraph ${wholeMetrics.seconds.igraph!.toFixed(2)} s, NetworkX ${wholeMetrics.seconds.networkx!.toFixed(2)} s; median of ${wholeMetrics.rounds} rounds).`,
    '',
    `Figure families, per baseline network (median of ${families.runs}; ensembles' path: drawn arrays to CSR, no graphology graph; each family alone, its CSR included; betweenness/harmonic with 256 pivots): generation ${families.generateMs.toFixed(1)} ms; generation + connectivity ${families.generateConnectivityMs.toFixed(1)} ms; a graphology graph as \`collabnet generate\` builds it: ${families.graphMs.toFixed(1)} ms.`,
    '',
    '| family | needs | ms per network |',
    '|---|---|---|',
    ...families.families.map((f) => `| ${f.family} | ${f.needs.join(', ') || '—'} | ${f.medianMs.toFixed(1)} |`),
    '',
    '| full metric suite on | igraph time ÷ ours | NetworkX time ÷ ours | ours | igraph | NetworkX |',
    '|---|---|---|---|---|---|',
    ...rows,
    '',
    'Where the time of the full suite goes (each stage alone on the same CSR, median; steady state):',
    '',
    stagesTable(stages),
    '',
    ...peers.flatMap((p) => [peerTable(`${p.name} (${p.nodes.toLocaleString('en-US')} nodes)`, p.rows), '']),
    disagreementTable(disagreements),
    '',
    `Baseline ensemble (median of ${runs}): generate ${median(gen).toFixed(3)} s, metrics ${median(met).toFixed(3)} s per network.`,
    `Sweep 11 × ${sweepRuns}, ${sweep.rounds} interleaved rounds: 2 workers ${sweep.speedup.toFixed(2)}× 1 worker; two independent 1-worker processes side by side, half the runs each (what two cores give on this machine): ${sweep.ceiling.toFixed(2)}×; CPU of 2 workers ÷ 1 worker ${sweep.cpuRatio.toFixed(2)} (medians; 1 worker ${median(sweep.oneWorker.map((t) => t.wallS)).toFixed(1)} s).`,
    foldScalingLine(fold),
    ...queueLines(queue),
    `Growth with scale (exact betweenness): metrics time ∝ nodes^${(report.growth as { metricsExponent: number | null }).metricsExponent?.toFixed(2) ?? '?'}; ` +
      growth.map((g) => `×${g.scale}: ${g.metricsS.toFixed(1)} s`).join(', '),
    '',
    `National scale, sampled betweenness (ε = ${EPSILON}, δ = ${DELTA}) and harmonic closeness (ε' = ${HARMONIC_EPSILON}: ±ε'·w_max·n, same δ); generation + full metric suite, one process per scale:`,
    '',
    '| scale | nodes | edges | generate + metrics | peak memory | pairs sampled | max error vs exact | mean error | harmonic sources | harmonic mean relative error | worst harmonic error ÷ bound |',
    '|---|---|---|---|---|---|---|---|---|---|---|',
    ...national.map(
      (p) =>
        `| ×${p.scale} | ${p.nodes.toLocaleString('en-US')} | ${p.edges.toLocaleString('en-US')} | ${p.generateS.toFixed(2)} + ${p.metricsS.toFixed(2)} = ${p.totalS.toFixed(2)} s | ${p.peakRssMiB.toFixed(0)} MiB | ${p.samples.toLocaleString('en-US')} | ${p.error ? p.error.max.toExponential(2) : '—'} | ${p.error ? p.error.mean.toExponential(2) : '—'} | ${p.harmonic ? p.harmonic.samples.toLocaleString('en-US') : 'exact'} | ${p.harmonicError ? `${(100 * p.harmonicError.meanRelative).toFixed(1)}%` : '—'} | ${p.harmonicError ? `${(100 * p.harmonicError.maxOverBound).toFixed(1)}%` : '—'} |`,
    ),
    '',
    `Time ∝ nodes^${(report.national as { totalExponent: number | null }).totalExponent?.toFixed(2) ?? '?'} (least squares on log–log).`,
    '',
    `Explorer (headless Chromium ${explorer.chromium}, software WebGL): baseline first frame ${explorer.baselineColdFirstFrameMs.toFixed(0)} ms in a fresh browser, ${explorer.baselineWarmFirstFrameMs.toFixed(0)} ms in a running one; ForceAtlas2 ${explorer.baseline.layoutMs.toFixed(0)} ms (${explorer.baseline.layoutIterations} iterations); panning ${explorer.baseline.pan.frameMs.toFixed(0)} ms per frame.`,
    `×${explorer.large.scale} (${explorer.large.nodes.toLocaleString('en-US')} nodes): first frame ${explorer.large.firstFrameMs.toFixed(0)} ms, ForceAtlas2 ${(explorer.large.layoutMs / 1000).toFixed(1)} s (${explorer.large.layoutIterations} iterations), panning ${explorer.large.pan.frameMs.toFixed(0)} ms per frame (Sigma's own render ${explorer.large.pan.renderMedianMs.toFixed(1)} ms; input taken in ${explorer.large.pan.inputMedianMs.toFixed(0)} ms median).`,
    '',
  ].join('\n'),
);
