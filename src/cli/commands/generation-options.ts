import type { Command } from 'commander';

const collect = (value: string, previous: string[] = []) => [...previous, value];

/** Adds the flags every generating command shares. */
export function addGenerationOptions(cmd: Command): Command {
  return cmd
    .option('--seed <n>', 'seed of the random generator (same seed + same model ⇒ identical output)', '1')
    .option('--scale <k>', 'multiply every population (hospitals, clinicians, institutions, companies) by k (default: 1)')
    .option('--set <name=value>', 'override an assumption, e.g. --set companies=150 (repeatable)', collect, [])
    .option('--model <file>', 'model spec file: a full model.json, or {"assumptions": {name: value}}')
    .option('--survey <file>', 'survey file (default: the built-in data/survey.json)');
}
