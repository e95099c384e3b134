import { Command, CommanderError } from 'commander';
import { Writable } from 'node:stream';
import { isatty, WriteStream } from 'node:tty';
import { registerDataCheck } from './commands/data-check.js';
import { registerExport } from './commands/export.js';
import { registerMetrics } from './commands/metrics.js';
import { registerCompare, registerScenario } from './commands/scenario.js';
import { registerFit } from './commands/fit.js';
import { registerGenerate } from './commands/generate.js';
import { registerStart } from './commands/start.js';
import { registerSensitivity } from './commands/sensitivity.js';
import { registerSpecCheck } from './commands/spec-check.js';
import { registerWorker } from './commands/worker.js';
import { writeAllSync } from './files.js';
import { EXIT, reportError } from './run.js';

/** The exit-codes line every `--help` ends with. */
export const EXIT_CODES =
  'Exit codes: 0 success (also when the reader of stdout closes it early, as with `| head`) · 1 internal error (a bug) · 2 bad input (file, flag or value; nothing written) · 130 interrupted (nothing renamed after the signal; existing files untouched)\n';

/** The command tree. */
function buildProgram(): Command {
  const program = new Command('collabnet')
    .description(
      'A weighted collaboration network generated from a declarative spec and the survey it cites; the built-in spec is a national survey of AI collaboration in healthcare (Ye, Ma & Abuhashish 2025).',
    )
    .version('0.1.0')
    .showHelpAfterError('(run with --help for usage)')
    .addHelpText('after', `\nWeights: weight = collaboration strength (larger is stronger); path length = 1/weight wherever one is needed.\n${EXIT_CODES}`)
    .exitOverride();
  registerStart(program);
  registerDataCheck(program);
  registerSpecCheck(program);
  registerGenerate(program);
  registerFit(program);
  registerMetrics(program);
  registerExport(program);
  registerScenario(program);
  registerCompare(program);
  registerSensitivity(program);
  registerWorker(program);
  // Every command's --help ends with the exit codes.
  const withExitCodes = (cmd: Command): void => {
    for (const sub of cmd.commands) {
      sub.addHelpText('after', `\n${EXIT_CODES}`);
      withExitCodes(sub);
    }
  };
  withExitCodes(program);
  return program;
}

/** A stream that writes to a file descriptor synchronously (a closed pipe stops the command quietly). */
class FdWritable extends Writable {
  constructor(readonly fd: number) {
    super({ decodeStrings: false });
  }

  override _write(chunk: string | Buffer, _encoding: BufferEncoding, callback: (error?: Error | null) => void): void {
    writeAllSync(this.fd, chunk);
    callback();
  }
}

/**
 * In the worker thread, `process.stdout`/`stderr` would be relayed through the main thread
 * asynchronously; write them straight to fds 1 and 2 instead, in order and at once (a terminal
 * keeps being a terminal, so progress bars still draw).
 */
export function useDirectStdio(): void {
  for (const [name, fd] of [
    ['stdout', 1],
    ['stderr', 2],
  ] as const) {
    const stream = isatty(fd) ? new WriteStream(fd) : new FdWritable(fd);
    Object.defineProperty(process, name, { value: stream, configurable: true, writable: true });
  }
}

/** Runs one command line (the arguments after `collabnet`); resolves with the exit code. */
export async function runCli(args: readonly string[]): Promise<number> {
  const program = buildProgram();
  try {
    await program.parseAsync([...args], { from: 'user' });
    return typeof process.exitCode === 'number' ? process.exitCode : EXIT.ok;
  } catch (err) {
    if (err instanceof CommanderError && (err.code === 'commander.helpDisplayed' || err.code === 'commander.version' || err.code === 'commander.help')) return EXIT.ok;
    return reportError(err);
  }
}
