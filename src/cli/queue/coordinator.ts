/**
 * The coordinator side of `--queue URL`: turns the ensemble commands' batches into BullMQ jobs,
 * collects their results from Redis (keyed by job content, so a job run twice counts once), shows
 * progress across the cluster, and cleans up. Redis restarting mid-run: the coordinator notices
 * its run's lease is gone, uploads its models and re-adds every job it has no result for (same
 * job ids, so nothing is queued twice where Redis kept its data); Redis unreachable for longer
 * than the patience → a clear error, nothing written. Ctrl-C: its waiting jobs and keys are
 * removed before the process ends.
 */
import { randomBytes } from 'node:crypto';
import { hostname } from 'node:os';
import { deserialize } from 'node:v8';
import type { Queue } from 'bullmq';
import type { Redis } from 'ioredis';
import { InputError } from '../../errors.js';
import type { FitRun } from '../../fit/index.js';
import type { ResolvedModel } from '../../model/index.js';
import type { Evaluate, Figures } from '../../scenarios/index.js';
import type { FigureJob } from '../../sensitivity/index.js';
import { announceCleanup, Interrupted, stopRequested } from '../interrupt.js';
import { clusterDoneLine, clusterStatusLine } from './cluster-progress.js';
import { cleanMessage, connectRedis } from './connection.js';
import { encodeModel } from './model-codec.js';
import { keys, LEASE_SECONDS, networksOf, QUEUE_NAME, RUN_KEYS_SECONDS, taskKey, type TaskData, type TaskKind } from './protocol.js';
import type { QueueUrl } from './url.js';
import { collabnetVersion } from './version.js';

/** Networks per job unless `--batch` says otherwise (see the bench's queue section). */
export const DEFAULT_BATCH = 10;
/** Seconds the coordinator waits for an unreachable Redis before it gives up. */
export const DEFAULT_PATIENCE_SECONDS = 60;

interface Pending {
  readonly data: TaskData;
  readonly resolve: (value: unknown) => void;
  readonly reject: (err: unknown) => void;
}

/** What the ensemble commands call instead of a local pool. */
export interface QueueRun {
  /** The scenario pool's interface: a sweep job's figures. */
  readonly evaluate: Evaluate;
  /** A sensitivity figure job. */
  figures(job: FigureJob): Promise<number[][]>;
  /** The fit report of `model`'s network under each seed. */
  fit(model: ResolvedModel, seeds: readonly number[]): Promise<FitRun[]>;
  /** Networks per job for callers that batch. */
  readonly batch: number;
  /** Stops polling and removes the run's keys (results are all in). */
  close(): Promise<void>;
}

/** Options of a coordinator. */
export interface QueueRunOptions {
  readonly label: string;
  /** Networks the command will ask for (for the progress line). */
  readonly total: number;
  readonly batch?: number;
  /** How the command cuts its work into jobs, for the first line (default: by `batch`). */
  readonly jobs?: string;
  readonly patienceSeconds?: number;
}

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

/** Connects (bounded) and starts a run on the queue at `url`. */
export async function openQueueRun(url: QueueUrl, options: QueueRunOptions): Promise<QueueRun> {
  const redis = await connectRedis(url);
  // BullMQ loads only here: the commands that never touch a queue do not pay for it at start-up.
  const { Queue } = await import('bullmq');
  const c = new Coordinator(url, redis, new Queue(QUEUE_NAME, { connection: redis }), options);
  await c.start();
  return {
    evaluate: (job) => c.submit('sweep', [job.model], job.seeds, job.betweennessSamples, job.figures as readonly string[] | undefined, undefined) as Promise<Figures[]>,
    figures: (job) => c.submit('figure', job.models, job.seeds, job.betweennessSamples, undefined, job.metric) as Promise<number[][]>,
    fit: (model, seeds) => c.submit('fit', [model], seeds, null, undefined, undefined) as Promise<FitRun[]>,
    batch: options.batch ?? DEFAULT_BATCH,
    close: () => c.close(),
  };
}

class Coordinator {
  readonly run = randomBytes(8).toString('hex');
  readonly version = collabnetVersion();
  readonly pending = new Map<string, Pending>();
  readonly promises = new Map<string, Promise<unknown>>();
  readonly models = new Map<string, Buffer>();
  toAdd: TaskData[] = [];
  flushing: Promise<void> | null = null;
  done = 0;
  workers: number | null = null;
  started = performance.now();
  lastOk = Date.now();
  failure: Error | null = null;
  closed = false;
  loop: Promise<void> | null = null;
  lastLine = 0;
  announced = false;
  failing: Promise<void> | null = null;

  constructor(
    readonly url: QueueUrl,
    readonly redis: Redis,
    readonly queue: Queue,
    readonly options: QueueRunOptions,
  ) {
    this.queue.on('error', () => {});
  }

  async start(): Promise<void> {
    await this.redis.set(keys.lease(this.run), `${hostname()}:${process.pid}`, 'EX', LEASE_SECONDS);
    announceCleanup(true);
    this.announced = true;
    this.say(`${this.options.label}: run ${this.run} on ${this.url.shown} (queue "${QUEUE_NAME}"), ${this.options.total} networks ${this.options.jobs ?? `in jobs of ≤ ${this.options.batch ?? DEFAULT_BATCH}`}; collabnet ${this.version}\n`);
    this.loop = this.poll();
  }

  say(text: string): void {
    process.stderr.write(text);
  }

  /** Queues one job (or joins the identical one already queued) and resolves with its result. */
  submit(kind: TaskKind, models: readonly ResolvedModel[], seeds: readonly number[], betweennessSamples: number | null, figures: readonly string[] | undefined, metric: string | undefined): Promise<unknown> {
    if (this.failure) return Promise.reject(this.failure);
    const hashes = models.map((m) => {
      const { hash, bytes } = encodeModel(m);
      this.models.set(hash, bytes);
      return hash;
    });
    const base = { kind, models: hashes, seeds: [...seeds], betweennessSamples, ...(figures ? { figures: [...figures] } : {}), ...(metric !== undefined ? { metric } : {}) };
    const key = taskKey(base);
    const known = this.promises.get(key);
    if (known) return known;
    const data: TaskData = { protocol: 1, version: this.version, run: this.run, key, ...base };
    const promise = new Promise<unknown>((resolve, reject) => this.pending.set(key, { data, resolve, reject }));
    this.promises.set(key, promise);
    this.toAdd.push(data);
    this.flushSoon();
    return promise;
  }

  flushSoon(): void {
    if (this.flushing) return;
    this.flushing = (async () => {
      await sleep(5);
      while (this.toAdd.length && !this.failure && !this.closed) {
        const batch = this.toAdd.splice(0, 500);
        try {
          await this.enqueue(batch);
        } catch {
          // Redis went away: the poll loop re-adds every pending job once it is back.
        }
      }
      this.flushing = null;
    })();
  }

  /** Uploads the models `jobs` need, then adds the jobs (a job id that exists already is left as it is). */
  async enqueue(jobs: readonly TaskData[]): Promise<void> {
    const needed = new Map<string, Buffer>();
    for (const j of jobs) for (const h of j.models) needed.set(h, this.models.get(h)!);
    const m = this.redis.multi();
    for (const [h, bytes] of needed) m.hset(keys.models(this.run), h, bytes);
    m.expire(keys.models(this.run), RUN_KEYS_SECONDS);
    await m.exec();
    await this.queue.addBulk(
      jobs.map((data) => ({
        name: data.kind,
        data,
        opts: { jobId: `${this.run}-${data.key}`, removeOnComplete: true, removeOnFail: { age: 3600 }, attempts: 1 },
      })),
    );
  }

  /**
   * Every 100 ms: results, refusals, the lease, live workers, progress; stops on Ctrl-C or a lost
   * Redis. One poll step at a time, awaited at most a second per tick: a Redis that keeps the
   * connection open but never answers (paused, a dead proxy) counts as an outage like a closed one.
   */
  async poll(): Promise<void> {
    let tick = 0;
    let step: Promise<void> | null = null;
    while (!this.closed) {
      await sleep(100);
      tick++;
      if (stopRequested()) {
        await this.cancel();
        return;
      }
      if (this.redis.status === 'ready' && step === null) step = this.pollStep(tick).finally(() => (step = null));
      if (step !== null) await Promise.race([step, sleep(1000)]);
      if (this.failure) return;
      const offline = (Date.now() - this.lastOk) / 1000;
      if (offline > (this.options.patienceSeconds ?? DEFAULT_PATIENCE_SECONDS)) {
        const state = this.redis.status === 'ready' ? 'has not answered' : 'has been unreachable';
        this.fail(new InputError(`--queue ${this.url.shown}: Redis ${state} for ${Math.floor(offline)} s (${this.pending.size} jobs unfinished); gave up, nothing was written`));
        return;
      }
      this.progress(offline >= 2 ? offline : 0);
    }
  }

  /** One poll step; an InputError (a refusal) fails the run, a dropped connection is left to the outage check. */
  async pollStep(tick: number): Promise<void> {
    try {
      if (tick % 10 === 0 || tick === 1) await this.renewLease();
      if (tick % 20 === 1) await this.countWorkers();
      await this.collect();
      this.lastOk = Date.now();
    } catch (err) {
      if (err instanceof InputError && !this.failure) this.fail(err);
    }
  }

  /** Renews the lease; a lease that is gone means Redis lost our data (a restart): upload and queue again what is unfinished. */
  async renewLease(): Promise<void> {
    const kept = await this.redis.set(keys.lease(this.run), `${hostname()}:${process.pid}`, 'EX', LEASE_SECONDS, 'XX');
    if (kept !== null) return;
    await this.redis.set(keys.lease(this.run), `${hostname()}:${process.pid}`, 'EX', LEASE_SECONDS);
    const unfinished = [...this.pending.values()].map((p) => p.data);
    if (unfinished.length === 0) return;
    this.say(`${this.options.label}: Redis lost this run's jobs (restarted?); queueing the ${unfinished.length} unfinished jobs again (results already collected are kept)\n`);
    for (let i = 0; i < unfinished.length; i += 500) await this.enqueue(unfinished.slice(i, i + 500));
  }

  async countWorkers(): Promise<void> {
    let cursor = '0';
    let n = 0;
    do {
      const [next, found] = await this.redis.scan(cursor, 'MATCH', keys.workerPattern, 'COUNT', 1000);
      cursor = next;
      n += found.length;
    } while (cursor !== '0');
    this.workers = n;
  }

  /** Takes the results that arrived (each counted once) and fails on the first refusal. */
  async collect(): Promise<void> {
    const [[, results], [, errors]] = (await this.redis.multi().hgetallBuffer(keys.results(this.run)).hgetall(keys.errors(this.run)).exec()) as [[unknown, Record<string, Buffer>], [unknown, Record<string, string>]];
    const first = Object.values(errors)[0];
    if (first !== undefined) throw new InputError(`--queue ${this.url.shown}: ${first}; nothing was written`);
    const fields = Object.keys(results);
    if (fields.length === 0) return;
    for (const key of fields) {
      const p = this.pending.get(key);
      if (!p) continue;
      let value: unknown;
      try {
        value = deserialize(results[key]!);
      } catch {
        throw new InputError(`--queue ${this.url.shown}: the result of job ${key.slice(0, 12)} of run ${this.run} cannot be read (written by another program on the queue?); nothing was written`);
      }
      this.pending.delete(key);
      this.done += networksOf(p.data);
      p.resolve(value);
    }
    await this.redis.hdel(keys.results(this.run), ...fields);
  }

  progress(offline: number): void {
    const now = performance.now();
    const interval = process.stderr.isTTY ? 250 : 5000;
    if (now - this.lastLine < interval && this.done < this.options.total) return;
    if (this.done >= this.options.total && this.lastLine < 0) return;
    this.lastLine = this.done >= this.options.total ? -1 : now;
    const line = clusterStatusLine(this.options.label, this.url.shown, { done: this.done, total: this.options.total, seconds: (now - this.started) / 1000, workers: this.workers, offline });
    this.say(process.stderr.isTTY ? `\r\x1b[2K${line}${this.done >= this.options.total ? '\n' : ''}` : `${line}\n`);
  }

  /** Stops the run with `err`: its waiting jobs are removed and its keys deleted (workers skip what is left). */
  fail(err: Error): void {
    this.failure = err;
    const ids = [...this.pending.values()].map((p) => `${this.run}-${p.data.key}`);
    for (const p of this.pending.values()) p.reject(err);
    this.pending.clear();
    // Bounded as a whole: a Redis that does not answer is not waited for (the run's keys expire).
    this.failing = Promise.race([
      (async (): Promise<void> => {
        if (this.redis.status === 'ready') await Promise.all(ids.map((id) => this.queue.remove(id).catch(() => 0)));
        await this.cleanup();
      })(),
      sleep(4000).then(() => {}),
    ]);
  }

  /** Ctrl-C: removes this run's waiting jobs and keys, then lets the supervisor end the process. */
  async cancel(): Promise<void> {
    this.closed = true;
    const ids = [...this.pending.values()].map((p) => `${this.run}-${p.data.key}`);
    let removed = 0;
    await Promise.race([
      (async () => {
        await Promise.all(ids.map(async (id) => (await this.queue.remove(id).catch(() => 0)) && removed++));
        await this.cleanup();
      })(),
      sleep(4000),
    ]);
    this.say(`\n${this.options.label}: cancelled run ${this.run}: removed ${removed} waiting jobs from the queue (jobs already running finish and are discarded)\n`);
    const err = new Interrupted();
    for (const p of this.pending.values()) p.reject(err);
    this.pending.clear();
    this.release();
  }

  /** Tells the supervisor the remote state is cleaned up (once). */
  release(): void {
    if (this.announced) announceCleanup(false);
    this.announced = false;
  }

  /** Deletes the run's keys (workers then skip any job of it still queued). */
  async cleanup(): Promise<void> {
    try {
      if (this.redis.status === 'ready') {
        const del = this.redis.del(keys.lease(this.run), keys.models(this.run), keys.results(this.run), keys.errors(this.run));
        // A Redis that does not answer is not waited for.
        const answered = await Promise.race([del.then(() => true), sleep(3000).then(() => false)]);
        if (!answered) throw new Error('no answer within 3 s');
      }
    } catch (err) {
      this.say(`${this.options.label}: could not remove run ${this.run}'s keys (${cleanMessage(err)}); they expire within a day\n`);
    }
  }

  async close(): Promise<void> {
    if (!this.closed) {
      this.closed = true;
      await this.loop;
      await this.failing;
      if (!this.failure) await this.cleanup();
      // The last line, also when fewer networks than planned went through the queue (identical jobs run once).
      if (this.lastLine !== -1 && !this.failure) {
        const seconds = (performance.now() - this.started) / 1000;
        this.say(`${process.stderr.isTTY ? '\r\x1b[2K' : ''}${clusterDoneLine(this.options.label, this.url.shown, this.done, this.options.total, seconds)}\n`);
      }
    }
    await Promise.race([this.queue.close().catch(() => {}), sleep(2000)]);
    this.redis.disconnect();
    this.release();
  }
}
