/**
 * `npx tsx bench/betweenness-folding.ts [--reps N]`: what exact betweenness costs with pendant-tree
 * folding, against today's unfolded exact Brandes and against the 256 pivot sources sweeps use,
 * on the baseline network, the clinician-engagement t = 1 scenario and scale 5 (seed 1 each).
 * Betweenness + harmonic closeness together, as computeMetrics needs them, and the whole metric
 * suite per network (what a sweep pays besides generation). Medians of interleaved rounds; writes
 * bench-output/betweenness-folding.json and prints a table.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { median } from 'simple-statistics';
import { generateNetwork } from '../src/generator/index.js';
import { computeMetrics, foldedBetweenness, foldedPathCentralities, pathCentralities, toCsr, type Csr } from '../src/metrics/index.js';
import { createRng, deriveSeed, shuffleInPlace } from '../src/random/index.js';
import { leverCatalog, scenarioModel, SWEEP_BETWEENNESS_SAMPLES } from '../src/scenarios/index.js';
import { model, ROOT, scenarioBase } from '../tests/helpers.js';

const repsArg = process.argv.indexOf('--reps');
const reps = repsArg > 0 ? Number(process.argv[repsArg + 1]) : 5;
const PIVOTS = SWEEP_BETWEENNESS_SAMPLES ?? 256;

/** The pivot sources computeMetrics draws (uniform among non-isolated nodes, seeded). */
function pivots(csr: Csr, samples: number, seed: number): { sources: Int32Array; sourceScale: number } {
  const eligible: number[] = [];
  for (let i = 0; i < csr.n; i++) if (csr.offsets[i + 1]! > csr.offsets[i]!) eligible.push(i);
  shuffleInPlace(eligible, createRng(deriveSeed(seed, 'betweenness-pivots')));
  const k = Math.min(samples, eligible.length);
  return { sources: Int32Array.from(eligible.slice(0, k)).sort(), sourceScale: eligible.length / k };
}

/**
 * Median seconds of each function over `reps` rounds, after one untimed round (the JIT's warm-up).
 * Rounds interleave the functions, so a busy neighbour on the shared machine slows all alike.
 */
function seconds<K extends string>(fns: Record<K, () => unknown>): Record<K, number> {
  const keys = Object.keys(fns) as K[];
  for (const k of keys) fns[k]();
  const times = Object.fromEntries(keys.map((k) => [k, [] as number[]])) as unknown as Record<K, number[]>;
  for (let r = 0; r < reps; r++)
    for (const k of keys) {
      const t = performance.now();
      fns[k]();
      times[k].push((performance.now() - t) / 1000);
    }
  return Object.fromEntries(keys.map((k) => [k, median(times[k])])) as Record<K, number>;
}

const sb = scenarioBase();
const base = sb.baseline;
const t1 = scenarioModel(sb, leverCatalog(sb.survey, sb.spec, base), [{ lever: 'clinician-engagement' }], 1);
const networks = [
  { name: 'baseline', model: base },
  { name: 'clinician-engagement t=1', model: t1 },
  { name: 'scale 5', model: model({}, 5) },
];
const rows = networks.map(({ name, model: m }) => {
  const graph = generateNetwork(m, { seed: 1 }).graph;
  const csr = toCsr(graph);
  const p = pivots(csr, PIVOTS, 1);
  const t = seconds({
    folded: () => foldedPathCentralities(csr),
    foldedBetweennessOnly: () => foldedBetweenness(csr),
    unfolded: () => pathCentralities(csr),
    sampled: () => pathCentralities(csr, p),
    suiteExact: () => computeMetrics(graph, { seed: 1, betweennessSamples: null }),
    suitePivots: () => computeMetrics(graph, { seed: 1, betweennessSamples: PIVOTS }),
  });
  const { folded, foldedBetweennessOnly, unfolded, sampled, suiteExact, suitePivots } = t;
  const row = {
    name,
    nodes: csr.n,
    edges: csr.m,
    foldedExactS: folded,
    foldedBetweennessOnlyS: foldedBetweennessOnly,
    unfoldedExactS: unfolded,
    pivotsS: sampled,
    foldedVsUnfolded: unfolded / folded,
    foldedVsPivots: folded / sampled,
    suiteExactS: suiteExact,
    suitePivotsS: suitePivots,
  };
  process.stderr.write(
    `${name}: ${csr.n} nodes · betweenness+harmonic: folded exact ${(folded * 1000).toFixed(0)} ms (betweenness alone ${(foldedBetweennessOnly * 1000).toFixed(0)}) · unfolded exact ${(unfolded * 1000).toFixed(0)} ms · ${PIVOTS} pivots ${(sampled * 1000).toFixed(0)} ms · suite exact ${(suiteExact * 1000).toFixed(0)} ms vs pivots ${(suitePivots * 1000).toFixed(0)} ms\n`,
  );
  return row;
});

console.log('network                       | folded exact | unfolded exact | 256 pivots | folded/pivots | unfolded/folded | suite exact | suite pivots');
for (const r of rows)
  console.log(
    `${r.name.padEnd(29)} | ${(r.foldedExactS * 1000).toFixed(0).padStart(9)} ms | ${(r.unfoldedExactS * 1000).toFixed(0).padStart(11)} ms | ${(r.pivotsS * 1000).toFixed(0).padStart(7)} ms | ${r.foldedVsPivots.toFixed(2).padStart(12)}× | ${r.foldedVsUnfolded.toFixed(2).padStart(14)}× | ${(r.suiteExactS * 1000).toFixed(0).padStart(8)} ms | ${(r.suitePivotsS * 1000).toFixed(0).padStart(9)} ms`,
  );
mkdirSync(join(ROOT, 'bench-output'), { recursive: true });
writeFileSync(join(ROOT, 'bench-output', 'betweenness-folding.json'), JSON.stringify({ date: new Date().toISOString(), reps, pivots: PIVOTS, rows }, null, 2));
