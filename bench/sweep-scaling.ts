/**
 * Sweep scaling, measured so the machine's own ceiling shows honestly: in each of several rounds
 * the same sweep runs on 1 worker, on 2 workers, and as two independent 1-worker processes side by
 * side (half the runs each: no pool can beat plain parallelism), the order rotating from round to
 * round; ratios are taken within a round and their medians reported, so load that drifts during
 * the run moves both sides of a ratio alike. CPU seconds (user + system, from /usr/bin/time) say
 * whether the pool itself costs anything: 2 workers should use about the CPU of 1.
 *
 * Alone: tsx bench/sweep-scaling.ts [--runs 10] [--rounds 2]
 */
import { execFile } from 'node:child_process';
import { mkdirSync, readFileSync } from 'node:fs';
import { loadavg } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { median } from 'simple-statistics';

const run = promisify(execFile);

/** One timed process: wall and CPU seconds. */
interface Timed {
  readonly wallS: number;
  readonly cpuS: number;
}

export interface SweepScaling {
  readonly steps: number;
  readonly runs: number;
  readonly rounds: number;
  readonly oneWorker: readonly Timed[];
  readonly twoWorkers: readonly Timed[];
  /** The two independent processes: wall of the pair, CPU summed. */
  readonly twoProcesses: readonly Timed[];
  /** Median over rounds of 1-worker wall ÷ 2-worker wall. */
  readonly speedup: number;
  /** Median over rounds of 1-worker wall ÷ two-process wall: what two cores give here at all. */
  readonly ceiling: number;
  /** Median over rounds of 2-worker CPU ÷ 1-worker CPU (the pool's own cost; 1 = none). */
  readonly cpuRatio: number;
  readonly loadAverages: readonly number[][];
}

/** Runs `argv` under /usr/bin/time; returns wall and CPU seconds. */
async function timed(argv: readonly string[], cwd: string, tag: string): Promise<Timed> {
  const file = join(cwd, `time-${tag}.txt`);
  const t = performance.now();
  await run('/usr/bin/time', ['-f', '%U %S', '-o', file, ...argv], { cwd, maxBuffer: 1 << 26 });
  const wallS = (performance.now() - t) / 1000;
  const [user, system] = readFileSync(file, 'utf8').trim().split('\n').pop()!.split(' ').map(Number);
  return { wallS, cpuS: user! + system! };
}

/** The sweep in `rounds` rounds of (1 worker, 2 workers, two processes), order rotating. */
export async function sweepScaling(root: string, outDir: string, runs: number, rounds: number, log: (s: string) => void): Promise<SweepScaling> {
  mkdirSync(outDir, { recursive: true });
  const argv = (workers: number, n: number, out: string) => [process.execPath, join(root, 'bin/collabnet.mjs'), 'scenario', '--lever', 'clinician-engagement', '--steps', '11', '--runs', String(n), '--workers', String(workers), '--format', 'csv', '--out', out];
  const one: Timed[] = [];
  const two: Timed[] = [];
  const procs: Timed[] = [];
  const loads: number[][] = [];
  const kinds = [
    async () => one.push(await timed(argv(1, runs, 'sweep-1.csv'), outDir, 'one')),
    async () => two.push(await timed(argv(2, runs, 'sweep-2.csv'), outDir, 'two')),
    async () => {
      const t = performance.now();
      const halves = await Promise.all([1, 2].map((i) => timed(argv(1, runs / 2, `sweep-half-${i}.csv`), outDir, `half-${i}`)));
      procs.push({ wallS: (performance.now() - t) / 1000, cpuS: halves[0]!.cpuS + halves[1]!.cpuS });
    },
  ];
  for (let r = 0; r < rounds; r++) {
    loads.push(loadavg().map((x) => +x.toFixed(1)));
    for (let k = 0; k < kinds.length; k++) await kinds[(k + r) % kinds.length]!();
    log(`sweep round ${r + 1}: 1 worker ${one[r]!.wallS.toFixed(1)} s, 2 workers ${two[r]!.wallS.toFixed(1)} s, two processes ${procs[r]!.wallS.toFixed(1)} s (load ${loads[r]!.join(' ')})`);
  }
  const per = (f: (i: number) => number) => median(one.map((_, i) => f(i)));
  return {
    steps: 11,
    runs,
    rounds,
    oneWorker: one,
    twoWorkers: two,
    twoProcesses: procs,
    speedup: per((i) => one[i]!.wallS / two[i]!.wallS),
    ceiling: per((i) => one[i]!.wallS / procs[i]!.wallS),
    cpuRatio: per((i) => two[i]!.cpuS / one[i]!.cpuS),
    loadAverages: loads,
  };
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const arg = (name: string, fallback: number) => (process.argv.includes(name) ? Number(process.argv[process.argv.indexOf(name) + 1]) : fallback);
  const root = join(import.meta.dirname, '..');
  const s = await sweepScaling(root, join(root, 'bench-output'), arg('--runs', 10), arg('--rounds', 2), (x) => process.stderr.write(`bench: ${x}\n`));
  process.stdout.write(`${JSON.stringify(s)}\n`);
}
