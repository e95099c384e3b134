import type { Command } from 'commander';
import { z } from 'zod';
import { InputError } from '../../errors.js';
import { intFlag } from '../flags.js';
import { DEFAULT_BATCH } from './coordinator.js';

/** The zod flags `--queue URL` and `--batch N` of the ensemble commands (the URL is checked when used). */
export const queueFlags = {
  queue: z.string().optional(),
  batch: intFlag(1, 10_000).optional(),
};

/** Adds `--queue` and (unless `batch` is false: the command cuts its own jobs) `--batch` to an ensemble command. */
export function addQueueOptions(cmd: Command, batch = true): Command {
  cmd.option('--queue <url>', 'run the networks on the workers of a Redis job queue (redis://[user:password@]HOST[:PORT][/DB], rediss:// for TLS; a URL without a password takes COLLABNET_QUEUE_PASSWORD; see `collabnet worker`); same bytes as on one machine');
  return batch ? cmd.option('--batch <n>', `networks per queue job with --queue (1–10000; default: ${DEFAULT_BATCH})`) : cmd;
}

/** `--batch` without `--queue` would be silently ignored: refused instead. */
export function checkQueueFlags(flags: { queue?: string | undefined; batch?: number | undefined }): void {
  if (flags.batch !== undefined && flags.queue === undefined) throw new InputError(`--batch ${flags.batch}: applies only with --queue (the local pool sizes its own batches)`);
}
