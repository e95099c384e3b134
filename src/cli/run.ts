import { CommanderError } from 'commander';
import { InputError } from '../errors.js';
import { removePendingTemps } from './files.js';

/** Exit codes, documented in README and `--help`. */
export const EXIT = { ok: 0, internal: 1, badInput: 2, interrupted: 130 } as const;

/** Prints an error the way every command does, and returns the exit code for it. */
export function reportError(err: unknown): number {
  removePendingTemps();
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

const interruptHooks = new Set<() => unknown>();

/** Runs `fn` if the process is interrupted (e.g. to stop workers); returns a function that unregisters it. */
export function onInterrupt(fn: () => unknown): () => void {
  interruptHooks.add(fn);
  return () => interruptHooks.delete(fn);
}

/** Removes half-written files, stops workers and exits 130 on Ctrl-C / SIGTERM. */
export function installSignalHandlers(): void {
  const stop = (signal: string) => {
    removePendingTemps();
    for (const fn of interruptHooks) {
      try {
        void fn();
      } catch {
        /* exiting anyway */
      }
    }
    process.stderr.write(`\ncollabnet: interrupted (${signal}); no partial output left behind\n`);
    process.exit(EXIT.interrupted);
  };
  process.once('SIGINT', () => stop('SIGINT'));
  process.once('SIGTERM', () => stop('SIGTERM'));
}
