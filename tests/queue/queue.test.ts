/**
 * `--queue URL` against a real Redis (Debian's redis-server, started here) and real worker
 * processes: same bytes as the local pool, faults (a worker killed mid-job, Redis restarting),
 * cancellation, refusals, and the password never printed.
 */
import { Queue } from 'bullmq';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { freePort, PASSWORD, run, sleep, start, startWorker, stopAll, TestRedis, type Running } from './redis-harness.js';

const SWEEP = ['scenario', '--lever', 'clinician-engagement', '--steps', '3', '--runs', '10', '--scale', '0.1', '--format', 'json'];
const COMPARE = ['compare', '--scenario', 'data/scenarios/matchmaking-platform.json', '--runs', '8', '--scale', '0.1', '--format', 'csv'];
/** A longer sweep for the fault tests (the fault must land while it runs). */
const LONG = ['scenario', '--lever', 'clinician-engagement', '--steps', '3', '--runs', '40', '--scale', '0.1', '--format', 'json'];
const SENSITIVITY = ['sensitivity', '--method', 'sobol', '--n', '4', '--runs', '1', '--noise-points', '0', '--bootstrap', '10', '--scale', '0.1', '--format', 'json'];
/** A sensitivity report without its wall time (which differs between any two runs). */
const withoutSeconds = (json: string) => {
  const r = JSON.parse(json);
  delete r.cost.seconds;
  return r;
};
const FIT = ['fit', '--runs', '6', '--scale', '0.1', '--format', 'json'];

let redis: TestRedis;
let workers: Running[] = [];
const local: Record<string, string> = {};

beforeAll(async () => {
  redis = new TestRedis(await freePort());
  await redis.start();
  workers = [await startWorker(redis.url, ['--stall-seconds', '2']), await startWorker(redis.url, ['--stall-seconds', '2'])];
  // The local answers (one thread), run while the workers wait.
  const [a, b, c, d, e] = await Promise.all([run(SWEEP), run(COMPARE), run(FIT), run(LONG), run(SENSITIVITY)]);
  for (const [name, r] of [['sweep', a], ['compare', b], ['fit', c], ['long', d], ['sensitivity', e]] as const) {
    expect(r.code, r.stderr).toBe(0);
    local[name] = r.stdout;
  }
}, 180_000);

afterAll(async () => {
  await stopAll(workers);
  for (const w of workers) expect(w.stderr).not.toContain(PASSWORD);
  await redis?.stop();
});

describe('bad input', () => {
  it('a malformed or non-Redis URL: exit 2, one message, password hidden', async () => {
    // Each kind of malformed URL is in url.test.ts; here, the CLI's answer to two of them.
    const urls = ['http://:secret-x@127.0.0.1:1/0', 'redis://:secret-x@127.0.0.1:6379/db'];
    for (const r of await Promise.all(urls.map((url) => run([...SWEEP, '--queue', url])))) {
      expect(r.code).toBe(2);
      expect(r.stderr).toMatch(/--queue .*expected redis:\/\//);
      expect(r.stderr).not.toContain('secret-x');
      expect(r.stdout).toBe('');
    }
  });

  it('unreachable Redis: exit 2 within the connect timeout, no hang, password hidden', async () => {
    const port = await freePort();
    const t0 = Date.now();
    const r = await run([...SWEEP, '--queue', `redis://:secret-y@127.0.0.1:${port}/0`]);
    expect(r.code).toBe(2);
    expect(Date.now() - t0).toBeLessThan(15_000);
    expect(r.stderr).toMatch(/cannot reach Redis within 5 s/);
    expect(r.stderr).not.toContain('secret-y');
    const w = await run(['worker', '--queue', `redis://:secret-y@127.0.0.1:${port}`]);
    expect(w.code).toBe(2);
    expect(w.stderr).not.toContain('secret-y');
  });

  it('a wrong password: exit 2, the password not printed', async () => {
    const r = await run([...FIT, '--queue', `redis://:wrong-pass-z@127.0.0.1:${redis.port}/0`]);
    expect(r.code).toBe(2);
    expect(r.stderr).not.toContain('wrong-pass-z');
  });

  it('a worker refuses a job of another collabnet version, and says why', async () => {
    const client = redis.client();
    const q = new Queue('collabnet', { connection: client });
    const run = 'abcdef0123456789';
    const key = 'a'.repeat(40);
    await client.set(`collabnet:run:${run}:lease`, 'test', 'EX', 60);
    await q.add('sweep', { protocol: 1, version: '0.0.1+other', run, key, kind: 'sweep', models: ['b'.repeat(64)], seeds: [1], betweennessSamples: 64 }, { jobId: `${run}-${key}`, removeOnComplete: true, removeOnFail: true });
    let message: string | null = null;
    for (let i = 0; i < 100 && !message; i++) {
      await sleep(100);
      message = await client.hget(`collabnet:run:${run}:errors`, key);
    }
    expect(message).toMatch(/refused a job: it runs collabnet 0\.1\.0\+\w+, the job was made by collabnet 0\.0\.1\+other/);
    await client.del(`collabnet:run:${run}:lease`, `collabnet:run:${run}:errors`);
    await q.close();
    client.disconnect();
  });
});

describe('same bytes as on one machine', () => {
  it('scenario, compare, fit and sensitivity through 2 workers equal the local run; four coordinators at once stay apart; progress shows workers, never the password', async () => {
    const [a, b, c, d] = await Promise.all([run([...SWEEP, '--queue', redis.url, '--batch', '4']), run([...COMPARE, '--queue', redis.url]), run([...FIT, '--queue', redis.url, '--batch', '4']), run([...SENSITIVITY, '--queue', redis.url])]);
    for (const r of [a, b, c, d]) {
      expect(r.code, r.stderr).toBe(0);
      expect(r.stderr).not.toContain(PASSWORD);
      expect(r.stderr).toMatch(/redis:\/\/\*\*\*@127\.0\.0\.1/);
    }
    expect(a.stdout).toBe(local.sweep);
    expect(b.stdout).toBe(local.compare);
    expect(c.stdout).toBe(local.fit);
    expect(withoutSeconds(d.stdout)).toEqual(withoutSeconds(local.sensitivity!));
    expect(a.stderr).toMatch(/30\/30 networks · [\d.]+\/s · ETA 0 s · 2 workers/);
  });
});

describe('faults', () => {
  it('a worker killed (SIGKILL) mid-run: its job is taken by another, the output is the same', async () => {
    const extra = await startWorker(redis.url, ['--stall-seconds', '2', '--verbose']);
    const coord = start([...LONG, '--queue', redis.url, '--batch', '1']);
    // Once the run is under way, kill the extra worker outright.
    // Kill it outright the moment it holds a job (started, not finished).
    const holding = () => (extra.stderr.match(/started job/g)?.length ?? 0) > (extra.stderr.match(/finished job/g)?.length ?? 0);
    for (let i = 0; i < 2000 && !holding(); i++) await sleep(5);
    extra.proc.kill('SIGKILL');
    await extra.exit;
    expect(await coord.exit, coord.stderr).toBe(0);
    // It died holding a job (started, never done), which another worker then ran; nothing counted twice.
    const started = [...extra.stderr.matchAll(/started job (\S+)/g)].map((m) => m[1]);
    const finished = new Set([...extra.stderr.matchAll(/finished job ([^\s:]+)/g)].map((m) => m[1]));
    expect(started.filter((id) => !finished.has(id)).length).toBe(1);
    expect(Math.max(...[...coord.stderr.matchAll(/(\d+)\/120 networks/g)].map((m) => Number(m[1])))).toBe(120);
    expect(coord.stdout).toBe(local.long);
  });

  it('Redis killed and restarted mid-run (its data gone): the coordinator queues again what is unfinished, the output is the same', async () => {
    const coord = start([...LONG, '--queue', redis.url, '--batch', '2']);
    // Killed while the run's jobs are queued or running (the whole run takes seconds).
    for (let i = 0; i < 400 && !/run [0-9a-f]+ on/.test(coord.stderr); i++) await sleep(25);
    await sleep(300);
    await redis.kill();
    await sleep(1000);
    await redis.start();
    expect(await coord.exit, coord.stderr).toBe(0);
    expect(coord.stderr).toMatch(/Redis lost this run's jobs/);
    expect(coord.stdout).toBe(local.long);
    expect(coord.stderr).not.toContain(PASSWORD);
  });

  it('Ctrl-C on the coordinator removes its jobs and keys from the queue', async () => {
    const coord = start(['scenario', '--lever', 'clinician-engagement', '--steps', '11', '--runs', '200', '--scale', '0.1', '--format', 'json', '--queue', redis.url, '--batch', '1']);
    for (let i = 0; i < 200 && !/run [0-9a-f]+ on/.test(coord.stderr); i++) await sleep(50);
    const client = redis.client();
    const runId = /run ([0-9a-f]+) on/.exec(coord.stderr)![1]!;
    // Wait for the jobs to be queued (a fixed pause was too short at load 27: nothing was queued yet).
    for (let i = 0; i < 300 && (await client.llen('bull:collabnet:wait')) <= 100; i++) await sleep(100);
    expect(await client.llen('bull:collabnet:wait')).toBeGreaterThan(100);
    coord.proc.kill('SIGINT');
    expect(await coord.exit).toBe(130);
    expect(coord.stderr).toMatch(/cancelled run [0-9a-f]+: removed \d+ waiting jobs/);
    const waiting = await client.lrange('bull:collabnet:wait', 0, -1);
    expect(waiting.filter((id) => id.startsWith(runId))).toEqual([]);
    await sleep(1000);
    expect(await client.keys(`collabnet:run:${runId}:*`)).toEqual([]);
    client.disconnect();
    expect(coord.stdout).toBe('');
  });
});
