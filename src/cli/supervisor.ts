import { unlinkSync, writeSync } from 'node:fs';
import { getHeapStatistics } from 'node:v8';
import { MessageChannel, receiveMessageOnPort, Worker } from 'node:worker_threads';
import { COMMITTING, RUNNING, STOPPING } from './interrupt.js';

const EXIT_INTERNAL = 1;
const EXIT_INTERRUPTED = 130;

function say(text: string): void {
  try {
    writeSync(2, text);
  } catch {
    /* stderr closed */
  }
}

/**
 * Runs the CLI in a worker thread and watches it from the main thread, which stays idle and so
 * receives SIGINT/SIGTERM at once, even while the work runs a long synchronous computation. On a
 * signal: marks the shared state STOPPING (from then on the worker renames nothing; if its
 * renames were already under way they finish first, so a file is never half-replaced), stops the
 * worker, removes the temp files it announced, and exits 130. Existing files stay untouched.
 */
export function supervise(args: readonly string[]): void {
  const state = new Int32Array(new SharedArrayBuffer(4));
  state[0] = RUNNING;
  const { port1, port2 } = new MessageChannel();
  const heapMb = Math.ceil(getHeapStatistics().heap_size_limit / 1048576);
  const worker = new Worker(new URL('./cli-worker.mjs', import.meta.url), {
    workerData: { args, link: { state, temps: port2 } },
    transferList: [port2],
    // As much heap as the main thread would have had.
    resourceLimits: { maxOldGenerationSizeMb: heapMb },
  });
  let stopping = false;

  /** Temp files announced and not yet renamed or removed. */
  const openTemps = (): string[] => {
    const open = new Set<string>();
    for (let m = receiveMessageOnPort(port1); m; m = receiveMessageOnPort(port1)) {
      const { path, done } = m.message as { path: string; done: boolean };
      if (done) open.delete(path);
      else open.add(path);
    }
    return [...open];
  };

  const stop = async (signal: NodeJS.Signals): Promise<void> => {
    if (stopping) return;
    stopping = true;
    let committed = false;
    // Renames under way finish (milliseconds); after that, none may start.
    while (Atomics.compareExchange(state, 0, RUNNING, STOPPING) === COMMITTING) {
      committed = true;
      Atomics.wait(state, 0, COMMITTING, 50);
    }
    await worker.terminate();
    const left = openTemps();
    for (const tmp of left) {
      try {
        unlinkSync(tmp);
      } catch {
        /* never created */
      }
    }
    say(
      committed
        ? `\ncollabnet: interrupted (${signal}) while the finished output was being renamed into place; it is complete\n`
        : `\ncollabnet: interrupted (${signal}); the work was stopped, nothing was written and existing files are untouched\n`,
    );
    process.exit(EXIT_INTERRUPTED);
  };
  process.on('SIGINT', () => void stop('SIGINT'));
  process.on('SIGTERM', () => void stop('SIGTERM'));
  process.on('SIGHUP', () => void stop('SIGHUP'));

  worker.on('error', (err: Error & { code?: string }) => {
    if (stopping) return;
    for (const tmp of openTemps()) {
      try {
        unlinkSync(tmp);
      } catch {
        /* never created */
      }
    }
    if (err.code === 'ERR_WORKER_OUT_OF_MEMORY')
      say(`collabnet: out of memory (${heapMb} MB heap): the network is too large for this machine; nothing was written. Use a smaller --scale, or run with NODE_OPTIONS=--max-old-space-size=N (MB)\n`);
    else {
      say(`collabnet: internal error: ${err.message}\n`);
      if (process.env.COLLABNET_DEBUG) say(`${err.stack}\n`);
      else say('collabnet: this is a bug; rerun with COLLABNET_DEBUG=1 for details and report it\n');
    }
    process.exit(EXIT_INTERNAL);
  });
  worker.on('exit', (code) => {
    if (stopping) return;
    process.exit(code);
  });
}
