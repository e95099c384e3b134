// The main thread of `collabnet`: plain JavaScript (no TypeScript loader, so it starts at once).
// It runs the command in a worker thread (cli-worker.mjs → cli.ts) and watches it, idle, so it
// receives SIGINT/SIGTERM at once, even while the work runs a long synchronous computation.
import { unlinkSync, writeSync } from 'node:fs';
import { getHeapStatistics } from 'node:v8';
import { MessageChannel, receiveMessageOnPort, Worker } from 'node:worker_threads';
import { COMMITTED_SLOT, COMMITTING, RUNNING, STOPPING } from './interrupt-state.mjs';

const EXIT_INTERNAL = 1;
const EXIT_INTERRUPTED = 130;
/** Longest wait for the work's own cleanup of remote state after a signal. */
const CLEANUP_MS = 5000;

/** Writes to stderr directly (the main thread never opens process.stdout/stderr streams). */
function say(text) {
  try {
    writeSync(2, text);
  } catch {
    /* stderr closed */
  }
}

/**
 * Runs the CLI with `args` in a worker thread. On a signal: marks the shared state STOPPING
 * (from then on the worker renames nothing; renames already under way finish first, so a file
 * is never half-replaced), stops the worker, removes the temp files it announced, exits 130.
 * Existing files stay untouched. The worker's exit code becomes the process's.
 * @param {readonly string[]} args the arguments after `collabnet`
 */
export function supervise(args) {
  const state = new Int32Array(new SharedArrayBuffer(8));
  Atomics.store(state, 0, RUNNING);
  const { port1, port2 } = new MessageChannel();
  const heapMb = Math.ceil(getHeapStatistics().heap_size_limit / 1048576);
  const worker = new Worker(new URL('./cli-worker.mjs', import.meta.url), {
    workerData: { args: [...args], link: { state, temps: port2 } },
    transferList: [port2],
    // As much heap as the main thread would have had.
    resourceLimits: { maxOldGenerationSizeMb: heapMb },
  });
  let stopping = false;

  /** Temp files announced and not yet renamed or removed; cleanups announced and not yet done. */
  const open = new Set();
  let cleanups = 0;
  const drain = () => {
    for (let m = receiveMessageOnPort(port1); m; m = receiveMessageOnPort(port1)) {
      const { path, done, cleanup } = m.message;
      if (cleanup !== undefined) cleanups = Math.max(0, cleanups + (cleanup ? 1 : -1));
      else if (done) open.delete(path);
      else open.add(path);
    }
  };
  const openTemps = () => {
    drain();
    return [...open];
  };
  const removeTemps = () => {
    for (const tmp of openTemps()) {
      try {
        unlinkSync(tmp);
      } catch {
        /* never created */
      }
    }
  };

  const stop = async (signal) => {
    if (stopping) return;
    stopping = true;
    let committed = false;
    // Renames under way finish (milliseconds); after that, none may start.
    while (Atomics.compareExchange(state, 0, RUNNING, STOPPING) === COMMITTING) {
      committed = true;
      Atomics.wait(state, 0, COMMITTING, 50);
    }
    // Outputs already renamed into place before the signal (the work was finishing).
    if (Atomics.load(state, COMMITTED_SLOT) > 0) committed = true;
    // Work with remote state (jobs on a queue) removes it itself once it sees STOPPING: a few seconds at most.
    drain();
    for (const until = Date.now() + CLEANUP_MS; cleanups > 0 && Date.now() < until; drain()) await new Promise((r) => setTimeout(r, 50));
    await worker.terminate();
    removeTemps();
    say(
      committed
        ? `\ncollabnet: interrupted (${signal}) after (or while) the finished output was renamed into place; it is complete\n`
        : `\ncollabnet: interrupted (${signal}); the work was stopped, nothing was written and existing files are untouched\n`,
    );
    process.exit(EXIT_INTERRUPTED);
  };
  for (const signal of ['SIGINT', 'SIGTERM', 'SIGHUP']) process.on(signal, () => void stop(signal));

  worker.on('error', (err) => {
    if (stopping) return;
    stopping = true;
    removeTemps();
    if (err && err.code === 'ERR_WORKER_OUT_OF_MEMORY')
      say(`collabnet: out of memory (${heapMb} MB heap): the network is too large for this machine; nothing was written. Use a smaller --scale, or more memory with NODE_OPTIONS=--max-old-space-size=N (MB)\n`);
    else {
      say(`collabnet: internal error: ${err && err.message}\n`);
      if (process.env.COLLABNET_DEBUG) say(`${err && err.stack}\n`);
      else say('collabnet: this is a bug; rerun with COLLABNET_DEBUG=1 for details and report it\n');
    }
    process.exit(EXIT_INTERNAL);
  });
  worker.on('exit', (code) => {
    if (stopping) return;
    process.exit(code);
  });
}
