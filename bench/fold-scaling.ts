/**
 * Exact betweenness + harmonic closeness (folded Brandes) on 1 and on 2 worker threads, next to
 * the machine's own ceiling: two independent processes side by side, each searching half of the
 * same chunks (interleaved, as two workers share them), started together once both have built
 * their plan. Rounds rotate the order (1 worker, 2 workers, two processes); ratios are taken
 * within a round and their medians reported. On the small graphs (the baseline and the t = 1
 * scenario) 1 and 2 workers alternate, worker start-up included, to show what spreading costs
 * there. The workers are the compiled lib/cli/fold-worker.mjs, as the CLI runs them.
 *
 * Alone: tsx bench/fold-scaling.ts [--scale 20] [--rounds 2] [--reps 5]
 */
import { spawn, type ChildProcessWithoutNullStreams } from 'node:child_process';
import { existsSync } from 'node:fs';
import { loadavg } from 'node:os';
import { join } from 'node:path';
import { createInterface } from 'node:readline';
import { pathToFileURL } from 'node:url';
import { median } from 'simple-statistics';
import { parallelFoldedPathCentralities } from '../src/cli/fold-parallel.js';
import { generateNetwork } from '../src/generator/index.js';
import { foldPlan, foldSearch, toCsr, type Csr } from '../src/metrics/index.js';
import { leverCatalog, scenarioModel } from '../src/scenarios/index.js';
import { model, ROOT, scenarioBase } from '../tests/helpers.js';

/** Seconds per kind of run, by round, and the medians of within-round ratios. */
export interface FoldScaling {
  readonly scale: number;
  readonly nodes: number;
  readonly coreNodes: number;
  readonly groups: number;
  readonly rounds: number;
  readonly oneWorkerS: readonly number[];
  readonly twoWorkersS: readonly number[];
  /** Two independent processes, half the chunks each: wall from "go" to both done. */
  readonly twoProcessesS: readonly number[];
  /** Median over rounds of 1-worker ÷ 2-worker time. */
  readonly speedup: number;
  /** Median over rounds of 1-worker ÷ two-process time: what two cores give here at all. */
  readonly ceiling: number;
  /** Median over rounds of 2-worker ÷ 1-worker CPU seconds (what the threads cost besides the search; 1 = nothing). */
  readonly cpuRatio: number;
  /** Small graphs: median seconds on 1 and 2 workers (worker start-up included), interleaved. */
  readonly small: readonly { readonly name: string; readonly nodes: number; readonly oneWorkerS: number; readonly twoWorkersS: number }[];
  readonly loadAverages: readonly number[][];
}

const LIB_WORKER = join(ROOT, 'lib/cli/fold-worker.mjs');
const workerUrl = () => (existsSync(LIB_WORKER) ? pathToFileURL(LIB_WORKER) : undefined);
const csrAt = (scale: number): Csr => toCsr(generateNetwork(model({}, scale), { seed: 1 }).graph);

/** CPU seconds (every thread of this process) of the last `foldSeconds`. */
let lastCpuS = 0;

/** Seconds of one exact betweenness + harmonic closeness on `workers` threads (plan and finish included). */
async function foldSeconds(csr: Csr, workers: number): Promise<number> {
  const url = workerUrl();
  const cpu = process.cpuUsage();
  const t = performance.now();
  await parallelFoldedPathCentralities(csr, workers, url ? { workerUrl: url } : {});
  const used = process.cpuUsage(cpu);
  lastCpuS = (used.user + used.system) / 1e6;
  return (performance.now() - t) / 1000;
}

/** A child process that plans, says "ready", and on "go" searches every second chunk from `half`. */
function halfProcess(scale: number, half: number): { child: ChildProcessWithoutNullStreams; lines: AsyncIterator<string> } {
  const child = spawn(process.execPath, ['--import', 'tsx', join(ROOT, 'bench/fold-scaling.ts'), '--half', String(half), '--scale', String(scale)], { cwd: ROOT });
  child.stderr.on('data', (d) => process.stderr.write(d));
  return { child, lines: createInterface({ input: child.stdout })[Symbol.asyncIterator]() };
}

/** Wall seconds of two processes searching half the chunks each, from "go" to both done. */
async function twoProcesses(scale: number): Promise<number> {
  const procs = [0, 1].map((h) => halfProcess(scale, h));
  for (const p of procs) if ((await p.lines.next()).value !== 'ready') throw new Error('fold-scaling: a half process did not start');
  const t = performance.now();
  for (const p of procs) p.child.stdin.write('go\n');
  await Promise.all(procs.map(async (p) => p.lines.next()));
  const s = (performance.now() - t) / 1000;
  for (const p of procs) p.child.stdin.end();
  return s;
}

/** The measurement: ×`scale` in `rounds` rotating rounds, the small graphs in `reps` interleaved pairs. */
export async function foldScaling(scale: number, rounds: number, reps: number, log: (s: string) => void): Promise<FoldScaling> {
  const sb = scenarioBase();
  const t1 = scenarioModel(sb, leverCatalog(sb.survey, sb.spec, sb.baseline), [{ lever: 'clinician-engagement' }], 1);
  const small = [];
  for (const [name, m] of [['baseline', sb.baseline], ['clinician-engagement t=1', t1]] as const) {
    const csr = toCsr(generateNetwork(m, { seed: 1 }).graph);
    const one: number[] = [];
    const two: number[] = [];
    await foldSeconds(csr, 1); // the JIT's warm-up
    for (let r = 0; r < reps; r++) {
      one.push(await foldSeconds(csr, 1));
      two.push(await foldSeconds(csr, 2));
    }
    small.push({ name, nodes: csr.n, oneWorkerS: median(one), twoWorkersS: median(two) });
    log(`fold ${name}: 1 worker ${median(one).toFixed(3)} s, 2 workers ${median(two).toFixed(3)} s (medians of ${reps})`);
  }

  const csr = csrAt(scale);
  const plan = foldPlan(csr, true);
  const one: number[] = [];
  const two: number[] = [];
  const procs: number[] = [];
  const loads: number[][] = [];
  const oneCpu: number[] = [];
  const twoCpu: number[] = [];
  const kinds = [
    async () => (one.push(await foldSeconds(csr, 1)), oneCpu.push(lastCpuS)),
    async () => (two.push(await foldSeconds(csr, 2)), twoCpu.push(lastCpuS)),
    async () => procs.push(await twoProcesses(scale)),
  ];
  for (let r = 0; r < rounds; r++) {
    loads.push(loadavg().map((x) => +x.toFixed(1)));
    for (let k = 0; k < kinds.length; k++) await kinds[(k + r) % kinds.length]!();
    log(`fold ×${scale} round ${r + 1}: 1 worker ${one[r]!.toFixed(2)} s, 2 workers ${two[r]!.toFixed(2)} s, two processes ${procs[r]!.toFixed(2)} s (load ${loads[r]!.join(' ')})`);
  }
  const per = (f: (i: number) => number) => median(one.map((_, i) => f(i)));
  return {
    scale,
    nodes: csr.n,
    coreNodes: plan.forest.coreSize,
    groups: plan.search?.groups.root.length ?? 0,
    rounds,
    oneWorkerS: one,
    twoWorkersS: two,
    twoProcessesS: procs,
    speedup: per((i) => one[i]! / two[i]!),
    ceiling: per((i) => one[i]! / procs[i]!),
    cpuRatio: per((i) => twoCpu[i]! / oneCpu[i]!),
    small,
    loadAverages: loads,
  };
}

/** The bench report's line for this measurement. */
export function foldScalingLine(f: FoldScaling): string {
  return (
    `Exact betweenness + harmonic closeness at ×${f.scale} (${f.nodes.toLocaleString('en-US')} nodes, 2-core ${f.coreNodes.toLocaleString('en-US')}, ${f.groups.toLocaleString('en-US')} searches), ${f.rounds} rotating rounds: ` +
    `2 workers ${f.speedup.toFixed(2)}× 1 worker; two independent processes, half the searches each (what two cores give here): ${f.ceiling.toFixed(2)}× ` +
    `(medians; 1 worker ${median([...f.oneWorkerS]).toFixed(1)} s); CPU of 2 workers ÷ 1 worker ${f.cpuRatio.toFixed(2)}. Small graphs, worker start-up included: ` +
    f.small.map((s) => `${s.name} ${s.oneWorkerS.toFixed(2)} s on 1, ${s.twoWorkersS.toFixed(2)} s on 2`).join('; ') +
    '.'
  );
}

const arg = (name: string, fallback: number) => (process.argv.includes(name) ? Number(process.argv[process.argv.indexOf(name) + 1]) : fallback);

if (import.meta.url === pathToFileURL(process.argv[1]!).href) {
  if (process.argv.includes('--half')) {
    // A half process: plan, wait for "go", search every second chunk, say "done".
    const half = arg('--half', 0);
    const plan = foldPlan(csrAt(arg('--scale', 20)), true);
    const lines = createInterface({ input: process.stdin })[Symbol.asyncIterator]();
    process.stdout.write('ready\n');
    await lines.next();
    plan.chunks.forEach(({ from, to }, i) => i % 2 === half && foldSearch(plan.search!, from, to));
    process.stdout.write('done\n');
    await lines.next();
  } else {
    const f = await foldScaling(arg('--scale', 20), arg('--rounds', 2), arg('--reps', 5), (x) => process.stderr.write(`bench: ${x}\n`));
    process.stdout.write(`${foldScalingLine(f)}\n${JSON.stringify(f)}\n`);
  }
}
