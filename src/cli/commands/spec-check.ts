import type { Command } from 'commander';
import { z } from 'zod';
import { checkSpec } from '../../scenarios/index.js';
import { enumFlag, parseFlags } from '../flags.js';
import { renderSpecCheck } from '../render/spec.js';
import { action } from '../run.js';
import { loadSpec, loadSurveyFor, surveyFileFor } from '../spec-load.js';

const Flags = z.object({ survey: z.string().optional(), format: enumFlag(['table', 'json']).default('table') });

/** `collabnet spec check FILE`: validates a spec against its survey and prints what it resolves to. */
export function registerSpecCheck(program: Command): void {
  const spec = program.command('spec').description('work with network specs (the model as data)');
  spec
    .command('check')
    .argument('<file>', 'the spec file (JSON)')
    .description('validate a spec against its survey (every cited question and option, generators, levers, outcomes) and print what it resolves to')
    .option('--survey <file>', 'survey file (default: the one the spec names, relative to the spec)')
    .option('--format <format>', 'table | json', 'table')
    .action(
      action((file: string, raw: Record<string, unknown>) => {
        const flags = parseFlags(Flags, raw);
        const loaded = loadSpec(file);
        const survey = loadSurveyFor(loaded, flags.survey);
        const surveyLabel = surveyFileFor(loaded, flags.survey).label;
        const result = checkSpec(survey, loaded.spec, file, { surveyFile: surveyLabel });
        process.stdout.write(flags.format === 'json' ? JSON.stringify({ model: result.model, levers: result.levers, generators: result.generators, questions: result.questions }, null, 2) + '\n' : renderSpecCheck(result, file, surveyLabel));
      }),
    );
  spec
    .command('schema')
    .description('print the JSON Schema of a spec (for editors; data/spec.schema.json is this output)')
    .action(
      action(async () => {
        const { specJsonSchema } = await import('../../schemas/index.js');
        process.stdout.write(JSON.stringify(specJsonSchema(), null, 2) + '\n');
      }),
    );
}
