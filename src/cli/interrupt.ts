/**
 * The link between the CLI's work (in a worker thread) and the supervisor on the main thread,
 * which receives SIGINT/SIGTERM. Shared memory, so both sides see it at once, even while the
 * work runs a long synchronous loop:
 *   state[0]: RUNNING, STOPPING (a signal arrived: nothing may be renamed any more) or
 *             COMMITTING (the renames of a finished output are under way);
 *   state[1]: how many outputs have been renamed into place (so a signal that arrives after
 *             them is not reported as "nothing was written");
 * and a message port on which the worker announces each temp file before creating it and after
 * renaming or removing it, so the supervisor removes those left when it stops the work.
 */
import type { MessagePort } from 'node:worker_threads';
import { COMMITTED_SLOT, COMMITTING, RUNNING, STOPPING } from './interrupt-state.mjs';

export { RUNNING, STOPPING, COMMITTING } from './interrupt-state.mjs';

/** Thrown when a signal arrived: the command stops, nothing is renamed. */
export class Interrupted extends Error {
  constructor() {
    super('interrupted');
    this.name = 'Interrupted';
  }
}

/** What the worker receives from the supervisor. */
export interface SupervisorLink {
  readonly state: Int32Array;
  readonly temps: MessagePort;
}

// Without a supervisor (the CLI code used in-process), a plain local state.
let state: Int32Array = new Int32Array(new SharedArrayBuffer(8));
let temps: MessagePort | undefined;

/** Connects this thread to the supervisor (called once by the worker entry). */
export function attachSupervisor(link: SupervisorLink): void {
  state = link.state;
  temps = link.temps;
}

/** Whether a signal asked the work to stop. */
export function stopRequested(): boolean {
  return Atomics.load(state, 0) === STOPPING;
}

/** Throws `Interrupted` if a signal asked the work to stop (checked between stages and while writing). */
export function throwIfInterrupted(): void {
  if (stopRequested()) throw new Interrupted();
}

/**
 * Runs `renames` only if no signal has arrived, and holds off the supervisor while they run
 * (a signal then waits for them: the output is complete either way). Throws `Interrupted` otherwise.
 */
export function commitUnlessInterrupted(renames: () => void): void {
  if (Atomics.compareExchange(state, 0, RUNNING, COMMITTING) !== RUNNING) throw new Interrupted();
  try {
    renames();
    Atomics.add(state, COMMITTED_SLOT, 1);
  } finally {
    Atomics.store(state, 0, RUNNING);
    Atomics.notify(state, 0);
  }
}

/** Announces a temp file about to be created (`done` false) or renamed/removed (`done` true). */
export function announceTemp(path: string, done: boolean): void {
  temps?.postMessage({ path, done });
}

/** A local signal (no supervisor): marks the state so the next check stops the work. */
export function requestStop(): void {
  Atomics.store(state, 0, STOPPING);
}

/**
 * Tells the supervisor that this thread has remote state to clean up on a signal (`active` true:
 * e.g. a coordinator's jobs on a queue), or that it has done so (`active` false). While one is
 * announced, the supervisor gives the thread a few seconds after marking STOPPING before it ends it.
 */
export function announceCleanup(active: boolean): void {
  temps?.postMessage({ cleanup: active });
}
