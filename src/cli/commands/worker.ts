import type { Command } from 'commander';
import { z } from 'zod';
import { intFlag, parseFlags } from '../flags.js';
import { workerCount } from '../pool.js';
import { parseQueueUrl, runWorker } from '../queue/index.js';
import { action } from '../run.js';

const Flags = z.object({
  queue: z.string(),
  threads: z.union([z.literal('auto'), intFlag(1, 256)]).default('auto'),
  stallSeconds: intFlag(1, 3600).default(30),
  verbose: z.boolean().default(false),
});

/** `collabnet worker --queue URL`: runs queued networks for coordinators anywhere (until Ctrl-C). */
export function registerWorker(program: Command): void {
  program
    .command('worker')
    .description('take batches of networks from a Redis job queue and run them (start one per machine; coordinators: scenario, compare, fit, sensitivity with --queue)')
    .requiredOption('--queue <url>', 'redis://[user:password@]HOST[:PORT][/DB], or rediss://… for TLS; a URL without a password takes COLLABNET_QUEUE_PASSWORD (keeps it out of ps)')
    .option('--threads <n|auto>', 'jobs run at once, one thread each (default: auto, one per core)')
    .option('--stall-seconds <s>', "a job's lock without renewal: a worker killed mid-job has its job taken by another after about this long (default: 30)")
    .option('--verbose', "log each job's start and end", false)
    .action(
      action(async (raw: Record<string, unknown>) => {
        const flags = parseFlags(Flags, raw);
        const url = parseQueueUrl(flags.queue, '--queue', process.env);
        await runWorker(url, { threads: workerCount(flags.threads), stallSeconds: flags.stallSeconds, verbose: flags.verbose });
      }),
    );
}
