import type { Evaluate } from '../../scenarios/index.js';
import { createEvaluate, workerCount } from '../pool.js';
import { openQueueRun, type QueueRun } from './coordinator.js';
import { checkQueueFlags } from './flags.js';
import { parseQueueUrl } from './url.js';

/** Where an ensemble command's networks run: the local pool, or the queue (then `chunk` is the batch). */
export interface EnsembleRunner {
  readonly evaluate: Evaluate;
  readonly queue: QueueRun | null;
  /** Networks per job for `runSweep` when on the queue (the local pool keeps its own default). */
  readonly chunk: number | undefined;
  close(): Promise<void>;
}

/** Opens the local pool for `--workers`, or a queue run for `--queue URL` (checked and connected first). */
export async function openEnsemble(flags: { queue?: string | undefined; batch?: number | undefined; workers?: number | 'auto' }, label: string, total: number): Promise<EnsembleRunner> {
  checkQueueFlags(flags);
  if (flags.queue === undefined) {
    const pool = createEvaluate(workerCount(flags.workers ?? 1));
    return { evaluate: pool.evaluate, queue: null, chunk: undefined, close: pool.close };
  }
  const run = await openQueueRun(parseQueueUrl(flags.queue, '--queue', process.env), { label, total, ...(flags.batch !== undefined ? { batch: flags.batch } : {}) });
  return { evaluate: run.evaluate, queue: run, chunk: run.batch, close: run.close };
}
