/**
 * The queue's section of the bench (`npm run bench`; alone: `npx tsx bench/queue.ts [--quick]`):
 * a throw-away redis-server on a free port, `collabnet worker` processes and a coordinator, all
 * the compiled CLI as users run it.
 *   - throughput: the same sweep on 1 and on 2 worker processes (one thread each), next to the
 *     machine's two-process ceiling (two independent local 1-thread runs of half the work each,
 *     side by side) and the local 1-thread time;
 *   - overhead per job: small networks (scale 0.02) through 1 worker with 1 thread (jobs one
 *     after another), at batch sizes 1, 10 and 100. The worker (`--verbose`) logs when each job
 *     starts and ends and how long its networks took to compute; the overhead per job is the
 *     worker's busy time (first start to last end) minus the compute, divided by the jobs: queue
 *     round trips, lease check, model look-up, result write, taking the next job. Wall times
 *     drift with the machine's load; this measure does not depend on how long the networks take.
 * Standalone, `--part throughput` or `--part overhead` runs one part only.
 */
import { execFile } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { ROOT } from '../tests/helpers.js';
import { freePort, startWorker, stopAll, TestRedis } from '../tests/queue/redis-harness.js';

const BIN = join(ROOT, 'bin/collabnet.mjs');
const exec = promisify(execFile);

/** What the queue section measured. */
export interface QueueBench {
  readonly throughput: null | { networks: number; localOneS: number; oneWorkerS: number; twoWorkersS: number; twoProcessCeilingS: number; ratio: number; ceiling: number; perNetworkS: number };
  readonly overhead: { networks: number; scale: number; points: { batch: number; jobs: number; seconds: number; perJobMs: number; perNetworkMs: number }[] } | null;
}

async function timed(args: readonly string[], cwd: string): Promise<number> {
  const t = performance.now();
  await exec(process.execPath, [BIN, ...args], { cwd, env: { ...process.env, NODE_OPTIONS: '' }, maxBuffer: 64 * 1024 * 1024 });
  return (performance.now() - t) / 1000;
}

/** Runs the section; `log` gets one line per measurement. */
export async function queueBench(quick: boolean, log: (s: string) => void, parts: readonly ('throughput' | 'overhead')[] = ['throughput', 'overhead']): Promise<QueueBench> {
  const dir = mkdtempSync(join(tmpdir(), 'collabnet-queue-bench-'));
  const redis = new TestRedis(await freePort());
  await redis.start();
  const workers = [];
  try {
    const runs = quick ? 20 : 100;
    const sweep = (n: number, scale: number) => ['scenario', '--lever', 'clinician-engagement', '--steps', '2', '--runs', String(n), '--scale', String(scale), '--format', 'csv'];
    const networks = 2 * runs;
    let throughput: QueueBench['throughput'] | null = null;
    if (parts.includes('throughput')) {
      const localOneS = await timed(sweep(runs, 1), dir);
      log(`queue: ${networks} networks locally on 1 thread: ${localOneS.toFixed(1)} s`);
      const t = performance.now();
      await Promise.all([timed(sweep(runs / 2, 1), dir), timed([...sweep(runs / 2, 1), '--seed', String(1 + runs / 2)], dir)]);
      const twoProcessCeilingS = (performance.now() - t) / 1000;
      log(`queue: two independent local 1-thread runs of half the work, side by side: ${twoProcessCeilingS.toFixed(1)} s`);
      workers.push(await startWorker(redis.url));
      const oneWorkerS = await timed([...sweep(runs, 1), '--queue', redis.url], dir);
      log(`queue: ${networks} networks on 1 worker process: ${oneWorkerS.toFixed(1)} s`);
      workers.push(await startWorker(redis.url));
      const twoWorkersS = await timed([...sweep(runs, 1), '--queue', redis.url], dir);
      log(`queue: ${networks} networks on 2 worker processes: ${twoWorkersS.toFixed(1)} s (${(oneWorkerS / twoWorkersS).toFixed(2)}×; ceiling ${(localOneS / twoProcessCeilingS).toFixed(2)}×)`);
      await stopAll(workers.splice(0));
      throughput = { networks, localOneS, oneWorkerS, twoWorkersS, twoProcessCeilingS, ratio: oneWorkerS / twoWorkersS, ceiling: localOneS / twoProcessCeilingS, perNetworkS: localOneS / networks };
    }

    let overhead: QueueBench['overhead'] = null;
    if (parts.includes('overhead')) {
      const tiny = quick ? 400 : 1000;
      const scale = 0.02;
      const points = [];
      for (const batch of [1, 10, 100]) {
        const w = await startWorker(redis.url, ['--verbose']);
        const seconds = await timed([...sweep(tiny / 2, scale), '--queue', redis.url, '--batch', String(batch)], dir);
        await stopAll([w]);
        const starts = [...w.stderr.matchAll(/started job \S+ \(\d+ networks\) at (\d+)/g)].map((m) => Number(m[1]));
        const ends = [...w.stderr.matchAll(/finished job \S+: compute ([\d.]+) ms, at (\d+)/g)].map((m) => ({ compute: Number(m[1]), at: Number(m[2]) }));
        const jobs = ends.length;
        const busy = Math.max(...ends.map((e) => e.at)) - Math.min(...starts);
        const compute = ends.reduce((s, e) => s + e.compute, 0);
        const perJobMs = (busy - compute) / jobs;
        points.push({ batch, jobs, seconds, perJobMs, perNetworkMs: perJobMs / batch });
        log(`queue: ${tiny} networks at scale ${scale}, batch ${batch}: ${jobs} jobs, worker busy ${(busy / 1000).toFixed(2)} s of which compute ${(compute / 1000).toFixed(2)} s → ${perJobMs.toFixed(1)} ms overhead per job (${seconds.toFixed(2)} s wall)`);
      }
      overhead = { networks: tiny, scale, points };
    }
    return { throughput, overhead };
  } finally {
    await stopAll(workers);
    await redis.stop();
    rmSync(dir, { recursive: true, force: true });
  }
}

/** The section's lines for the bench's printed report. */
export function queueLines(q: QueueBench): string[] {
  const t = q.throughput;
  const o = q.overhead;
  return [
    ...(!t ? [] : [`Queue (BullMQ on a local redis-server; the coordinator and workers are separate CLI processes): ${t.networks} networks in ${t.oneWorkerS.toFixed(1)} s on 1 worker process, ${t.twoWorkersS.toFixed(1)} s on 2 (${t.ratio.toFixed(2)}×); the machine's two-process ceiling ${t.ceiling.toFixed(2)}× (two local 1-thread runs of half the work side by side ${t.twoProcessCeilingS.toFixed(1)} s vs ${t.localOneS.toFixed(1)} s for all on one); ${t.perNetworkS.toFixed(2)} s per network.`]),
    ...(!o
      ? []
      : [
          `Queue overhead per job (the worker's busy time minus compute, ${o.networks} networks at scale ${o.scale}, 1 worker thread): ` +
            o.points.map((p) => `batch ${p.batch}: ${p.perJobMs.toFixed(1)} ms (${p.jobs} jobs)`).join(', ') +
            `; per network: ` +
            o.points.map((p) => `${p.perNetworkMs.toFixed(2)} ms at batch ${p.batch}${t ? ` (${((100 * p.perNetworkMs) / 1000 / t.perNetworkS).toFixed(2)}% of a network's ${t.perNetworkS.toFixed(2)} s)` : ''}`).join(', ') +
            '.',
        ]),
  ];
}

if (process.argv[1] && /bench[\\/]queue\.ts$/.test(process.argv[1])) {
  // @ts-expect-error plain JavaScript build script without types
  const { buildCli, isBuildCurrent } = await import('../scripts/build-cli.mjs');
  if (!isBuildCurrent()) await buildCli({ quiet: true });
  const part = process.argv.indexOf('--part');
  const parts = part > 0 ? [process.argv[part + 1] as 'throughput' | 'overhead'] : undefined;
  const q = await queueBench(process.argv.includes('--quick'), (s) => process.stderr.write(`bench: ${s}\n`), parts);
  process.stdout.write(JSON.stringify(q, null, 2) + '\n' + queueLines(q).join('\n') + '\n');
}
