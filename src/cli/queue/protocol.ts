/**
 * What travels through the queue. A job is a batch of networks: which task (sweep figures, one
 * sensitivity figure, fit reports), the hashes of the models it needs (their content is stored
 * once per run in Redis, beside the job), the seeds, and the collabnet version that made it. No
 * file paths: a worker needs nothing from the coordinator's disk. Results are stored per run
 * under the job's key (a hash of everything that determines the result), so a job run twice
 * counts once.
 */
import { createHash } from 'node:crypto';
import { z } from 'zod';

/** The BullMQ queue every coordinator and worker of one Redis database share. */
export const QUEUE_NAME = 'collabnet';

/** What a job asks for: the figures of a sweep step, one figure of a sensitivity point, or fit reports. */
export const TASK_KINDS = ['sweep', 'figure', 'fit'] as const;
export type TaskKind = (typeof TASK_KINDS)[number];

/** Networks in the largest job a coordinator makes (a sensitivity point: 1000 runs × 101 steps; --batch is ≤ 10,000). */
export const MAX_JOB_NETWORKS = 1000 * 101;
/** Bytes of the largest model a worker accepts (a resolved model is about 20 KB, whatever the scale). */
export const MAX_MODEL_BYTES = 8 * 2 ** 20;

/** A job's data (checked by the worker before anything runs). */
export const TaskDataSchema = z
  .object({
    protocol: z.literal(1),
    version: z.string().min(1).max(200),
    run: z.string().regex(/^[a-f0-9]{8,64}$/),
    key: z.string().regex(/^[a-f0-9]{32,64}$/),
    kind: z.enum(TASK_KINDS),
    models: z.array(z.string().regex(/^[a-f0-9]{64}$/)).min(1).max(1000),
    seeds: z.array(z.number().int().min(-(2 ** 31)).max(2 ** 32 - 1)).min(1).max(100_000),
    betweennessSamples: z.number().int().min(1).max(1_000_000).nullable(),
    figures: z.array(z.string().max(100)).max(100).optional(),
    metric: z.string().max(200).optional(),
  })
  .strict()
  .superRefine((d, ctx) => {
    // What a coordinator makes: sweep and fit jobs use one model; a figure job names its metric.
    if (d.kind !== 'figure' && d.models.length !== 1) ctx.addIssue({ code: 'custom', path: ['models'], message: `a ${d.kind} job has exactly one model, got ${d.models.length}` });
    if (d.kind === 'figure' && d.metric === undefined) ctx.addIssue({ code: 'custom', path: ['metric'], message: 'a figure job names its metric' });
    const networks = d.models.length * d.seeds.length;
    if (networks > MAX_JOB_NETWORKS) ctx.addIssue({ code: 'custom', path: ['seeds'], message: `${networks} networks in one job; expected at most ${MAX_JOB_NETWORKS} (a coordinator's largest job)` });
  });
export type TaskData = z.output<typeof TaskDataSchema>;

/** Networks a job generates. */
export function networksOf(data: Pick<TaskData, 'models' | 'seeds'>): number {
  return data.models.length * data.seeds.length;
}

/** Hex SHA-256 of bytes. */
export function sha256(bytes: Uint8Array | string): string {
  return createHash('sha256').update(bytes).digest('hex');
}

/** The result key of a job: a hash of everything its result depends on (task, models, seeds, options). */
export function taskKey(data: Omit<TaskData, 'key' | 'run' | 'protocol' | 'version'>): string {
  return sha256(JSON.stringify([data.kind, data.models, data.seeds, data.betweennessSamples, data.figures ?? null, data.metric ?? null])).slice(0, 40);
}

/** Redis keys beside the queue (one namespace for collabnet's own keys). */
export const keys = {
  /** A run's models: hash → serialized content. */
  models: (run: string) => `collabnet:run:${run}:models`,
  /** A run's results: job key → serialized result. */
  results: (run: string) => `collabnet:run:${run}:results`,
  /** Jobs a worker refused or could not run: job key → message. */
  errors: (run: string) => `collabnet:run:${run}:errors`,
  /** Present while the coordinator lives (expires when it stops renewing it): workers skip jobs of runs without one. */
  lease: (run: string) => `collabnet:run:${run}:lease`,
  /** A live worker process (expires when it stops renewing it). */
  worker: (id: string) => `collabnet:worker:${id}`,
  workerPattern: 'collabnet:worker:*',
};

/** Seconds a coordinator's lease lasts without renewal. */
export const LEASE_SECONDS = 30;
/** Seconds a worker's heartbeat lasts without renewal. */
export const HEARTBEAT_SECONDS = 10;
/** Seconds a run's keys stay after their last write (a coordinator killed outright leaves nothing for long). */
export const RUN_KEYS_SECONDS = 24 * 3600;
