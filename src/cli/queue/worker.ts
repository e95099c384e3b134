/**
 * `collabnet worker --queue URL`: takes jobs from the queue and runs them on a thread pool with
 * the same core as the local pools. Before anything runs, a job is checked: its shape, the
 * collabnet version and build it was made by (must equal this worker's), its models (fetched by
 * hash from the run's keys, hash verified, shape and size checked). A job that fails a check is
 * refused: the message goes to the coordinator, which stops with it. A job of a run whose
 * coordinator is gone (no lease) is skipped. A worker killed outright leaves its job locked;
 * BullMQ's stalled-job check hands it to another worker once the lock expires.
 */
import { hostname } from 'node:os';
import { serialize } from 'node:v8';
import type { Job } from 'bullmq';
import type { Redis } from 'ioredis';
import Tinypool from 'tinypool';
import type { ResolvedModel } from '../../model/index.js';
import { announceCleanup, Interrupted, stopRequested } from '../interrupt.js';
import { QUEUE_TASK_WORKER_URL } from '../pool.js';
import { cleanMessage, connectRedis } from './connection.js';
import { decodeModel } from './model-codec.js';
import { HEARTBEAT_SECONDS, keys, MAX_MODEL_BYTES, networksOf, QUEUE_NAME, RUN_KEYS_SECONDS, TaskDataSchema } from './protocol.js';
import type { Task } from './task.js';
import type { QueueUrl } from './url.js';
import { collabnetVersion } from './version.js';

/** Options of `collabnet worker`. */
export interface WorkerOptions {
  readonly threads: number;
  /** Seconds a job's lock lasts without renewal: a killed worker's job goes to another after about this long. */
  readonly stallSeconds: number;
  /** Log each job's start and end on stderr. */
  readonly verbose?: boolean;
}

/** HSET + EXPIRE of a result or a refusal, only if the lease (KEYS[1]) exists: one atomic step in Redis. */
const STORE_IF_LEASED = `if redis.call('exists', KEYS[1]) == 1 then redis.call('hset', KEYS[2], ARGV[1], ARGV[2]); redis.call('expire', KEYS[2], ARGV[3]); return 1 end return 0`;

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

/** Runs a worker until Ctrl-C (then throws `Interrupted`). */
export async function runWorker(url: QueueUrl, options: WorkerOptions): Promise<never> {
  const redis = await connectRedis(url);
  const { UnrecoverableError, Worker } = await import('bullmq');
  const version = collabnetVersion();
  const id = `${hostname()}:${process.pid}`;
  const say = (text: string) => process.stderr.write(`worker ${id}: ${text}\n`);
  const pool = new Tinypool({ filename: QUEUE_TASK_WORKER_URL, minThreads: options.threads, maxThreads: options.threads });
  const cache = new Map<string, ResolvedModel>();
  let jobs = 0;
  let networks = 0;

  /** Refuses a job: the coordinator reads the message and stops; BullMQ does not retry it. */
  const refuse = async (run: string | undefined, key: string | undefined, message: string): Promise<never> => {
    const text = `worker ${id} refused a job: ${message}`;
    say(`refused a job: ${message}`);
    // Written only while the run's coordinator holds its lease: a cancelled run (its models already removed, so
    // a job in flight finds none) must not leave an error key behind.
    if (run && key) await redis.eval(STORE_IF_LEASED, 2, keys.lease(run), keys.errors(run), key, text, RUN_KEYS_SECONDS);
    throw new UnrecoverableError(text);
  };

  const modelFor = async (run: string, key: string, hash: string): Promise<ResolvedModel> => {
    const cached = cache.get(hash);
    if (cached) return cached;
    // The size first: a forged model of hundreds of MB is refused before it is fetched.
    const size = await redis.hstrlen(keys.models(run), hash);
    if (size > MAX_MODEL_BYTES) return refuse(run, key, `model ${hash.slice(0, 12)} of run ${run} is ${size} bytes; expected at most ${MAX_MODEL_BYTES}`);
    const bytes = await redis.hgetBuffer(keys.models(run), hash);
    if (!bytes) return refuse(run, key, `it does not have model ${hash.slice(0, 12)} of run ${run} (expected it beside the job; was the run's data removed?)`);
    let model: ResolvedModel;
    try {
      model = decodeModel(hash, bytes);
    } catch (err) {
      return refuse(run, key, err instanceof Error ? err.message : String(err));
    }
    if (cache.size > 256) cache.delete(cache.keys().next().value!);
    cache.set(hash, model);
    return model;
  };

  const processJob = async (job: Job): Promise<string> => {
    const raw = job.data as { run?: unknown; key?: unknown };
    const run = typeof raw?.run === 'string' ? raw.run : undefined;
    const key = typeof raw?.key === 'string' ? raw.key : undefined;
    const parsed = TaskDataSchema.safeParse(job.data);
    if (!parsed.success) {
      const i = parsed.error.issues[0]!;
      return refuse(run, key, `job ${job.id}: ${i.path.join('.') || '(data)'}: ${i.message}`);
    }
    const data = parsed.data;
    if (data.version !== version) return refuse(data.run, data.key, `it runs collabnet ${version}, the job was made by collabnet ${data.version}; expected the same version and build on every machine`);
    // A run whose coordinator has gone (Ctrl-C, or killed outright and its lease expired): skip.
    if (!(await redis.exists(keys.lease(data.run)))) return 'skipped: no coordinator';
    if (options.verbose) say(`started job ${job.id} (${networksOf(data)} networks) at ${Date.now()}`);
    const models = [];
    for (const h of data.models) models.push(await modelFor(data.run, data.key, h));
    const task: Task = { kind: data.kind, models, seeds: data.seeds, betweennessSamples: data.betweennessSamples, figures: data.figures, metric: data.metric };
    let result: unknown;
    const computeStart = performance.now();
    try {
      result = await pool.run(task);
    } catch (err) {
      return refuse(data.run, data.key, `the job failed: ${err instanceof Error ? err.message : String(err)}`);
    }
    // Stored only while the run's coordinator holds its lease (a cancelled run gets nothing back).
    await redis.eval(STORE_IF_LEASED, 2, keys.lease(data.run), keys.results(data.run), data.key, serialize(result), RUN_KEYS_SECONDS);
    jobs++;
    networks += networksOf(data);
    if (options.verbose) say(`finished job ${job.id}: compute ${(performance.now() - computeStart).toFixed(1)} ms, at ${Date.now()}`);
    return 'done';
  };

  const worker = new Worker(QUEUE_NAME, processJob, {
    connection: redis as Redis,
    concurrency: options.threads,
    lockDuration: options.stallSeconds * 1000,
    stalledInterval: Math.max(500, (options.stallSeconds * 1000) / 2),
    maxStalledCount: 5,
  });
  // While Redis is away the client retries every second: one line per 10 s is enough.
  let lastError = 0;
  worker.on('error', (err) => {
    if (Date.now() - lastError < 10_000) return;
    lastError = Date.now();
    say(`queue error (retrying): ${cleanMessage(err)}`);
  });
  worker.on('failed', (job, err) => {
    if (!(err instanceof UnrecoverableError)) say(`job ${job?.id ?? '?'} failed: ${cleanMessage(err)}`);
  });
  announceCleanup(true);
  say(`${options.threads} thread${options.threads === 1 ? '' : 's'} on ${url.shown} (queue "${QUEUE_NAME}"), collabnet ${version}; Ctrl-C stops`);

  const beat = () => redis.set(keys.worker(id), JSON.stringify({ threads: options.threads, version }), 'EX', HEARTBEAT_SECONDS).catch(() => {});
  await beat();
  let lastBeat = Date.now();
  let lastReport = Date.now();
  while (!stopRequested()) {
    await sleep(100);
    if (Date.now() - lastBeat > 3000) {
      lastBeat = Date.now();
      void beat();
    }
    if (Date.now() - lastReport > 60_000 && jobs > 0) {
      lastReport = Date.now();
      say(`${jobs} jobs, ${networks} networks so far`);
    }
  }
  // Ctrl-C: stop taking jobs; a job under way is left to its lock (another worker takes it when the lock expires).
  await Promise.race([(async () => {
    await worker.close(true).catch(() => {});
    await redis.del(keys.worker(id)).catch(() => {});
  })(), sleep(3000)]);
  say(`stopped after ${jobs} jobs, ${networks} networks`);
  redis.disconnect();
  announceCleanup(false);
  void pool.destroy();
  throw new Interrupted();
}
