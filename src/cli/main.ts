import { Command, CommanderError } from 'commander';
import { registerDataCheck } from './commands/data-check.js';
import { registerExport } from './commands/export.js';
import { registerMetrics } from './commands/metrics.js';
import { registerCompare, registerScenario } from './commands/scenario.js';
import { registerFit } from './commands/fit.js';
import { registerGenerate } from './commands/generate.js';
import { registerStart } from './commands/start.js';
import { registerSpecCheck } from './commands/spec-check.js';
import { EXIT, installSignalHandlers, reportError } from './run.js';

const program = new Command('collabnet')
  .description(
    'A weighted collaboration network generated from a declarative spec and the survey it cites; the built-in spec is a national survey of AI collaboration in healthcare (Ye, Ma & Abuhashish 2025).',
  )
  .version('0.1.0')
  .showHelpAfterError('(run with --help for usage)')
  .addHelpText(
    'after',
    '\nWeights: weight = collaboration strength (larger is stronger); path length = 1/weight wherever one is needed.\n' +
      'Exit codes: 0 success · 1 internal error (a bug) · 2 bad input (file, flag or value; nothing written) · 130 interrupted (nothing half-written)\n',
  )
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

// Every command's --help ends with the exit codes.
const EXIT_CODES = '\nExit codes: 0 success · 1 internal error (a bug) · 2 bad input (file, flag or value; nothing written) · 130 interrupted (nothing half-written)\n';
const withExitCodes = (cmd: Command): void => {
  for (const sub of cmd.commands) {
    sub.addHelpText('after', EXIT_CODES);
    withExitCodes(sub);
  }
};
withExitCodes(program);

installSignalHandlers();
try {
  await program.parseAsync(process.argv);
} catch (err) {
  if (err instanceof CommanderError && (err.code === 'commander.helpDisplayed' || err.code === 'commander.version' || err.code === 'commander.help')) process.exitCode = EXIT.ok;
  else process.exitCode = reportError(err);
}
