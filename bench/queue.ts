/**
 * The queue's section of the bench (`npm run bench`; alone: `npx tsx bench/queue.ts [--quick]`):
 * a throw-away redis-server on a free port, `collabnet worker` processes and a coordinator, all
 * the compiled CLI as users run it.
 *   - throughput: the same sweep on 1 and on 2 worker processes (one thread each), next to the
 *     machine's two-process ceiling (two independent local 1-thread runs of half the work each,
 *     side by side) and the local 1-thread time;
 *   - overhead per job: tiny networks (scale 0.02, so their compute is small and the same in
 *     every run) through 1 worker with 1 thread (jobs one after another, nothing overlaps), at
 *     batch sizes 1, 10 and 100; the least-squares slope of wall time against the number of jobs
 *     is the fixed cost of a job (queue round trips, model look-up, result write, polling); per
 *     batch size, that cost per network next to the per-network compute of the throughput part.
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
  readonly overhead: { networks: number; scale: number; perJobMs: number; points: { batch: number; jobs: number; seconds: number; perNetworkMs: number }[] } | null;
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
      workers.push(await startWorker(redis.url));
      const tiny = quick ? 400 : 1000;
      const scale = 0.02;
      const raw = [];
      for (const batch of [1, 10, 100]) {
        const seconds = await timed([...sweep(tiny / 2, scale), '--queue', redis.url, '--batch', String(batch)], dir);
        const jobs = 2 * Math.ceil(tiny / 2 / batch);
        raw.push({ batch, jobs, seconds });
        log(`queue: ${tiny} networks at scale ${scale}, batch ${batch} (${jobs} jobs, 1 worker thread): ${seconds.toFixed(2)} s`);
      }
      // Least squares: seconds = a + perJob × jobs.
      const mx = raw.reduce((s, r) => s + r.jobs, 0) / raw.length;
      const my = raw.reduce((s, r) => s + r.seconds, 0) / raw.length;
      const slope = raw.reduce((s, r) => s + (r.jobs - mx) * (r.seconds - my), 0) / raw.reduce((s, r) => s + (r.jobs - mx) ** 2, 0);
      const perJobMs = 1000 * slope;
      log(`queue: fixed cost per job ${perJobMs.toFixed(1)} ms (slope of wall time against jobs)`);
      overhead = { networks: tiny, scale, perJobMs, points: raw.map((r) => ({ ...r, perNetworkMs: perJobMs / r.batch })) };
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
          `Queue overhead: ${o.perJobMs.toFixed(1)} ms per job (slope of wall time against jobs; ${o.networks} networks at scale ${o.scale} through 1 worker thread: ` +
            o.points.map((p) => `batch ${p.batch}: ${p.jobs} jobs ${p.seconds.toFixed(2)} s`).join(', ') +
            `); per network: ` +
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
