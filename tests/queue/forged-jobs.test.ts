/**
 * Jobs put on the queue by another client (the queue is trusted, but a worker still checks what
 * it takes): a job asking for more networks than any coordinator makes, a sweep job with many
 * models, and a model of hundreds of MB (its hash right) are refused with a message the
 * coordinator reads, before any network is generated or the model fetched.
 */
import { Queue } from 'bullmq';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createHash } from 'node:crypto';
import { TaskDataSchema } from '../../src/cli/queue/protocol.js';
import { freePort, PASSWORD, startWorker, stopAll, TestRedis, type Running } from './redis-harness.js';

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));
let redis: TestRedis;
let worker: Running;
let version = '';

beforeAll(async () => {
  redis = new TestRedis(await freePort());
  await redis.start();
  worker = await startWorker(redis.url, ['--stall-seconds', '2']);
  version = /collabnet (\S+); Ctrl-C/.exec(worker.stderr)![1]!;
}, 60_000);

afterAll(async () => {
  await stopAll([worker]);
  expect(worker.stderr).not.toContain(PASSWORD);
  await redis?.stop();
});

/** Puts a job of run `run` on the queue (with a lease) and returns the refusal the worker writes. */
async function refusal(run: string, data: Record<string, unknown>, setup?: (c: ReturnType<TestRedis['client']>) => Promise<unknown>): Promise<string | null> {
  const client = redis.client();
  const q = new Queue('collabnet', { connection: client });
  const key = 'c'.repeat(40);
  await client.set(`collabnet:run:${run}:lease`, 'test', 'EX', 60);
  if (setup) await setup(client);
  await q.add('x', { protocol: 1, version, run, key, betweennessSamples: 64, ...data }, { jobId: `${run}-${key}`, removeOnComplete: true, removeOnFail: true });
  let message: string | null = null;
  for (let i = 0; i < 100 && !message; i++) {
    await sleep(100);
    message = await client.hget(`collabnet:run:${run}:errors`, key);
  }
  await client.del(`collabnet:run:${run}:lease`, `collabnet:run:${run}:errors`, `collabnet:run:${run}:models`, `collabnet:run:${run}:results`);
  await q.close();
  client.disconnect();
  return message;
}

describe('forged jobs', () => {
  it('the schema: sweep and fit jobs have one model, figure jobs a metric, no job more networks than a coordinator makes', () => {
    const ok = { protocol: 1, version: 'v', run: 'abcdef0123456789', key: 'a'.repeat(40), kind: 'sweep', models: ['b'.repeat(64)], seeds: [1], betweennessSamples: 256 };
    expect(TaskDataSchema.safeParse(ok).success).toBe(true);
    expect(TaskDataSchema.safeParse({ ...ok, models: ['b'.repeat(64), 'c'.repeat(64)] }).success).toBe(false);
    expect(TaskDataSchema.safeParse({ ...ok, kind: 'figure' }).success).toBe(false);
    expect(TaskDataSchema.safeParse({ ...ok, kind: 'figure', metric: 'giant_share', models: Array(101).fill('b'.repeat(64)), seeds: Array.from({ length: 1000 }, (_, i) => i) }).success).toBe(true);
    expect(TaskDataSchema.safeParse({ ...ok, kind: 'figure', metric: 'giant_share', models: Array(102).fill('b'.repeat(64)), seeds: Array.from({ length: 1000 }, (_, i) => i) }).success).toBe(false);
  });

  it('a job of 1000 models × 100,000 seeds is refused at once, not run for days', async () => {
    const seeds = Array.from({ length: 100_000 }, (_, i) => i);
    const message = await refusal('a1a1a1a1a1a1a1a1', { kind: 'figure', metric: 'giant_share', models: Array(1000).fill('b'.repeat(64)), seeds });
    expect(message).toMatch(/refused a job: job \S+: seeds: 100000000 networks in one job; expected at most 101000/);
  }, 30_000);

  it('a model of 9 MB (its hash right) is refused before it is fetched', async () => {
    const bytes = Buffer.alloc(9 * 2 ** 20, 7);
    const hash = createHash('sha256').update(bytes).digest('hex');
    const run = 'b2b2b2b2b2b2b2b2';
    const message = await refusal(run, { kind: 'sweep', models: [hash], seeds: [1] }, (c) => c.hset(`collabnet:run:${run}:models`, hash, bytes));
    expect(message).toMatch(new RegExp(`refused a job: model ${hash.slice(0, 12)} of run ${run} is 9437184 bytes; expected at most 8388608`));
  }, 30_000);

  it('the worker is still alive and taking jobs after them', () => {
    expect(worker.proc.exitCode).toBeNull();
  });
});
