import { CommanderError } from 'commander';
import { InputError } from '../errors.js';
import { removePendingTemps } from './files.js';
import { Interrupted, throwIfInterrupted } from './interrupt.js';

/** Exit codes, documented in README and `--help`. */
export const EXIT = { ok: 0, internal: 1, badInput: 2, interrupted: 130 } as const;

/** Prints an error the way every command does, and returns the exit code for it. */
export function reportError(err: unknown): number {
  removePendingTemps();
  if (err instanceof Interrupted) return EXIT.interrupted;
  if (err instanceof InputError) {
    for (const line of err.problems) process.stderr.write(`collabnet: ${line}\n`);
    return EXIT.badInput;
  }
  if (err instanceof CommanderError) return err.exitCode === 0 ? EXIT.ok : EXIT.badInput;
  const message = err instanceof Error ? err.message : String(err);
  process.stderr.write(`collabnet: internal error: ${message}\n`);
  if (process.env.COLLABNET_DEBUG && err instanceof Error) process.stderr.write(`${err.stack}\n`);
  else process.stderr.write('collabnet: this is a bug; rerun with COLLABNET_DEBUG=1 for details and report it\n');
  return EXIT.internal;
}

/** Wraps a command action: errors become one clear message and an exit code, never a stack trace. */
export function action<A extends unknown[]>(fn: (...args: A) => void | Promise<void>): (...args: A) => Promise<void> {
  return async (...args: A) => {
    try {
      await fn(...args);
    } catch (err) {
      process.exitCode = reportError(err);
    }
  };
}

/**
 * Between two stages of a command: stops it (exit 130, nothing renamed) if a signal arrived.
 * The supervisor also stops the worker outright, so long synchronous stages need no checks.
 */
export function checkpoint(): void {
  throwIfInterrupted();
}

const interruptHooks = new Set<() => unknown>();

/**
 * Runs `fn` if the command is stopped (e.g. to stop workers); returns a function that
 * unregisters it. The supervisor ends the whole process on a signal, which also ends every
 * worker, so these hooks are a courtesy for in-process use.
 */
export function onInterrupt(fn: () => unknown): () => void {
  interruptHooks.add(fn);
  return () => interruptHooks.delete(fn);
}
