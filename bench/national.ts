/**
 * One national-scale run in a process of its own, so its peak memory is its own: generate a
 * network at `--scale S` and compute the full metric suite with sampled betweenness (±ε with
 * probability 1 − δ) and, with `--harmonic-epsilon ε'`, harmonic closeness from sampled sources
 * (±ε'·w_max·n with probability 1 − δ). Prints a JSON line of timings; writes the betweenness
 * and harmonic values to `--out` ({betweenness, harmonic}, node order of the generated graph)
 * for the error check against exact.
 *
 * tsx bench/national.ts --scale 20 --epsilon 0.01 --delta 0.1 --harmonic-epsilon 0.05 --out bench-output/sampled-20.json
 */
import { writeFileSync } from 'node:fs';
import { generateNetwork } from '../src/generator/index.js';
import { computeMetrics } from '../src/metrics/index.js';
import { model } from '../tests/helpers.js';

const arg = (name: string, fallback: string) => (process.argv.includes(name) ? process.argv[process.argv.indexOf(name) + 1]! : fallback);
const scale = Number(arg('--scale', '20'));
const epsilon = Number(arg('--epsilon', '0.01'));
const delta = Number(arg('--delta', '0.1'));
const out = arg('--out', '');
const harmonicEpsilon = process.argv.includes('--harmonic-epsilon') ? Number(arg('--harmonic-epsilon', '')) : null;

const t0 = performance.now();
const { graph } = generateNetwork(model({}, scale), { seed: 1 });
const t1 = performance.now();
const report = computeMetrics(graph, { seed: 1, betweennessEpsilon: epsilon, betweennessDelta: delta, harmonicEpsilon });
const t2 = performance.now();
if (out) writeFileSync(out, JSON.stringify({ betweenness: report.nodes.map((r) => r.betweenness), harmonic: report.nodes.map((r) => r.harmonic ?? 0) }));
const method = report.network.betweenness;
process.stdout.write(
  `${JSON.stringify({
    scale,
    nodes: graph.order,
    edges: graph.size,
    generateS: (t1 - t0) / 1000,
    metricsS: (t2 - t1) / 1000,
    totalS: (t2 - t0) / 1000,
    peakRssMiB: process.resourceUsage().maxRSS / 1024,
    // CPU seconds of the whole process (all threads): on a loaded machine, wall time overstates the work.
    cpuS: (process.cpuUsage().user + process.cpuUsage().system) / 1e6,
    samples: method.method === 'sampled-pairs' ? method.samples : null,
    vertexDiameterBound: method.method === 'sampled-pairs' ? method.vertexDiameterBound : null,
    harmonic: method.method === 'sampled-pairs' && method.harmonic ? method.harmonic : null,
  })}\n`,
);
