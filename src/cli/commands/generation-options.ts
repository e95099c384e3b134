import type { Command } from 'commander';

const collect = (value: string, previous: string[] = []) => [...previous, value];

/** Adds the flags every generating command shares. */
export function addGenerationOptions(cmd: Command): Command {
  return cmd
    .option('--seed <n>', 'seed of the random generator (same seed + same model ⇒ identical output)', '1')
    .option('--scale <k>', 'multiply every population and respondent count by k (default: 1)')
    .option('--set <name=value>', 'override an assumption of the spec, NAME=VALUE (repeatable; collabnet fit lists them)', collect, [])
    .option('--spec <file>', 'the network spec: sectors, tie types, assumptions, levers, outcomes (default: the built-in data/model.json, the paper)')
    .option('--model <file>', 'assumption settings {"assumptions": {name: value}} (or a full spec, as --spec)')
    .option('--survey <file>', "survey file (default: the one the spec names)");
}
