import type { Command } from 'commander';
import { z } from 'zod';
import { checkSurvey, DEFAULT_SUM_TOLERANCE } from '../../survey/index.js';
import { enumFlag, fileFlag, numberFlag, parseFlags } from '../flags.js';
import { chooseSpec, loadSurveyFor, surveyFileFor } from '../spec-load.js';
import { renderCheckTable } from '../render/check.js';
import { action } from '../run.js';

const Flags = z.object({
  survey: fileFlag.optional(),
  spec: fileFlag.optional(),
  model: fileFlag.optional(),
  format: enumFlag(['table', 'json']).default('table'),
  tolerance: numberFlag(0, 1).default(DEFAULT_SUM_TOLERANCE),
});

/** `collabnet data check`: validates survey.json and model.json, lists every discrepancy. */
export function registerDataCheck(program: Command): void {
  const data = program.command('data').description('work with the survey data files');
  data
    .command('check')
    .description('validate a survey and the spec that reads it; list every table/text discrepancy and every off-sum, with the value the model uses')
    .option('--survey <file>', 'survey file to check (default: the built-in data/survey.json)')
    .option('--spec <file>', 'the spec whose survey to check (default: the built-in data/model.json); its survey is the one it names')
    .option('--model <file>', 'same as --spec')
    .option('--format <format>', 'table | json', 'table')
    .option('--tolerance <fraction>', 'flag single-choice blocks whose shares are off 100% by more than this', String(DEFAULT_SUM_TOLERANCE))
    .action(
      action((raw: Record<string, unknown>) => {
        const flags = parseFlags(Flags, raw);
        const loaded = chooseSpec({ spec: flags.spec ?? flags.model, survey: flags.survey });
        const survey = loadSurveyFor(loaded, flags.survey);
        const report = checkSurvey(survey, loaded.spec, { tolerance: flags.tolerance });
        process.stdout.write(flags.format === 'json' ? JSON.stringify(report, null, 2) + '\n' : renderCheckTable(report, flags.tolerance, surveyFileFor(loaded, flags.survey).label, loaded.label));
      }),
    );
}
