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
  .strict();
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
