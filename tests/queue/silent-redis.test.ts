/**
 * Redis that accepts and then never answers (a paused server, a dead proxy, a full network
 * buffer): the TCP connection stays up, so the client never sees an outage. The coordinator must
 * still give up after its patience with a clear message and close within seconds, not hang.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { InputError } from '../../src/errors.js';
import { openQueueRun } from '../../src/cli/queue/coordinator.js';
import { encodeModel } from '../../src/cli/queue/model-codec.js';
import { taskKey } from '../../src/cli/queue/protocol.js';
import { parseQueueUrl } from '../../src/cli/queue/url.js';
import type { ResolvedModel } from '../../src/model/index.js';
import { freePort, PASSWORD, TestRedis } from './redis-harness.js';

let redis: TestRedis;

beforeAll(async () => {
  redis = new TestRedis(await freePort());
  await redis.start();
});

afterAll(async () => {
  redis.proc?.kill('SIGCONT');
  await redis.stop();
});

describe('a result on the queue that is not one', () => {
  it('the coordinator stops with a clear InputError at once (not after its patience as if Redis were gone)', async () => {
    const stderr: string[] = [];
    const write = process.stderr.write.bind(process.stderr);
    process.stderr.write = ((chunk: string | Uint8Array) => (stderr.push(String(chunk)), true)) as typeof process.stderr.write;
    const client = redis.client();
    try {
      const run = await openQueueRun(parseQueueUrl(redis.url), { label: 'test', total: 1, patienceSeconds: 30 });
      const id = /run ([0-9a-f]{16})/.exec(stderr.join(''))![1]!;
      const model = { spec: { name: 'x', title: 'x', file: 'x.json' }, assumptions: [] } as unknown as ResolvedModel;
      const key = taskKey({ kind: 'sweep', models: [encodeModel(model).hash], seeds: [1], betweennessSamples: null });
      const result = run.evaluate({ model, seeds: [1], betweennessSamples: null } as never).then(() => 'resolved', (err: unknown) => err);
      await client.hset(`collabnet:run:${id}:results`, key, 'not a serialized value');
      const t0 = Date.now();
      const outcome = await Promise.race([result, new Promise((r) => setTimeout(() => r('hung'), 10_000))]);
      expect(outcome).toBeInstanceOf(InputError);
      expect((outcome as Error).message).toMatch(new RegExp(`the result of job ${key.slice(0, 12)} of run ${id} cannot be read`));
      expect(Date.now() - t0).toBeLessThan(5_000);
      await run.close();
    } finally {
      process.stderr.write = write;
      client.disconnect();
    }
  }, 30_000);
});

describe('a Redis that stops answering mid-run', () => {
  it('the coordinator fails after its patience (InputError, password hidden) and closes within seconds', async () => {
    const stderr: string[] = [];
    const write = process.stderr.write.bind(process.stderr);
    process.stderr.write = ((chunk: string | Uint8Array) => (stderr.push(String(chunk)), true)) as typeof process.stderr.write;
    try {
      const run = await openQueueRun(parseQueueUrl(redis.url), { label: 'test', total: 1, patienceSeconds: 2 });
      const model = { spec: { name: 'x', title: 'x', file: 'x.json' }, assumptions: [] } as unknown as ResolvedModel;
      await new Promise((r) => setTimeout(r, 500));
      redis.proc!.kill('SIGSTOP');
      const t0 = Date.now();
      const outcome = await Promise.race([
        run.evaluate({ model, seeds: [1], betweennessSamples: null } as never).then(
          () => 'resolved',
          (err: unknown) => err,
        ),
        new Promise((r) => setTimeout(() => r('hung'), 15_000)),
      ]);
      expect(outcome).toBeInstanceOf(InputError);
      expect((outcome as Error).message).toMatch(/--queue redis:\/\/\*\*\*@127\.0\.0\.1:\d+\/0: Redis has not answered for \d+ s/);
      expect(Date.now() - t0).toBeLessThan(10_000);
      const closed = await Promise.race([run.close().then(() => 'closed'), new Promise((r) => setTimeout(() => r('hung'), 8_000))]);
      expect(closed).toBe('closed');
      expect(stderr.join('')).not.toContain(PASSWORD);
    } finally {
      process.stderr.write = write;
      redis.proc!.kill('SIGCONT');
    }
  }, 40_000);
});
