import { availableParallelism } from 'node:os';
import Tinypool from 'tinypool';
import { evaluateInline, type Evaluate } from '../scenarios/index.js';
import { onInterrupt } from './run.js';

/** Worker count for `--workers N|auto` (auto: one per core). */
export function workerCount(setting: number | 'auto'): number {
  return setting === 'auto' ? Math.max(1, availableParallelism()) : setting;
}

/**
 * The sensitivity pool's worker file, beside this module's (src/cli/ when run from source,
 * lib/cli/ when compiled: both hold a sensitivity-worker.mjs).
 */
export const SENSITIVITY_WORKER_URL = new URL('./sensitivity-worker.mjs', import.meta.url).href;

/**
 * An `Evaluate` for `workers` threads: in-process for 1, else a tinypool of worker_threads
 * running the same function. `close` stops the workers (also on Ctrl-C / SIGTERM).
 */
export function createEvaluate(workers: number): { evaluate: Evaluate; close: () => Promise<void> } {
  if (workers <= 1) return { evaluate: evaluateInline, close: async () => {} };
  const pool = new Tinypool({ filename: new URL('./sweep-worker.mjs', import.meta.url).href, minThreads: workers, maxThreads: workers });
  const stop = onInterrupt(() => pool.destroy());
  return {
    evaluate: (job) => pool.run(job),
    close: async () => {
      stop();
      await pool.destroy();
    },
  };
}

/** The thread entry of `collabnet worker` (src/cli/ or lib/cli/, beside this module). */
export const QUEUE_TASK_WORKER_URL = new URL('./queue-task-worker.mjs', import.meta.url).href;
